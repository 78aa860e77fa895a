import { useMutation, useQuery } from '@apollo/client/react';
import { App, Form, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { useAuth } from '../../app/auth';
import { graphql } from '../../gql';
import type { AssignTaskInput, TaskPriority, TaskType } from '../../gql/graphql';
import { OrgTreeSelect } from '../../shared/area/OrgTreeSelect';
import { defaultDueDate } from './dates';
import { dueDateText, TaskFields, type TaskFieldValues } from './TaskFields';
import { reportTaskError } from './taskErrors';

export const ASSIGN_TASK = graphql(`
  mutation AssignTask($input: AssignTaskInput!) {
    assignTask(input: $input) {
      id
      title
      status
    }
  }
`);

export const ASSIGNABLE_STAFF_QUERY = graphql(`
  query AssignableStaff {
    assignableStaff {
      id
      displayName
      username
    }
  }
`);

interface FormValues extends TaskFieldValues {
  assigneeUnitId: string;
  assigneeStaffId?: string;
}

export function assignInput(v: FormValues, ownUnitId: string | undefined): AssignTaskInput {
  const input: AssignTaskInput = {
    type: v.type as TaskType,
    title: v.title.trim(),
    priority: v.priority as TaskPriority,
    assigneeUnitId: v.assigneeUnitId,
    dueDate: dueDateText(v.dueDate),
  };
  const instructions = v.instructions?.trim();
  if (instructions) input.instructions = instructions;
  if (v.assigneeUnitId === ownUnitId && v.assigneeStaffId) input.assigneeStaffId = v.assigneeStaffId;
  return input;
}

const FIELD_OF_INPUT: Record<string, string> = {
  title: 'title',
  instructions: 'instructions',
  dueDate: 'dueDate',
  assigneeUnitId: 'assigneeUnitId',
  assigneeStaffId: 'assigneeStaffId',
  retireeIds: 'assigneeUnitId',
};

/** A colleague of the viewer's own unit, named as the one to do it. */
function StaffSelect(props: { id?: string; value?: string; onChange?: (v: string) => void }) {
  const { data, loading, error } = useQuery(ASSIGNABLE_STAFF_QUERY);
  return (
    <Select
      {...props}
      loading={loading}
      status={error ? 'error' : undefined}
      placeholder={error ? '工作人员列表加载失败' : '请选择本单位工作人员'}
      showSearch={{ optionFilterProp: 'label' }}
      options={(data?.assignableStaff ?? []).map((s) => ({ value: s.id, label: `${s.displayName}（${s.username}）` }))}
      style={{ maxWidth: 320 }}
    />
  );
}

/** 派发任务: one task to a unit below, or by name to a colleague. Mount it to open it. */
export function AssignTaskModal({ onClose }: { onClose: () => void }) {
  const { viewer } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const ownUnitId = viewer?.orgUnit?.id;
  const unitId = Form.useWatch('assigneeUnitId', form);
  const toColleague = !!unitId && unitId === ownUnitId;
  const [assign, { loading }] = useMutation(ASSIGN_TASK, { refetchQueries: ['TaskList', 'TaskProgress'] });

  const submit = async (v: FormValues) => {
    try {
      const { data } = await assign({ variables: { input: assignInput(v, ownUnitId) } });
      onClose();
      message.success(`已派发「${v.title.trim()}」`);
      if (data) void navigate(`/tasks/${data.assignTask.id}`);
    } catch (e) {
      reportTaskError(e, { message, form, fields: FIELD_OF_INPUT, onConflict: () => undefined });
    }
  };

  return (
    <Modal open title="派发任务" okText="派发" cancelText="取消" onOk={() => form.submit()} confirmLoading={loading} onCancel={onClose} destroyOnHidden width={640}>
      <Form<FormValues>
        name="assignTask"
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          type: 'VISIT',
          priority: 'NORMAL',
          dueDate: dayjs(defaultDueDate()),
          assigneeUnitId: viewer?.orgUnit?.level === 'COMMUNITY' ? ownUnitId : undefined,
        }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="assigneeUnitId"
          label="承办单位"
          extra="派给下级单位由其签领；派给本单位时请指定承办人"
          rules={[{ required: true, message: '请选择承办单位' }]}
        >
          <OrgTreeSelect showCounts={false} placeholder="本单位或下级单位" style={{ maxWidth: 360, width: '100%' }} />
        </Form.Item>
        {toColleague && (
          <Form.Item name="assigneeStaffId" label="承办人" rules={[{ required: true, message: '派给本单位时请选择承办人' }]}>
            <StaffSelect />
          </Form.Item>
        )}
        <TaskFields />
      </Form>
    </Modal>
  );
}
