import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, viewer, type Mock } from '../../test/renderApp';
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
    community: { __typename: 'OrgUnit', id: '17', name: '新北社区' },
    township: { __typename: 'OrgUnit', id: '2', name: '剡湖街道' },
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
});
