import type { TaskDetailQuery } from '../../gql/graphql';
import { ALL_PERMISSIONS, viewer } from '../../test/renderApp';

/** Staff who may work on tasks (the API grants `task:work` to ADMIN and STAFF). */
export const worker = (overrides: Parameters<typeof viewer>[0] = {}) => viewer({ permissions: [...ALL_PERMISSIONS, 'task:work'], ...overrides });

export const communityWorker = () =>
  worker({
    displayName: '社区小王',
    role: 'STAFF',
    orgUnit: { __typename: 'OrgUnit', id: '17', name: '新北社区', level: 'COMMUNITY' },
    staff: { __typename: 'StaffUser', id: '3', username: 'demo-community' },
  });

const unit = (id: string, name: string) => ({ __typename: 'OrgUnit' as const, id, name });

type Task = TaskDetailQuery['task'];

export function taskDetail(overrides: Partial<Task> = {}): Task {
  return {
    __typename: 'Task',
    id: '41',
    title: '走访 90 岁以上老人',
    type: 'VISIT',
    status: 'SIGNED',
    priority: 'HIGH',
    instructions: '逐户上门，了解身体和生活情况，拍照反馈。',
    dueDate: '2026-12-10',
    overdue: false,
    createdAt: '2026-12-01T01:00:00.000Z',
    creatorName: '钱晓燕',
    creatorUnit: unit('2', '剡湖街道'),
    assigneeUnit: unit('17', '新北社区'),
    assigneeStaffName: null,
    signDeadline: '2026-12-02T01:00:00.000Z',
    signedAt: '2026-12-01T02:30:00.000Z',
    signedByName: '社区小王',
    signedOnTime: true,
    completedAt: null,
    completedByName: null,
    completedOnTime: null,
    outcome: null,
    feedback: null,
    attachments: [],
    score: null,
    evaluationComment: null,
    evaluatedAt: null,
    evaluatedByName: null,
    returnReason: null,
    returnCount: 0,
    batchId: null,
    source: null,
    retireeCount: 1,
    retirees: [{ __typename: 'Retiree', id: '1', name: '俞秀英', gender: 'FEMALE', age: 91, community: unit('17', '新北社区') }],
    timeline: [
      { __typename: 'TaskEvent', id: '1', kind: 'ASSIGNED', actorName: '钱晓燕', at: '2026-12-01T01:00:00.000Z', note: '批量派发' },
      { __typename: 'TaskEvent', id: '2', kind: 'SIGNED', actorName: '社区小王', at: '2026-12-01T02:30:00.000Z', note: null },
    ],
    allowedActions: ['COMPLETE'],
    ...overrides,
  };
}

export const inboxCounts = (toSign: number, inProgress: number, overdue: number, toEvaluate: number) => ({
  taskInboxCounts: { __typename: 'TaskInboxCounts', toSign, inProgress, overdue, toEvaluate },
});
