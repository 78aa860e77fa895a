import type { ImportBatchFieldsFragment } from '../../gql/graphql';
import { ALL_PERMISSIONS, viewer } from '../../test/renderApp';

/** Bureau staff: the only ones who manage imports. */
export const bureauStaff = () =>
  viewer({
    displayName: '周立群',
    permissions: [...ALL_PERMISSIONS, 'task:work', 'import:manage'],
    orgUnit: { __typename: 'OrgUnit', id: '1', name: '嵊州市人力资源和社会保障局', level: 'CITY' },
    staff: { __typename: 'StaffUser', id: '1', username: 'demo-city' },
  });

/** Township staff: they place new retirees and review shared data, but do not import (the API grants `import:manage` only to the bureau's staff). */
export const townshipStaff = () => viewer({ permissions: [...ALL_PERMISSIONS, 'task:work'] });

export function batch(overrides: Partial<ImportBatchFieldsFragment> = {}): ImportBatchFieldsFragment {
  return {
    __typename: 'ImportBatch',
    id: '12',
    kind: 'RETIREES',
    channel: 'FILE',
    status: 'PREVIEW',
    fileName: '2026年11月新退休人员.xlsx',
    received: 1210,
    inserted: 35,
    updated: 120,
    unchanged: 1050,
    rejected: 5,
    warnings: 2,
    outcome: { __typename: 'ImportOutcome', placedInCommunity: 0, awaitingPlacement: 0, matched: 0, pendingReview: 0, unmatched: 0 },
    changeSample: [
      { __typename: 'ImportChange', rowNo: 2, action: 'INSERT', subject: '张建华 330683********1234', summary: '新退休人员登记' },
      { __typename: 'ImportChange', rowNo: 7, action: 'UPDATE', subject: '俞秀英 330683********1902', summary: '常住地址：北直街16号 → 北直街18号' },
    ],
    submittedBy: '周立群',
    createdAt: '2026-11-30T01:00:00.000Z',
    committedAt: null,
    durationMs: 8420,
    errorReportUrl: '/imports/12/errors.csv',
    ...overrides,
  };
}
