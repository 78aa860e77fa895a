import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal } from 'antd';
import { reportTaskError } from './taskErrors';
import { RETURN_TASK } from './taskMutations';
import type { TaskRefresh } from './useTaskRefresh';

interface ReturnTaskModalProps {
  taskId: string;
  refresh: TaskRefresh;
  onClose: () => void;
}

/** 退回: the assigning side sends finished work back, saying why. Mount it to open it. */
export function ReturnTaskModal({ taskId, refresh, onClose }: ReturnTaskModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [returnTask, { loading }] = useMutation(RETURN_TASK, { refetchQueries: refresh.queries, awaitRefetchQueries: true });

  const submit = async ({ reason }: { reason: string }) => {
    try {
      await returnTask({ variables: { id: taskId, reason: reason.trim() } });
      message.success('已退回，承办单位需重新办理');
      onClose();
    } catch (e) {
      reportTaskError(e, {
        message,
        form,
        fields: { reason: 'reason' },
        onConflict: () => {
          onClose();
          refresh.now();
        },
      });
    }
  };

  return (
    <Modal open title="退回重办" okText="退回" okButtonProps={{ danger: true }} cancelText="取消" onOk={() => form.submit()} confirmLoading={loading} onCancel={onClose} destroyOnHidden>
      <Form name="returnTask" form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <ReasonField label="退回原因" placeholder="例如：照片看不清，请补充走访照片" />
      </Form>
    </Modal>
  );
}

/** A required reason of 2–500 characters, as the API wants it. */
export function ReasonField({ label, placeholder }: { label: string; placeholder?: string }) {
  return (
    <Form.Item
      name="reason"
      label={label}
      rules={[
        { required: true, whitespace: true, message: `请填写${label}` },
        { min: 2, max: 500, message: `${label}需 2–500 字` },
      ]}
    >
      <Input.TextArea rows={3} showCount maxLength={500} placeholder={placeholder} />
    </Form.Item>
  );
}
