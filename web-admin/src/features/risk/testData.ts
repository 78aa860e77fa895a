import type { RiskAlertFieldsFragment } from '../../gql/graphql';
import { ALL_PERMISSIONS, viewer } from '../../test/renderApp';

/** Bureau staff: they decide, and they may run the scan. */
export const bureauStaff = () =>
  viewer({
    displayName: '周立群',
    permissions: [...ALL_PERMISSIONS, 'task:work', 'import:manage', 'risk:scan'],
    orgUnit: { __typename: 'OrgUnit', id: '1', name: '嵊州市人力资源和社会保障局', level: 'CITY' },
    staff: { __typename: 'StaffUser', id: '1', username: 'demo-bureau' },
  });

/** Township staff: they decide, but do not run the city-wide scan. */
export const townshipStaff = () => viewer({ permissions: [...ALL_PERMISSIONS, 'task:work'] });

/** Community staff: they verify through their task; they never decide. */
export const communityStaff = () =>
  viewer({
    displayName: '社区小王',
    role: 'STAFF',
    permissions: [...ALL_PERMISSIONS, 'task:work'],
    orgUnit: { __typename: 'OrgUnit', id: '17', name: '新北社区', level: 'COMMUNITY' },
    staff: { __typename: 'StaffUser', id: '3', username: 'demo-community' },
  });

const unit = (id: string, name: string) => ({ __typename: 'OrgUnit' as const, id, name });

/** The community's verification task of alert 7. */
export const verificationTask = (status: string): NonNullable<RiskAlertFieldsFragment['verificationTask']> => ({
  __typename: 'Task',
  id: '91',
  status: status as NonNullable<RiskAlertFieldsFragment['verificationTask']>['status'],
  assigneeUnit: unit('17', '新北社区'),
});

/** What the API lets a township or the bureau do with an open alert, and with a confirmed one. */
export const mayDecide = { allowedActions: ['CONFIRM', 'DISMISS'] };
export const mayRecover = { allowedActions: ['RECORD_RECOVERY'] };

/** One recovery in the ledger (fen). */
export const recovery = (id: string, amount: number, note: string | null, recordedAt: string): RiskAlertFieldsFragment['recoveries'][number] => ({
  __typename: 'RiskRecovery',
  id,
  amount,
  note,
  recordedByName: '钱晓燕',
  recordedAt,
});

/** 张建国 of 新北社区, died 2026-09-30, paid for October and November. */
export function riskAlert(overrides: Partial<RiskAlertFieldsFragment> = {}): RiskAlertFieldsFragment {
  return {
    __typename: 'RiskAlert',
    id: '7',
    kind: 'DECEASED_PAID',
    status: 'OPEN',
    summary: '共享数据显示已于 2026-09-30 死亡，死亡次月起已多发 2 个月共 6,250.80 元',
    evidence: [
      { __typename: 'RiskEvidence', date: '2026-09-30', text: '公安局 死亡 GA-2026-0931：户籍注销' },
      { __typename: 'RiskEvidence', date: '2026-10-08', text: '2026-10 发放 3,125.40 元' },
      { __typename: 'RiskEvidence', date: '2026-11-05', text: '2026-11 发放 3,125.40 元' },
    ],
    eventDate: '2026-09-30',
    overpaidPeriods: ['2026-10', '2026-11'],
    overpaidAmount: 625080,
    recoveryAmount: null,
    recoveredAmount: 0,
    stopFromPeriod: null,
    raisedAt: '2026-11-20T02:00:00.000Z',
    lastSeenAt: '2026-11-21T18:30:00.000Z',
    verificationNote: null,
    verifiedByName: null,
    verifiedAt: null,
    decisionNote: null,
    decidedByName: null,
    decidedAt: null,
    closedAt: null,
    // The API's word for the caller; community staff (and anyone once it is settled) get none.
    allowedActions: [],
    verificationTask: verificationTask('ASSIGNED'),
    recoveries: [],
    posthumousCase: null,
    retiree: { __typename: 'Retiree', id: '41', name: '张建国', idNumber: '330683********0931', status: 'ACTIVE', community: unit('17', '新北社区'), township: unit('2', '剡湖街道') },
    ...overrides,
  };
}

/** The community has reported back through its task. */
export const verified = {
  verificationNote: '已核实：上门核实，家属出示死亡证明，本人已于9月30日去世',
  verifiedByName: '社区小王',
  verifiedAt: '2026-11-22T03:00:00.000Z',
} as const;

/** Confirmed by the township: status DECEASED, payment stops from October, everything overpaid to recover. */
export const confirmed = (overrides: Partial<RiskAlertFieldsFragment> = {}) =>
  riskAlert({
    ...verified,
    status: 'CONFIRMED',
    recoveryAmount: 625080,
    stopFromPeriod: '2026-10',
    decisionNote: '社区核实，死亡证明已核',
    decidedByName: '钱晓燕',
    decidedAt: '2026-11-23T02:00:00.000Z',
    verificationTask: verificationTask('DONE'),
    posthumousCase: { __typename: 'PosthumousCase', id: '12', status: 'OPEN' },
    retiree: { ...riskAlert().retiree!, status: 'DECEASED' },
    ...overrides,
  });
