import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { fieldError } from '../../shared/errors';

interface RefuseTransferModalProps {
  /** 不同意转出 / 不接收 */
  title: string;
  /** What the reason is called, e.g. 不同意的原因. */
  reasonLabel: string;
  /** Sends the refusal; a thrown error with `extensions.field = reason` is shown on the field. */
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}

/** A refusal needs its reason: the retiree is told it by message and SMS. Mount it to open it. */
export function RefuseTransferModal({ title, reasonLabel, onSubmit, onClose }: RefuseTransferModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    try {
      await onSubmit(reason.trim());
    } catch (e) {
      const bad = fieldError(e as Error);
      if (bad) form.setFields([{ name: 'reason', errors: [bad.message] }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText="确定"
      cancelText="取消"
      okButtonProps={{ danger: true, autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} name="refuseTransfer" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="reason"
          label={reasonLabel}
          extra="退休人员会在消息和短信里看到这段原因，请写清楚，并告诉本人下一步怎么办。"
          rules={[
            { required: true, whitespace: true, message: `请填写${reasonLabel}` },
            { min: 2, max: 500, message: `${reasonLabel}需 2–500 字` },
          ]}
        >
          <Input.TextArea rows={4} showCount maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
