import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { fieldError } from '../../shared/errors';

interface DismissRiskAlertModalProps {
  /** Whose alert it is. */
  name: string;
  /** Sends the reason; a thrown error naming the `reason` field is shown on it. */
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}

/** 排除: not a risk after all. The reason is kept; the same evidence never raises it again. Mount it to open it. */
export function DismissRiskAlertModal({ name, onSubmit, onClose }: DismissRiskAlertModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    try {
      await onSubmit(reason.trim());
    } catch (e) {
      const bad = fieldError(e as Error);
      if (bad?.field === 'reason') form.setFields([{ name: 'reason', errors: [bad.message] }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={`排除预警：${name}`}
      okText="确定排除"
      cancelText="取消"
      okButtonProps={{ danger: true }}
      cancelButtonProps={{ autoInsertSpace: false }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p style={{ marginTop: 0 }}>排除后预警关闭，社区的核实任务一并撤销，人员的待遇状态不变。同样的依据不会再次预警；有新的依据时才会重新预警。</p>
      <Form form={form} name="dismissRiskAlert" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="reason"
          label="排除原因"
          extra="写明核实的结果，例如：社区上门核实，本人健在，死亡记录为同名他人。"
          rules={[
            { required: true, whitespace: true, message: '请填写排除原因' },
            { min: 2, max: 500, transform: (v?: string) => v?.trim(), message: '排除原因需 2–500 字' },
          ]}
        >
          <Input.TextArea rows={3} showCount maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
