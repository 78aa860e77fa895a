import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, renderApp, viewer, type Mock } from '../../test/renderApp';
import { CONFIRM_LIFE_EVENT_MATCH, LIFE_EVENT_REVIEWS_QUERY, REJECT_LIFE_EVENT_MATCH } from './lifeEventQueries';

const communityWorker = () =>
  viewer({ permissions: [...ALL_PERMISSIONS, 'task:work'], orgUnit: { __typename: 'OrgUnit', id: '17', name: '新北社区', level: 'COMMUNITY' } });

const candidate = (id: string, name: string, birthDate: string, reason: string, community: string | null = '新北社区') => ({
  __typename: 'LifeEventCandidate',
  reason,
  retiree: {
    __typename: 'Retiree',
    id,
    name,
    idNumber: `330683********${id.padStart(4, '0')}`,
    birthDate,
    community: community ? { __typename: 'OrgUnit', id: '17', name: community } : null,
    township: community ? { __typename: 'OrgUnit', id: '2', name: '剡湖街道' } : null,
  },
});

const death = {
  __typename: 'LifeEvent',
  id: '301',
  source: 'CIVIL_AFFAIRS',
  kind: 'DEATH',
  sourceRecordId: 'MZ-2026-118',
  idNumber: null,
  name: '王建国',
  birthDate: '1950-04-12',
  eventDate: '2026-11-20',
  details: '嵊州市殡仪馆火化登记',
  matchStatus: 'PENDING_REVIEW',
  matchNote: '记录没有身份证号码，按姓名和出生日期找到 2 位候选人',
  receivedAt: '2026-11-21T02:00:00.000Z',
  revision: 1,
  candidates: [candidate('41', '王建国', '1950-04-12', '姓名、出生日期相同'), candidate('42', '王建国', '1950-04-12', '姓名、出生日期相同', null)],
};

const queue = (items: unknown[], area?: string): Mock => ({
  request: { query: LIFE_EVENT_REVIEWS_QUERY, variables: { filter: area ? { matchStatus: 'PENDING_REVIEW', orgUnitId: area } : { matchStatus: 'PENDING_REVIEW' }, limit: 20 } },
  result: { data: { lifeEvents: { __typename: 'LifeEventList', total: items.length, nextCursor: null, items } } },
});

const settled = (status: string, note: string) => ({ __typename: 'LifeEvent', id: '301', matchStatus: status, matchNote: note, reviewedByName: '钱晓燕', reviewedAt: '2026-11-22T02:00:00.000Z' });

describe('shared-data review', () => {
  it('shows the record and its candidates, and confirms the one it is; the record leaves the queue', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/life-event-reviews', {
      me: communityWorker(),
      mocks: [
        queue([death]),
        { request: { query: CONFIRM_LIFE_EVENT_MATCH, variables: { id: '301', retireeId: '41' } }, result: { data: { confirmLifeEventMatch: settled('CONFIRMED', '人工核对确认为 王建国') } } },
        queue([]),
      ],
    });
    const card = await screen.findByRole('article', { name: '王建国的死亡记录' });
    expect(within(card).getByText('未提供')).toBeInTheDocument();
    expect(within(card).getByText('2026-11-20')).toBeInTheDocument();
    expect(within(card).getByText('民政局 · MZ-2026-118')).toBeInTheDocument();
    expect(within(card).getByText('嵊州市殡仪馆火化登记')).toBeInTheDocument();
    expect(within(card).getByText('记录没有身份证号码，按姓名和出生日期找到 2 位候选人')).toBeInTheDocument();
    expect(screen.getByText('死亡')).toBeInTheDocument();
    expect(within(card).getByText('330683********0041')).toBeInTheDocument();
    expect(within(card).getByText('新北社区')).toBeInTheDocument();
    expect(within(card).getByText('待分配社区')).toBeInTheDocument();
    expect(within(card).getAllByText('姓名、出生日期相同')).toHaveLength(2);

    await user.click(within(card).getByRole('button', { name: '是此人：王建国（330683********0041）' }));
    const confirm = await screen.findByRole('tooltip');
    expect(within(confirm).getByText('这条「死亡」记录将记入王建国的生存状态。', { exact: false })).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: '确认' }));
    expect(await screen.findByText('已确认为王建国，记录已记入其生存状态')).toBeInTheDocument();
    expect(await screen.findByText('没有待核对的共享数据')).toBeInTheDocument();
  });

  it('will not rule out every candidate without a note of at least two characters', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/life-event-reviews', {
      me: communityWorker(),
      mocks: [
        queue([death]),
        {
          request: { query: REJECT_LIFE_EVENT_MATCH, variables: { id: '301', note: '已电话联系两位候选人，均健在' } },
          result: { data: { rejectLifeEventMatch: settled('REJECTED', '已电话联系两位候选人，均健在') } },
        },
        queue([]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '都不是' }));
    const dialog = (await screen.findByText('排除：王建国的记录不属于任何候选人')).closest('[role="dialog"]') as HTMLElement;
    const ok = within(dialog).getByRole('button', { name: '确定排除' });
    await user.click(ok);
    expect(await within(dialog).findByText('请填写核对说明')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('核对说明'), ' 好 ');
    await user.click(ok);
    expect(await within(dialog).findByText('核对说明需 2–200 字')).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('核对说明'));
    await user.type(within(dialog).getByLabelText('核对说明'), '已电话联系两位候选人，均健在');
    await user.click(ok);
    expect(await screen.findByText('已排除，该记录不再列入待核对')).toBeInTheDocument();
    expect(await screen.findByText('没有待核对的共享数据')).toBeInTheDocument();
  });

  it('narrows the queue to the area chosen in the header (?org=) for township staff', async () => {
    const townshipWorker = viewer({ permissions: [...ALL_PERMISSIONS, 'task:work'] });
    const { router } = renderApp('/life-event-reviews', { me: townshipWorker, mocks: [queue([death]), queue([], '17')] });
    await screen.findByRole('article', { name: '王建国的死亡记录' });
    expect(screen.getByRole('button', { name: '区域' })).toHaveTextContent('全部管辖区域');

    act(() => void router.navigate('/life-event-reviews?org=17'));
    expect(await screen.findByText('该区域没有待核对的共享数据')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: '区域' })).toHaveTextContent('新北社区'));
  });

  it('keeps the area on the way to a candidate', async () => {
    renderApp('/life-event-reviews?org=2', { me: viewer({ permissions: [...ALL_PERMISSIONS, 'task:work'] }), mocks: [queue([death], '2')] });
    const card = await screen.findByRole('article', { name: '王建国的死亡记录' });
    for (const link of within(card).getAllByRole('link', { name: '王建国' })) expect(link.getAttribute('href')).toMatch(/^\/retirees\/4[12]\?org=2$/);
  });
});
