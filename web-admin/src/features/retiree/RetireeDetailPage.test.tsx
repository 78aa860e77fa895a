import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, renderApp, viewer, type Mock } from '../../test/renderApp';
import { RETIREE_CERTIFICATION_QUERY } from '../certification/certificationQueries';
import { RETIREE_LIFE_EVENTS_QUERY } from '../life-event/lifeEventQueries';
import { COMMUNITY_TRANSFERS_QUERY } from '../transfer/transferQueries';
import { RETIREE_DETAIL_QUERY } from './RetireeDetailPage';
import { UPDATE_RETIREE } from './RetireeEditDrawer';

function profile(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Retiree',
    id: '1',
    name: '俞秀英',
    gender: 'FEMALE',
    birthDate: '1962-03-08',
    age: 64,
    idNumber: '330683********1902',
    phone: '138****0001',
    employer: '嵊州市领带厂',
    hukouAddress: '浙江省绍兴市嵊州市剡湖街道新北社区北直街18号',
    residenceAddress: '浙江省绍兴市嵊州市剡湖街道新北社区北直街18号',
    bankName: '嵊州农商银行',
    bankAccount: '6230***********1828',
    citizenCardNo: 'A31415926',
    retirementDate: '2012-04-01',
    monthlyPension: 328083,
    status: 'ACTIVE',
    version: 3,
    updatedAt: '2026-06-01T01:00:00.000Z',
    placementNote: null,
    checkedInAt: null,
    community: { __typename: 'OrgUnit', id: '17', name: '新北社区' },
    township: { __typename: 'OrgUnit', id: '2', name: '剡湖街道' },
    posthumousCase: null,
    familyMembers: [
      { __typename: 'FamilyMember', id: '5', relation: '儿子', name: '任杰波', idNumber: '330683********8977', phone: '159****7517', isEmergencyContact: true, isNextOfKin: true },
    ],
    payments: [
      { __typename: 'PensionPayment', id: '12', period: '2026-11', amount: 328083, paidDate: '2026-11-05' },
      { __typename: 'PensionPayment', id: '11', period: '2026-10', amount: 321650, paidDate: '2026-10-08' },
    ],
    history: [
      {
        __typename: 'RetireeChange',
        id: '1',
        field: 'residenceAddress',
        oldValue: '北直街16号',
        newValue: '北直街18号',
        source: 'STAFF',
        actorName: '钱晓燕',
        changedAt: '2026-05-31T17:00:00.000Z',
        note: '本人来电更正',
      },
    ],
    ...overrides,
  };
}

const detail = (result: Mock['result']): Mock => ({ request: { query: RETIREE_DETAIL_QUERY, variables: { id: '1' } }, result });

describe('retiree detail', () => {
  it('shows a clear 403 for a retiree outside the area, and nothing of the record', async () => {
    renderApp('/retirees/1', { mocks: [detail({ errors: [{ message: '无权访问：该退休人员不在您的管辖范围内', extensions: { code: 'FORBIDDEN' } }] })] });
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
    expect(screen.getByText('无权访问：该退休人员不在您的管辖范围内')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '返回人员列表' })).toBeInTheDocument();
    expect(screen.queryByText('基本信息')).not.toBeInTheDocument();
  });

  it('shows a 404 for an id that exists nowhere', async () => {
    renderApp('/retirees/1', { mocks: [detail({ errors: [{ message: '该退休人员不存在', extensions: { code: 'NOT_FOUND' } }] })] });
    expect(await screen.findByText('该退休人员不存在')).toBeInTheDocument();
    expect(screen.getByText('未找到')).toBeInTheDocument();
  });

  it('shows a read-only viewer the masked profile, payments, family and history, with no reveal or edit', async () => {
    renderApp('/retirees/1', { me: viewer({ role: 'VIEWER', permissions: ['audit:read', 'retiree:read'] }), mocks: [detail({ data: { retiree: profile() } })] });
    expect(await screen.findByText('基本信息')).toBeInTheDocument();
    expect(screen.getByText('330683********1902')).toBeInTheDocument();
    expect(screen.getAllByText('¥3,280.83').length).toBeGreaterThan(0);
    expect(screen.getByText('¥3,216.50')).toBeInTheDocument();
    expect(screen.getAllByText('已到账')).toHaveLength(2);
    expect(screen.getByText('紧急联系人')).toBeInTheDocument();
    expect(screen.getByText('近亲属')).toBeInTheDocument();
    // History: field in Chinese, old → new, source, who, when (Shanghai time), note.
    const history = screen.getByText('变更记录').closest('section') as HTMLElement;
    expect(within(history).getByText('常住地址')).toBeInTheDocument();
    expect(within(history).getByText('北直街16号')).toBeInTheDocument();
    expect(within(history).getByText('工作人员修改')).toBeInTheDocument();
    expect(within(history).getByText('2026-06-01 01:00 · 钱晓燕')).toBeInTheDocument();
    expect(within(history).getByText('说明：本人来电更正')).toBeInTheDocument();

    expect(screen.queryByRole('button', { name: /查看完整/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /编辑信息/ })).not.toBeInTheDocument();
  });

  it('tells the editor when someone else changed the record and reloads it on request', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/retirees/1', {
      mocks: [
        detail({ data: { retiree: profile() } }),
        {
          request: {
            query: UPDATE_RETIREE,
            variables: { id: '1', input: { residenceAddress: '北直街20号' }, note: null, expectedVersion: 3 },
          },
          result: { errors: [{ message: '该人员信息已被他人修改，请刷新后重试', extensions: { code: 'CONFLICT' } }] },
        },
        detail({ data: { retiree: profile({ version: 4, residenceAddress: '北直街22号' }) } }),
      ],
    });
    expect(await screen.findAllByRole('button', { name: /查看完整/ })).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: /编辑信息/ }));
    const address = await screen.findByLabelText('常住地址');
    await user.clear(address);
    await user.type(address, '北直街20号');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect((await screen.findAllByText('信息已被他人修改'))[0]).toBeInTheDocument();
    expect(screen.getByText(/重新加载后可以看到最新信息/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '重新加载' }));
    expect(await screen.findByText('北直街22号')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByLabelText('常住地址')).not.toBeInTheDocument());
  });

  it('shows what shared data says about the person, marking the alarming kinds', async () => {
    const event = (id: string, kind: string, source: string, eventDate: string, details: string, matchStatus: string) => ({
      __typename: 'LifeEvent',
      id,
      source,
      kind,
      eventDate,
      details,
      matchStatus,
      matchNote: matchStatus === 'CONFIRMED' ? '人工核对确认为 俞秀英' : null,
      receivedAt: '2026-11-21T02:00:00.000Z',
    });
    renderApp('/retirees/1', {
      mocks: [
        detail({ data: { retiree: profile({ checkedInAt: '2012-05-10T02:00:00.000Z' }) } }),
        {
          request: { query: RETIREE_LIFE_EVENTS_QUERY, variables: { id: '1', limit: 20 } },
          result: {
            data: {
              retiree: {
                __typename: 'Retiree',
                id: '1',
                lifeEvents: [
                  event('8', 'IMPRISONMENT', 'JUSTICE', '2026-10-02', '嵊州市看守所收押', 'CONFIRMED'),
                  event('7', 'HOSPITAL_VISIT', 'HEALTH', '2026-09-15', '嵊州市人民医院门诊', 'MATCHED'),
                ],
              },
            },
          },
        },
      ],
    });
    const card = (await screen.findByText('生存状态')).closest('section') as HTMLElement;
    const custody = (await within(card).findByText('嵊州市看守所收押')).closest('tr') as HTMLElement;
    expect(within(custody).getByText('司法局')).toBeInTheDocument();
    expect(within(custody).getByText('2026-10-02')).toBeInTheDocument();
    expect(within(custody).getByText('收监服刑')).toHaveClass('ant-tag-red');
    expect(within(custody).getByText('人工确认')).toBeInTheDocument();
    const visit = within(card).getByText('嵊州市人民医院门诊').closest('tr') as HTMLElement;
    expect(within(visit).getByText('卫健局')).toBeInTheDocument();
    expect(within(visit).getByText('就医')).not.toHaveClass('ant-tag-red');
    expect(within(visit).getByText('已匹配')).toBeInTheDocument();
    expect(screen.getByText('纳入管理时间')).toBeInTheDocument();
    expect(screen.getByText('2012-05-10 10:00')).toBeInTheDocument();
  });

  it('shows a new retiree waiting for a community, why, and where the township places them', async () => {
    const awaiting = profile({
      community: null,
      township: null,
      placementNote: '常住地址未能对应到社区',
      history: [
        {
          __typename: 'RetireeChange',
          id: '9',
          field: 'registration',
          oldValue: null,
          newValue: '新退休人员',
          source: 'PROVINCIAL',
          actorName: '省集中系统',
          changedAt: '2026-11-30T01:00:00.000Z',
          note: null,
        },
      ],
    });
    const { unmount } = renderApp('/retirees/1', {
      me: viewer({ permissions: [...ALL_PERMISSIONS, 'task:work'] }),
      mocks: [
        detail({ data: { retiree: awaiting } }),
        { request: { query: RETIREE_LIFE_EVENTS_QUERY, variables: { id: '1', limit: 20 } }, result: { data: { retiree: { __typename: 'Retiree', id: '1', lifeEvents: [] } } } },
        {
          request: { query: COMMUNITY_TRANSFERS_QUERY, variables: { filter: { retireeId: '1' }, limit: 10 } },
          result: { data: { communityTransfers: { __typename: 'CommunityTransferList', total: 0, nextCursor: null, items: [] } } },
        },
      ],
    });
    expect(await screen.findByText('常住地址未能对应到社区')).toBeInTheDocument();
    expect(screen.getAllByText('待分配社区').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('link', { name: '去分配' })).toHaveAttribute('href', '/placements');
    expect(await screen.findByText('暂无共享数据记录')).toBeInTheDocument();
    expect(within(screen.getByText('变更记录').closest('section') as HTMLElement).getByText('新退休人员登记')).toBeInTheDocument();
    // No community yet, so nothing to transfer from.
    expect(await screen.findByText('没有社区转移记录')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /申请社区转移/ })).not.toBeInTheDocument();
    unmount();

    // A community waits for the township: no link to a page it cannot use.
    renderApp('/retirees/1', {
      me: viewer({ permissions: [...ALL_PERMISSIONS, 'task:work'], orgUnit: { __typename: 'OrgUnit', id: '17', name: '新北社区', level: 'COMMUNITY' } }),
      mocks: [detail({ data: { retiree: awaiting } })],
    });
    expect(await screen.findByText('常住地址未能对应到社区')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '去分配' })).not.toBeInTheDocument();
  });

  it('shows a deceased person’s 身后一件事 with the record, leading to the case', async () => {
    const posthumousCase = {
      __typename: 'PosthumousCase',
      id: '12',
      status: 'OPEN',
      deathDate: '2026-09-30',
      notifiedRelative: '儿子 任杰波（159****7517）',
      notifiedAt: '2026-11-23T02:00:00.000Z',
      openedAt: '2026-11-23T02:00:00.000Z',
      closedAt: null,
      items: ['DONE', 'SENT', 'SENT', 'SENT', 'SENT'].map((status, i) => ({ __typename: 'PosthumousCaseItem', id: String(20 + i), status })),
    };
    renderApp('/retirees/1', { mocks: [detail({ data: { retiree: profile({ status: 'DECEASED', posthumousCase }) } })] });
    const card = (await screen.findByRole('heading', { level: 2, name: '身后一件事' })).closest('section') as HTMLElement;
    expect(within(card).getByText('1/5')).toBeInTheDocument();
    expect(within(card).getByText('儿子 任杰波（159****7517） · 2026-11-23 10:00')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '查看身后一件事' })).toHaveAttribute('href', '/posthumous-cases/12');
  });

  it('shows no 身后一件事 card for a living person', async () => {
    renderApp('/retirees/1', { mocks: [detail({ data: { retiree: profile() } })] });
    expect(await screen.findByText('基本信息')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: '身后一件事' })).not.toBeInTheDocument();
  });

  it('shows the person’s 生存认证: how they last certified and until when it holds', async () => {
    const certification: Mock = {
      request: { query: RETIREE_CERTIFICATION_QUERY, variables: { id: '1' } },
      result: {
        data: {
          retiree: {
            __typename: 'Retiree',
            id: '1',
            certification: {
              __typename: 'Certification',
              status: 'VALID',
              validUntil: '2027-11-02',
              method: 'FACE',
              certifiedOn: '2026-11-02',
              score: null,
              blockedReason: null,
              evidence: [],
            },
            certificationRecords: [],
            paymentSuspensions: [],
          },
        },
      },
    };
    renderApp('/retirees/1', { mocks: [detail({ data: { retiree: profile() } }), certification] });
    const card = (await screen.findByRole('heading', { level: 2, name: '生存认证' })).closest('section') as HTMLElement;
    expect(await within(card).findByText('有效期至 2027-11-02')).toBeInTheDocument();
    expect(within(card).getByText('刷脸认证')).toBeInTheDocument();
  });
});
