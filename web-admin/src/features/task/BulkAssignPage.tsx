import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Button, Flex, Form, Result, Steps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { graphql } from '../../gql';
import type { BulkAssignInput, BulkAssignResult, BulkTaskCriteriaInput, TaskPriority, TaskType } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../shared/errors';
import { PageContainer } from '../../shared/page';
import { Panel } from '../../shared/Panel';
import { ForbiddenResult } from '../../shared/results';
import { BulkCriteriaForm, criteriaInput, suggestTitle, type CriteriaValues } from './BulkCriteriaForm';
import { BulkPreview, type Preview } from './BulkPreview';
import { defaultDueDate } from './dates';
import { dueDateText, TaskFields, type TaskFieldValues } from './TaskFields';

export const PREVIEW_BULK_TASKS_QUERY = graphql(`
  query PreviewBulkTasks($criteria: BulkTaskCriteriaInput!) {
    previewBulkTasks(criteria: $criteria) {
      taskCount
      retireeCount
      communities {
        orgUnit {
          id
          name
        }
        retirees
      }
    }
  }
`);

export const ASSIGN_TASKS_IN_BULK = graphql(`
  mutation AssignTasksInBulk($input: BulkAssignInput!) {
    assignTasksInBulk(input: $input) {
      batchId
      taskCount
      retireeCount
    }
  }
`);

const STEPS = [{ title: '筛选人员' }, { title: '预览' }, { title: '任务内容' }, { title: '完成' }];

export function bulkInput(criteria: BulkTaskCriteriaInput, v: TaskFieldValues, expectedTaskCount: number): BulkAssignInput {
  const input: BulkAssignInput = {
    criteria,
    type: v.type as TaskType,
    title: v.title.trim(),
    priority: v.priority as TaskPriority,
    dueDate: dueDateText(v.dueDate),
    expectedTaskCount,
  };
  const instructions = v.instructions?.trim();
  if (instructions) input.instructions = instructions;
  return input;
}

/** 批量派发: criteria → preview → task details → confirm → one task per community. */
export function BulkAssignPage() {
  const { viewer } = useAuth();
  const { message, modal } = App.useApp();
  const client = useApolloClient();
  const [criteriaForm] = Form.useForm<CriteriaValues>();
  const [detailsForm] = Form.useForm<TaskFieldValues>();
  const [step, setStep] = useState(0);
  const [criteria, setCriteria] = useState<BulkTaskCriteriaInput | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [result, setResult] = useState<BulkAssignResult | null>(null);
  const [assign, { loading: assigning }] = useMutation(ASSIGN_TASKS_IN_BULK, { refetchQueries: ['TaskBatches', 'TaskProgress', 'TaskList'] });

  if (viewer?.orgUnit?.level === 'COMMUNITY') {
    return <ForbiddenResult subTitle="社区不能批量派发任务；请在「派发的任务」中派给本社区工作人员。" extra={<Link to="/tasks/assigned">返回派发的任务</Link>} />;
  }

  const runPreview = async (c: BulkTaskCriteriaInput) => {
    setPreviewing(true);
    try {
      const { data } = await client.query({ query: PREVIEW_BULK_TASKS_QUERY, variables: { criteria: c }, fetchPolicy: 'network-only' });
      if (!data) return;
      setCriteria(c);
      setPreview(data.previewBulkTasks);
      if (!detailsForm.isFieldTouched('title')) detailsForm.setFieldValue('title', suggestTitle(c));
      setStep(1);
    } catch (e) {
      message.error(errorMessage(e as Error));
    } finally {
      setPreviewing(false);
    }
  };

  const send = async (v: TaskFieldValues) => {
    if (!criteria || !preview) return;
    try {
      const { data } = await assign({ variables: { input: bulkInput(criteria, v, preview.taskCount) } });
      if (data) setResult(data.assignTasksInBulk);
      setStep(3);
    } catch (e) {
      const error = e as Error;
      if (errorCode(error) === 'CONFLICT') {
        // The people matching the criteria changed since the preview: show the new numbers first.
        message.warning(errorMessage(error));
        await runPreview(criteria);
        return;
      }
      message.error(errorMessage(error));
    }
  };

  const confirm = (v: TaskFieldValues) =>
    modal.confirm({
      title: '确认批量派发？',
      content: `将向 ${preview?.taskCount ?? 0} 个社区派发「${v.title.trim()}」，共 ${preview?.taskCount ?? 0} 项任务，涉及 ${preview?.retireeCount ?? 0} 人。派发后各社区会立即收到待办。`,
      okText: '确认派发',
      cancelText: '取消',
      onOk: () => send(v),
    });

  const restart = () => {
    setStep(0);
    setPreview(null);
    setResult(null);
    detailsForm.resetFields();
  };

  return (
    <PageContainer title="批量派发" subTitle="按条件筛选人员，按社区各生成一项任务">
      <Panel>
        <Steps current={step} items={STEPS} style={{ marginBottom: 32 }} />
        <div hidden={step !== 0}>
          <BulkCriteriaForm form={criteriaForm} defaultUnitId={viewer?.orgUnit?.id} loading={previewing} onPreview={(v) => void runPreview(criteriaInput(v))} />
        </div>
        {step === 1 && preview && (
          <>
            <BulkPreview preview={preview} />
            <Flex gap={8} style={{ marginTop: 24 }}>
              <Button onClick={() => setStep(0)}>上一步</Button>
              <Button type="primary" disabled={!preview.taskCount} onClick={() => setStep(2)}>
                下一步
              </Button>
            </Flex>
          </>
        )}
        <div hidden={step !== 2}>
          <Form<TaskFieldValues>
            name="bulkDetails"
            form={detailsForm}
            layout="vertical"
            requiredMark="optional"
            initialValues={{ type: 'VISIT', priority: 'NORMAL', dueDate: dayjs(defaultDueDate()) }}
            onFinish={confirm}
            style={{ maxWidth: 720 }}
          >
            <TaskFields />
            <Flex gap={8}>
              <Button onClick={() => setStep(1)}>上一步</Button>
              <Button type="primary" htmlType="submit" loading={assigning}>
                派发
              </Button>
            </Flex>
          </Form>
        </div>
        {step === 3 && result && (
          <Result
            status="success"
            title={`已派发 ${result.taskCount} 项任务`}
            subTitle={`涉及 ${result.retireeCount.toLocaleString('zh-CN')} 人。各社区须在 1 个工作日内签领，办结后在此查看进度并评价。`}
            extra={[
              <Link key="progress" to={`/tasks/assigned?batch=${result.batchId}`}>
                <Button type="primary">查看本批次进度</Button>
              </Link>,
              <Button key="again" onClick={restart}>
                再派发一批
              </Button>,
            ]}
          />
        )}
      </Panel>
    </PageContainer>
  );
}

export default BulkAssignPage;
