import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { fieldError } from '../../shared/errors';

interface RejectMatchModalProps {
  /** Whose record it is, as the source named them. */
  name: string;
  /** Sends the note; a thrown error naming the `note` field is shown on it. */
  onSubmit: (note: string) => Promise<void>;
  onClose: () => void;
}

/** 都不是：the record belongs to none of the candidates; the note says why, for whoever looks again. Mount it to open it. */
export function RejectMatchModal({ name, onSubmit, onClose }: RejectMatchModalProps) {
  const [form] = Form.useForm<{ note: string }>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ note }: { note: string }) => {
    setBusy(true);
    try {
      await onSubmit(note.trim());
    } catch (e) {
      const bad = fieldError(e as Error);
      if (bad?.field === 'note') form.setFields([{ name: 'note', errors: [bad.message] }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={`排除：${name}的记录不属于任何候选人`}
      okText="确定排除"
      cancelText="取消"
      okButtonProps={{ danger: true }}
      cancelButtonProps={{ autoInsertSpace: false }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p style={{ marginTop: 0 }}>排除后，该记录不再列入待核对，也不会记入任何人的生存状态。</p>
      <Form form={form} name="rejectLifeEventMatch" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="note"
          label="核对说明"
          extra="写明核对的依据，例如：已电话联系候选人本人，身体健康，出生日期与记录不符。"
          rules={[
            { required: true, whitespace: true, message: '请填写核对说明' },
            { min: 2, max: 200, transform: (v?: string) => v?.trim(), message: '核对说明需 2–200 字' },
          ]}
        >
          <Input.TextArea rows={3} showCount maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
