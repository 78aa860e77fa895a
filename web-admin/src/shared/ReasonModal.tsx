import { Form, Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { fieldError } from './errors';

interface ReasonModalProps {
  title: string;
  /** The form's name (it prefixes the field's id). */
  formName: string;
  /** What the reason is called, e.g. 排除原因; the messages say it too. */
  label: string;
  /** The API input the reason goes to: an error with that `extensions.field` is shown on the field. */
  field: string;
  okText: string;
  /** Said above the field (text, or e.g. an Alert saying what the decision does). */
  intro?: ReactNode;
  /** Help under the field. */
  extra?: ReactNode;
  placeholder?: string;
  /** Characters, counted without the spaces around. */
  minLength?: number;
  maxLength?: number;
  rows?: number;
  /** Sends the trimmed reason; a thrown error naming `field` is shown on the field. */
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}

/** A decision that needs its reason written down (排除、不同意…): a required text, then `onSubmit`. Mount it to open it. */
export function ReasonModal({ title, formName, label, field, okText, intro, extra, placeholder, minLength = 2, maxLength = 500, rows = 3, onSubmit, onClose }: ReasonModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    try {
      await onSubmit(reason.trim());
    } catch (e) {
      const bad = fieldError(e as Error);
      if (bad?.field === field) form.setFields([{ name: 'reason', errors: [bad.message] }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="取消"
      okButtonProps={{ danger: true, autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {intro && <div style={{ marginBottom: 16 }}>{intro}</div>}
      <Form form={form} name={formName} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="reason"
          label={label}
          extra={extra}
          rules={[
            { required: true, whitespace: true, message: `请填写${label}` },
            { min: minLength, max: maxLength, transform: (v?: string) => v?.trim(), message: `${label}需 ${minLength}–${maxLength} 字` },
          ]}
        >
          <Input.TextArea rows={rows} showCount maxLength={maxLength} placeholder={placeholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
