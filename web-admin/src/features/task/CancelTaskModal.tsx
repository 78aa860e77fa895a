import { useMutation } from '@apollo/client/react';
import { App, Form, Modal } from 'antd';
import { ReasonField } from './ReturnTaskModal';
import { reportTaskError } from './taskErrors';
import { CANCEL_TASK } from './taskMutations';
import type { TaskRefresh } from './useTaskRefresh';

interface CancelTaskModalProps {
  taskId: string;
  title: string;
  refresh: TaskRefresh;
  onClose: () => void;
}

/** 撤销: the assigning side withdraws an open task, with a reason and a last confirmation. Mount it to open it. */
export function CancelTaskModal({ taskId, title, refresh, onClose }: CancelTaskModalProps) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [cancelTask, { loading }] = useMutation(CANCEL_TASK, { refetchQueries: refresh.queries, awaitRefetchQueries: true });

  const cancel = async (reason: string) => {
    try {
      await cancelTask({ variables: { id: taskId, reason } });
      message.success('任务已撤销');
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

  const confirm = ({ reason }: { reason: string }) =>
    modal.confirm({
      title: '确认撤销该任务？',
      content: `「${title}」撤销后承办单位不再办理，此操作不能恢复。`,
      okText: '确认撤销',
      okButtonProps: { danger: true },
      cancelText: '再想想',
      onOk: () => cancel(reason.trim()),
    });

  return (
    <Modal open title="撤销任务" okText="撤销任务" okButtonProps={{ danger: true }} cancelText="取消" onOk={() => form.submit()} confirmLoading={loading} onCancel={onClose} destroyOnHidden>
      <Form name="cancelTask" form={form} layout="vertical" onFinish={confirm}>
        <ReasonField label="撤销原因" placeholder="例如：任务重复派发" />
      </Form>
    </Modal>
  );
}
