import { skipToken, useQuery } from '@apollo/client/react';
import { Button, Col, Flex, Row } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { PageContainer } from '../../shared/page';
import { PageSkeleton } from '../../shared/PageSkeleton';
import { Panel } from '../../shared/Panel';
import { NotFoundResult, QueryErrorResult } from '../../shared/results';
import { Muted } from '../../shared/text';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { TaskActions } from './TaskActions';
import { TASK_DETAIL_QUERY } from './taskDetailQuery';
import { TaskFeedback } from './TaskFeedback';
import { TaskRetirees } from './TaskRetirees';
import { TaskSummary } from './TaskSummary';
import { TaskStatusTag } from './TaskTags';
import { TaskTimeline } from './TaskTimeline';
import { useTaskRefresh } from './useTaskRefresh';

/** 任务详情: what, for whom, the feedback, the history, and the buttons the viewer may use now. */
export function TaskDetailPage() {
  const { id = '' } = useParams();
  const validId = /^[1-9]\d{0,17}$/.test(id);
  const navigate = useNavigate();
  const variables = useCommittedVariables({ id });
  const { data, loading, error, refetch } = useQuery(TASK_DETAIL_QUERY, validId ? { variables, fetchPolicy: 'cache-and-network' } : skipToken);
  const refresh = useTaskRefresh(id);

  const back = <Button onClick={() => void navigate('/tasks')}>返回我的待办</Button>;
  if (!validId) return <NotFoundResult subTitle="任务编号无效，请从任务列表进入。" extra={back} />;
  if (error) return <QueryErrorResult error={error} onRetry={() => void refetch()} back={back} />;
  if (loading && !data) return <PageSkeleton rows={8} />;
  const task = data?.task;
  if (!task) return <NotFoundResult subTitle="该任务不存在。" extra={back} />;

  return (
    <PageContainer
      title={task.title}
      documentTitle={`任务：${task.title}`}
      subTitle={<TaskStatusTag status={task.status} />}
      onBack={() => void navigate(-1)}
      extra={<TaskActions task={task} refresh={refresh} />}
    >
      <Flex vertical gap={16}>
        <Panel title="任务信息">
          <TaskSummary task={task} />
        </Panel>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Flex vertical gap={16}>
              <Panel title="工作要求">
                {task.instructions ? <div style={{ whiteSpace: 'pre-wrap' }}>{task.instructions}</div> : <Muted>无</Muted>}
              </Panel>
              <Panel title="办结反馈">
                <TaskFeedback task={task} />
              </Panel>
              <Panel title="涉及人员">
                <TaskRetirees retirees={task.retirees} total={task.retireeCount} />
              </Panel>
            </Flex>
          </Col>
          <Col xs={24} xl={10}>
            <Panel title="流转记录">
              <TaskTimeline events={task.timeline} />
            </Panel>
          </Col>
        </Row>
      </Flex>
    </PageContainer>
  );
}

export default TaskDetailPage;
