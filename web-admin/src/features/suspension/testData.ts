import type { PaymentSuspensionFieldsFragment } from '../../gql/graphql';

const unit = (id: string, name: string) => ({ __typename: 'OrgUnit' as const, id, name });

/** 张建国 of 新北社区: certification lapsed 2026-10-15, told 2026-07-15; proposed, waiting for a decision. */
export function suspension(overrides: Partial<PaymentSuspensionFieldsFragment> = {}): PaymentSuspensionFieldsFragment {
  return {
    __typename: 'PaymentSuspension',
    id: '5',
    status: 'PROPOSED',
    reason: 'CERTIFICATION_LAPSED',
    summary: '生存认证已于 2026-10-15 到期，2026-07-15 已通知本人',
    lapsedOn: '2026-10-15',
    noticedOn: '2026-07-15',
    proposedAt: '2026-10-16T01:00:00.000Z',
    fromPeriod: null,
    decisionNote: null,
    decidedByName: null,
    decidedAt: null,
    certifiedOn: null,
    certifiedBy: null,
    resumePeriod: null,
    backPayPeriods: [],
    monthlyAmount: null,
    backPayAmount: null,
    closedAt: null,
    // The API's word for the caller: township and bureau staff, while it is proposed.
    allowedActions: [],
    retiree: { __typename: 'Retiree', id: '41', name: '张建国', idNumber: '330683********0931', status: 'ACTIVE', community: unit('17', '新北社区'), township: unit('2', '剡湖街道') },
    ...overrides,
  };
}

export const mayDecide = { allowedActions: ['SUSPEND', 'WITHDRAW'] };

/** Suspended by the township from November. */
export const suspended = (overrides: Partial<PaymentSuspensionFieldsFragment> = {}) =>
  suspension({
    status: 'SUSPENDED',
    fromPeriod: '2026-11',
    decisionNote: '已电话、上门通知，逾期未认证',
    decidedByName: '钱晓燕',
    decidedAt: '2026-10-20T02:00:00.000Z',
    retiree: { ...suspension().retiree!, status: 'SUSPENDED' },
    ...overrides,
  });

/** Certified by face in January: payment resumes from February, November to January paid back. */
export const restored = (overrides: Partial<PaymentSuspensionFieldsFragment> = {}) =>
  suspended({
    status: 'RESTORED',
    certifiedOn: '2027-01-12',
    certifiedBy: 'FACE',
    resumePeriod: '2027-02',
    backPayPeriods: ['2026-11', '2026-12', '2027-01'],
    monthlyAmount: 312540,
    backPayAmount: 937620,
    closedAt: '2027-01-12T03:00:00.000Z',
    retiree: { ...suspension().retiree!, status: 'ACTIVE' },
    ...overrides,
  });
