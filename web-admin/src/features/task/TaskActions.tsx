import { useMutation } from '@apollo/client/react';
import { App, Button } from 'antd';
import { useState } from 'react';
import { CancelTaskModal } from './CancelTaskModal';
import { CompleteTaskModal } from './CompleteTaskModal';
import { EvaluateTaskModal } from './EvaluateTaskModal';
import { ReturnTaskModal } from './ReturnTaskModal';
import { reportTaskError } from './taskErrors';
import { SIGN_TASK } from './taskMutations';
import type { TaskRefresh } from './useTaskRefresh';

type Dialog = 'COMPLETE' | 'RETURN' | 'EVALUATE' | 'CANCEL' | null;

interface TaskActionsProps {
  task: { id: string; title: string; allowedActions: readonly string[] };
  refresh: TaskRefresh;
}

/** The buttons the API allows this viewer on this task now (`allowedActions`), and their dialogs. */
export function TaskActions({ task, refresh }: TaskActionsProps) {
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState<Dialog>(null);
  const [sign] = useMutation(SIGN_TASK, { refetchQueries: refresh.queries, awaitRefetchQueries: true });
  const allowed = new Set(task.allowedActions);
  const close = () => setOpen(null);

  const confirmSign = () =>
    modal.confirm({
      title: '签领该任务？',
      content: '签领后由您所在单位负责办理，请在办理期限前完成并反馈。',
      okText: '签领',
      cancelText: '取消',
      onOk: async () => {
        try {
          await sign({ variables: { id: task.id } });
          message.success('已签领，请按期办理');
        } catch (e) {
          reportTaskError(e, { message, onConflict: refresh.now });
        }
      },
    });

  return (
    <>
      {allowed.has('SIGN') && (
        <Button type="primary" onClick={confirmSign}>
          签领
        </Button>
      )}
      {allowed.has('COMPLETE') && (
        <Button type="primary" onClick={() => setOpen('COMPLETE')}>
          办结反馈
        </Button>
      )}
      {allowed.has('EVALUATE') && (
        <Button type="primary" onClick={() => setOpen('EVALUATE')}>
          评价
        </Button>
      )}
      {allowed.has('RETURN') && <Button onClick={() => setOpen('RETURN')}>退回</Button>}
      {allowed.has('CANCEL') && (
        <Button danger onClick={() => setOpen('CANCEL')}>
          撤销
        </Button>
      )}
      {open === 'COMPLETE' && <CompleteTaskModal taskId={task.id} refresh={refresh} onClose={close} />}
      {open === 'RETURN' && <ReturnTaskModal taskId={task.id} refresh={refresh} onClose={close} />}
      {open === 'EVALUATE' && <EvaluateTaskModal taskId={task.id} refresh={refresh} onClose={close} />}
      {open === 'CANCEL' && <CancelTaskModal taskId={task.id} title={task.title} refresh={refresh} onClose={close} />}
    </>
  );
}
