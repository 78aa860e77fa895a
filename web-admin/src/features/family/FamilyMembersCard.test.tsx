import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FamilyMemberFieldsFragment } from '../../gql/graphql';
import { renderApp, renderWithProviders, viewer, type Mock } from '../../test/renderApp';
import { RETIREE_DETAIL_QUERY } from '../retiree/RetireeDetailPage';
import { ADD_FAMILY_MEMBER, FAMILY_RELATIONS_QUERY, REMOVE_FAMILY_MEMBER, UPDATE_FAMILY_MEMBER } from './familyQueries';
import { FamilyMembersCard } from './FamilyMembersCard';

const retiree = { id: '1', name: '俞秀英' };
const son: FamilyMemberFieldsFragment = {
  __typename: 'FamilyMember',
  id: '5',
  relation: '儿子',
  name: '任杰波',
  idNumber: '330683********8977',
  phone: '159****7517',
  isEmergencyContact: true,
  isNextOfKin: true,
};
const relations: Mock = { request: { query: FAMILY_RELATIONS_QUERY }, result: { data: { familyRelations: ['配偶', '儿子', '女儿', '其他'] } }, maxUsageCount: 5 };

describe('family members on the retiree record', () => {
  it('edits a member, sending the masked ID number and phone only when typed anew', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<FamilyMembersCard retiree={retiree} members={[son]} />, {
      mocks: [
        relations,
        {
          request: { query: UPDATE_FAMILY_MEMBER, variables: { id: '5', input: { relation: '儿子', name: '任杰', isNextOfKin: true, isEmergencyContact: false } } },
          result: { data: { updateFamilyMember: { ...son, name: '任杰', isEmergencyContact: false } } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: '修改 任杰波' }));
    const dialog = (await screen.findAllByText('修改家庭成员：任杰波'))[0]!.closest('[role="dialog"]') as HTMLElement;
    expect(within(dialog).getByText('当前 330683********8977，留空表示不修改')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('身份证号')).toHaveValue('');
    const name = within(dialog).getByLabelText('姓名');
    await user.clear(name);
    await user.type(name, '任杰');
    await user.click(within(dialog).getByRole('checkbox', { name: '紧急联系人' }));
    await user.type(within(dialog).getByLabelText('联系电话'), '12345');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText(/电话号码格式不正确/)).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('联系电话'));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已修改家庭成员 任杰')).toBeInTheDocument();
  });

  it('adds a member, showing the API’s objection on its field', async () => {
    const user = userEvent.setup({ delay: null });
    const input = { relation: '女儿', name: '任丽', idNumber: '33068319900101123X', isNextOfKin: true, isEmergencyContact: false };
    renderWithProviders(<FamilyMembersCard retiree={retiree} members={[]} />, {
      mocks: [
        relations,
        { request: { query: ADD_FAMILY_MEMBER, variables: { retireeId: '1', input } }, result: { errors: [{ message: '身份证号校验码不正确', extensions: { code: 'BAD_USER_INPUT', field: 'idNumber' } }] } },
      ],
    });
    expect(await screen.findByText('暂无家庭成员登记')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /添加/ }));
    const dialog = (await screen.findAllByText('添加家庭成员：俞秀英'))[0]!.closest('[role="dialog"]') as HTMLElement;
    await user.click(within(dialog).getByLabelText('与退休人员关系'));
    await user.click(await screen.findByTitle('女儿'));
    await user.type(within(dialog).getByLabelText('姓名'), '任丽');
    await user.type(within(dialog).getByLabelText('身份证号'), '33068319900101123x');
    await user.click(within(dialog).getByRole('checkbox', { name: '近亲属（第一顺序）' }));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('身份证号校验码不正确')).toBeInTheDocument();
  });

  it('removes a member after confirming, and offers no changes to a read-only viewer', async () => {
    const user = userEvent.setup({ delay: null });
    const { unmount } = renderWithProviders(<FamilyMembersCard retiree={retiree} members={[son]} />, {
      mocks: [{ request: { query: REMOVE_FAMILY_MEMBER, variables: { id: '5' } }, result: { data: { removeFamilyMember: true } } }],
    });
    await user.click(await screen.findByRole('button', { name: '删除 任杰波' }));
    expect(await screen.findByText('删除家庭成员 任杰波？')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '删除' }));
    expect(await screen.findByText('已删除家庭成员 任杰波')).toBeInTheDocument();
    unmount();

    renderWithProviders(<FamilyMembersCard retiree={retiree} members={[son]} />, { me: viewer({ role: 'VIEWER', permissions: ['retiree:read'] }) });
    expect(await screen.findByText('任杰波')).toBeInTheDocument();
    expect(screen.getByText('159****7517')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /添加|修改|删除/ })).not.toBeInTheDocument();
  });

  it('reloads the record after a change: the member is gone and the change history says so', async () => {
    const user = userEvent.setup({ delay: null });
    const record = (familyMembers: FamilyMemberFieldsFragment[], history: unknown[]) => ({
      __typename: 'Retiree',
      id: '1',
      name: '俞秀英',
      gender: 'FEMALE',
      birthDate: '1962-03-08',
      age: 64,
      idNumber: '330683********1902',
      phone: null,
      employer: null,
      hukouAddress: null,
      residenceAddress: null,
      bankName: null,
      bankAccount: null,
      citizenCardNo: null,
      retirementDate: '2012-04-01',
      monthlyPension: 328083,
      status: 'ACTIVE',
      version: 3,
      updatedAt: '2026-06-01T01:00:00.000Z',
      community: { __typename: 'OrgUnit', id: '17', name: '新北社区' },
      township: { __typename: 'OrgUnit', id: '2', name: '剡湖街道' },
      posthumousCase: null,
      familyMembers,
      payments: [],
      history,
    });
    const removal = {
      __typename: 'RetireeChange',
      id: '9',
      field: 'familyMember',
      oldValue: '儿子 任杰波（近亲属、紧急联系人）',
      newValue: null,
      source: 'STAFF',
      actorName: '钱晓燕',
      changedAt: '2026-11-29T02:00:00.000Z',
      note: null,
    };
    renderApp('/retirees/1', {
      mocks: [
        { request: { query: RETIREE_DETAIL_QUERY, variables: { id: '1' } }, result: { data: { retiree: record([son], []) } } },
        { request: { query: REMOVE_FAMILY_MEMBER, variables: { id: '5' } }, result: { data: { removeFamilyMember: true } } },
        { request: { query: RETIREE_DETAIL_QUERY, variables: { id: '1' } }, result: { data: { retiree: record([], [removal]) } } },
      ],
    });
    await user.click(await screen.findByRole('button', { name: '删除 任杰波' }));
    await user.click(await screen.findByRole('button', { name: '删除' }));
    expect(await screen.findByText('暂无家庭成员登记')).toBeInTheDocument();
    const history = screen.getByText('变更记录').closest('section') as HTMLElement;
    expect(within(history).getByText('家庭成员')).toBeInTheDocument();
    expect(within(history).getByText('儿子 任杰波（近亲属、紧急联系人）')).toBeInTheDocument();
  });
});
