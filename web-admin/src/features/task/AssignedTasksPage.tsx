import { PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth';
import type { TaskFilter } from '../../gql/graphql';
import { PageContainer } from '../../shared/page';
import { Panel } from '../../shared/Panel';
import { AssignTaskModal } from './AssignTaskModal';
import { TaskBatches } from './TaskBatches';
import { TaskProgressTable } from './TaskProgressTable';
import { TaskTable } from './TaskTable';

const BATCH_PARAM = 'batch';

/** 派发的任务: the unit's bulk batches, progress by assignee unit, and every task it assigned. */
export function AssignedTasksPage() {
  const { can, viewer } = useAuth();
  const [params, setParams] = useSearchParams();
  const [assigning, setAssigning] = useState(false);
  const batchParam = params.get(BATCH_PARAM);
  const batchId = batchParam && /^[0-9a-f-]{36}$/.test(batchParam) ? batchParam : null;
  const filter = useMemo<TaskFilter>(() => (batchId ? { box: 'ASSIGNED_BY_US', batchId } : { box: 'ASSIGNED_BY_US' }), [batchId]);
  const canAssign = can('task:work');
  // A community hands work to its own staff only; bulk assignment is for the bureau and townships.
  const canBulk = canAssign && viewer?.orgUnit?.level !== 'COMMUNITY';

  const selectBatch = (next: string | null) =>
    setParams((prev) => {
      const out = new URLSearchParams();
      const size = prev.get('size');
      if (size) out.set('size', size);
      if (next) out.set(BATCH_PARAM, next);
      return out;
    });

  return (
    <PageContainer
      title="派发的任务"
      subTitle="本单位派发的任务及各承办单位的办理进度"
      extra={
        <>
          {canBulk && (
            <Link to="/tasks/bulk">
              <Button icon={<SendOutlined />}>批量派发</Button>
            </Link>
          )}
          {canAssign && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAssigning(true)}>
              派发任务
            </Button>
          )}
        </>
      }
    >
      <Panel title="批量派发记录" style={{ marginBottom: 16 }}>
        <TaskBatches selected={batchId} onSelect={selectBatch} />
      </Panel>
      <Panel title={batchId ? '本批次办理进度' : '各承办单位办理进度'} style={{ marginBottom: 16 }}>
        <TaskProgressTable batchId={batchId} />
      </Panel>
      <Panel title={batchId ? '本批次任务' : '全部派发任务'}>
        <TaskTable key={batchId ?? 'all'} filter={filter} unitColumn="assignee" emptyText="没有派发的任务" />
      </Panel>
      {assigning && <AssignTaskModal onClose={() => setAssigning(false)} />}
    </PageContainer>
  );
}

export default AssignedTasksPage;
