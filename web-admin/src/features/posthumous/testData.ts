import type { PosthumousCaseFieldsFragment } from '../../gql/graphql';

type Item = PosthumousCaseFieldsFragment['items'][number];
type Event = PosthumousCaseFieldsFragment['timeline'][number];

const OPENED = '2026-11-23T02:00:00.000Z';

export const NOTIFICATION_TEXT =
  '王美芳您好：惊悉张建国于2026-09-30去世，深表哀悼。户口注销、火化证明、养老金停发、个人账户余额退还等身后事项已由各部门联办，无需您提供已有材料。' +
  '丧葬补助金和抚恤金共 36,254.00 元将发放给家属。如有疑问请联系新北社区 王丽 0575-83012345。';

export const FUNERAL_BASIS = '丧葬补助金 5,000.00 元 + 抚恤金 10 个月 × 月养老金 3,125.40 元 = 36,254.00 元（演示值，按本地规定配置）';

const item = (id: string, kind: Item['kind'], department: Item['department'], overrides: Partial<Item> = {}): Item => ({
  __typename: 'PosthumousCaseItem',
  id,
  // Staff who may record it (task:work, in the area) see COMPLETE while the item is still with its department.
  allowedActions: (overrides.status ?? 'SENT') === 'SENT' ? ['COMPLETE'] : [],
  kind,
  department,
  status: 'SENT',
  amount: null,
  basis: null,
  reference: null,
  note: null,
  sentAt: OPENED,
  doneAt: null,
  doneByName: null,
  ...overrides,
});

/** The five items as the API opens them for 张建国: the police death record already deregistered the household. */
export const caseItems = (): Item[] => [
  item('20', 'HOUSEHOLD_DEREGISTRATION', 'POLICE', {
    status: 'DONE',
    basis: '共享数据已有记录（2026-09-30），无需家属提供',
    reference: 'GA-2026-0931',
    sentAt: null,
    doneAt: OPENED,
    doneByName: '公安局（共享数据）',
  }),
  item('21', 'CREMATION_CERTIFICATE', 'CIVIL_AFFAIRS'),
  item('22', 'FUNERAL_AND_SURVIVOR', 'SOCIAL_SECURITY', { amount: 3625400, basis: FUNERAL_BASIS }),
  item('23', 'PENSION_ACCOUNT_REFUND', 'SOCIAL_SECURITY', { basis: '余额由省集中系统核定后回传' }),
  item('24', 'MEDICAL_ACCOUNT_REFUND', 'MEDICAL_INSURANCE', { basis: '余额由医保部门核定后回传' }),
];

export const event = (id: string, text: string, actorName = '系统', at = OPENED): Event => ({ __typename: 'PosthumousCaseEvent', id, actorName, text, at });

export const caseTimeline = (): Event[] => [
  event('1', '确认 张建国 于 2026-09-30 去世，启动身后一件事', '钱晓燕'),
  event('2', '「户口注销」已由共享数据办结（GA-2026-0931）'),
  event('3', '「火化证明」推送民政局办理'),
  event('4', '「丧葬补助金和抚恤金」推送人力社保局办理，金额 36,254.00 元'),
  event('5', '「养老保险个人账户余额退还」推送人力社保局办理'),
  event('6', '「医疗保险个人账户余额退还」推送医疗保障局办理'),
  event('7', '已短信通知近亲属：配偶 王美芳（139****5678）'),
];

/** 张建国's case, opened when the township confirmed his death (alert 7); his wife was texted. As staff who may work it see it. */
export function posthumousCase(overrides: Partial<PosthumousCaseFieldsFragment> = {}): PosthumousCaseFieldsFragment {
  return {
    __typename: 'PosthumousCase',
    id: '12',
    allowedActions: ['NOTIFY_NEXT_OF_KIN'],
    status: 'OPEN',
    deathDate: '2026-09-30',
    riskAlertId: '7',
    notifiedRelative: '配偶 王美芳（139****5678）',
    notificationText: NOTIFICATION_TEXT,
    notifiedAt: OPENED,
    openedByName: '钱晓燕',
    openedAt: OPENED,
    closedAt: null,
    retiree: {
      __typename: 'Retiree',
      id: '41',
      name: '张建国',
      idNumber: '330683********0931',
      community: { __typename: 'OrgUnit', id: '17', name: '新北社区' },
      township: { __typename: 'OrgUnit', id: '2', name: '剡湖街道' },
    },
    items: caseItems(),
    timeline: caseTimeline(),
    ...overrides,
  };
}

/** Nobody in the family register had a phone: the API says so in the timeline and texts no one. */
export const unnotified = (): Partial<PosthumousCaseFieldsFragment> => ({
  notifiedRelative: null,
  notificationText: null,
  notifiedAt: null,
  timeline: [...caseTimeline().slice(0, 6), event('7', '家庭成员信息库中没有近亲属的联系电话，请社区联系家属')],
});

/** The case as someone who may only read it sees it: nothing to record, nobody to text. */
export const readOnly = (c: PosthumousCaseFieldsFragment): PosthumousCaseFieldsFragment => ({
  ...c,
  allowedActions: [],
  items: c.items.map((i) => ({ ...i, allowedActions: [] })),
});
