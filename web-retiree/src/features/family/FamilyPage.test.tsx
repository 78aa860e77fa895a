import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderApp, signedIn } from '../../test/graphql';
import { clearMemberDrafts } from './draft';

afterEach(clearMemberDrafts);

const RELATIONS = ['配偶', '儿子', '女儿', '儿媳', '女婿', '孙子女', '外孙子女', '父母', '兄弟姐妹', '其他'];
const husband = { id: '31', relation: '配偶', name: '王建国', phone: '139****5678', idNumber: '330683********0012', isEmergencyContact: true, isNextOfKin: true };
const family = (members: unknown[]) => () => ({ data: { myFamilyMembers: members, familyRelations: RELATIONS } });

type User = ReturnType<typeof userEvent.setup>;
const card = (name: string) => screen.getByRole('listitem', { name: new RegExp(name) });

async function openAddForm(user: User) {
  await user.click(await screen.findByRole('link', { name: '登记一位家庭成员' }));
  expect(await screen.findByRole('heading', { level: 1, name: '登记家庭成员' })).toBeInTheDocument();
}

describe('家庭成员', () => {
  it('lists each member with the relation, masked numbers and the tags in words', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), MyFamily: family([husband, { ...husband, id: '32', relation: '女儿', name: '王丽', phone: null, idNumber: null, isEmergencyContact: false }]) });
    renderApp('/family');

    const first = await screen.findByRole('listitem', { name: /王建国/ });
    expect(within(first).getByRole('heading', { level: 2 })).toHaveTextContent('配偶王建国');
    expect(within(first).getByText('紧急联系人')).toBeInTheDocument();
    expect(within(first).getByText('近亲属')).toBeInTheDocument();
    expect(within(first).getByText('139，中间4位已隐藏，5678')).toBeInTheDocument();
    expect(within(first).getByText('330683********0012')).toHaveAttribute('aria-hidden', 'true');

    const daughter = card('王丽');
    expect(within(daughter).queryByText('紧急联系人')).not.toBeInTheDocument();
    expect(within(daughter).getByText('近亲属')).toBeInTheDocument();
    expect(within(daughter).getAllByText('未登记')).toHaveLength(2);
    expect(screen.getByRole('link', { name: '返回' })).toHaveAttribute('href', '/');
  });

  it('checks what is typed before sending, then adds the member to the list', async () => {
    const api = mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyFamily: family([]),
      AddMyFamilyMember: ({ input }) => ({
        data: { addMyFamilyMember: { id: '40', ...(input as object), phone: '138****5678', idNumber: '330683********1907' } },
      }),
    });
    const user = userEvent.setup();
    renderApp('/family');
    expect(await screen.findByText('还没有登记家庭成员。')).toBeInTheDocument();
    await openAddForm(user);

    // Relation as big one-tap buttons, in the API's order.
    const relation = screen.getByRole('group', { name: '是您的什么人？' });
    expect(within(relation).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(RELATIONS);

    await user.type(screen.getByRole('textbox', { name: /的电话/ }), '1381234');
    await user.type(screen.getByRole('textbox', { name: /的身份证号/ }), '330683200003081904');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(screen.getByRole('alert')).toHaveTextContent('有 4 项需要修改');
    expect(screen.getByText('请选择这位家人和您的关系。')).toBeInTheDocument();
    expect(within(relation).getAllByRole('radio')[0]).toHaveFocus();
    expect(screen.getByRole('textbox', { name: '姓名' })).toHaveAccessibleDescription('请填写姓名。');
    expect(screen.getByText('手机号应该是 11 位，您现在输入了 7 位，请核对。')).toBeInTheDocument();
    expect(screen.getByText(/身份证号好像有一位输错了/)).toBeInTheDocument();
    expect(api.called('AddMyFamilyMember')).toHaveLength(0);

    await user.click(within(relation).getByRole('radio', { name: '女儿' }));
    expect(screen.queryByText('请选择这位家人和您的关系。')).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: '姓名' }), '王丽');
    const phone = screen.getByRole('textbox', { name: /^王丽的电话\s*（可不填）$/ });
    expect(phone).toHaveAttribute('type', 'tel');
    await user.clear(phone);
    await user.type(phone, '138 1234 5678');
    // Typed as people do: with a space and a small x.
    const id = screen.getByRole('textbox', { name: /^王丽的身份证号\s*（可不填）$/ });
    await user.clear(id);
    await user.type(id, '33068320000308190 ');
    expect(screen.getByRole('button', { name: '输入最后一位 X' })).toBeInTheDocument();
    await user.type(id, '7');
    expect(id).toHaveValue('330683200003081907');
    await user.click(within(screen.getByRole('group', { name: '是紧急联系人吗？' })).getByRole('radio', { name: '是' }));
    await user.click(within(screen.getByRole('group', { name: '是近亲属吗？' })).getByRole('radio', { name: '是' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '保存' }));

    const notice = await screen.findByText('已登记王丽。');
    await waitFor(() => expect(notice).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1, name: '家庭成员' })).toBeInTheDocument();
    const added = card('王丽');
    expect(added).toHaveTextContent('138****5678');
    expect(added).toHaveTextContent('紧急联系人');
    expect(api.called('AddMyFamilyMember').map((c) => c.variables)).toEqual([
      { input: { relation: '女儿', name: '王丽', phone: '13812345678', idNumber: '330683200003081907', isEmergencyContact: true, isNextOfKin: true } },
    ]);
  });

  it("shows the API's objection at the field it names", async () => {
    mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyFamily: family([]),
      AddMyFamilyMember: () => gqlError('电话号码格式不正确：手机号为 11 位，固定电话如 0575-83012345', 'BAD_USER_INPUT', 'phone'),
    });
    const user = userEvent.setup();
    renderApp('/family?edit=new');
    await user.click(await screen.findByRole('radio', { name: '儿子' }));
    await user.type(screen.getByRole('textbox', { name: '姓名' }), '王强');
    await user.type(screen.getByRole('textbox', { name: /的电话/ }), '0575-8301234');
    await user.click(screen.getByRole('button', { name: '保存' }));

    const phone = screen.getByRole('textbox', { name: /的电话/ });
    await waitFor(() => expect(phone).toHaveFocus());
    expect(phone).toHaveAccessibleDescription(expect.stringContaining('电话号码格式不正确'));
    expect(phone).toHaveValue('0575-8301234');
  });

  it('edits with the numbers left blank (unchanged), and deletes only after asking', async () => {
    const api = mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyFamily: family([husband]),
      UpdateMyFamilyMember: ({ id, input }) => ({ data: { updateMyFamilyMember: { ...husband, id, ...(input as object), phone: husband.phone, idNumber: husband.idNumber } } }),
      RemoveMyFamilyMember: () => ({ data: { removeMyFamilyMember: true } }),
    });
    const user = userEvent.setup();
    renderApp('/family');

    await user.click(within(await screen.findByRole('listitem', { name: /王建国/ })).getByRole('link', { name: /^修改/ }));
    expect(await screen.findByRole('heading', { level: 1, name: '修改家庭成员' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '配偶' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: '姓名' })).toHaveValue('王建国');
    const phone = screen.getByRole('textbox', { name: /的电话/ });
    expect(phone).toHaveValue('');
    expect(phone).toHaveAccessibleDescription(expect.stringContaining('不用改就空着'));
    await user.click(within(screen.getByRole('group', { name: '是紧急联系人吗？' })).getByRole('radio', { name: '否' }));
    await user.click(screen.getByRole('button', { name: '保存' }));

    const saved = await screen.findByText('已保存王建国的修改。');
    await waitFor(() => expect(saved).toHaveFocus());
    expect(api.called('UpdateMyFamilyMember').map((c) => c.variables)).toEqual([
      { id: '31', input: { relation: '配偶', name: '王建国', phone: null, idNumber: null, isEmergencyContact: false, isNextOfKin: true } },
    ]);
    const edited = card('王建国');
    expect(within(edited).queryByText('紧急联系人')).not.toBeInTheDocument();

    await user.click(within(edited).getByRole('button', { name: /^删除/ }));
    expect(screen.getByText('确定要删除王建国吗？')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '不删除' }));
    expect(within(edited).getByRole('button', { name: /^删除/ })).toHaveFocus();
    expect(api.called('RemoveMyFamilyMember')).toHaveLength(0);

    await user.click(within(edited).getByRole('button', { name: /^删除/ }));
    await user.click(screen.getByRole('button', { name: '确定删除' }));
    const notice = await screen.findByText('已删除王建国。');
    await waitFor(() => expect(notice).toHaveFocus());
    expect(screen.queryByRole('listitem', { name: /王建国/ })).not.toBeInTheDocument();
    expect(screen.getByText('还没有登记家庭成员。')).toBeInTheDocument();
    expect(api.called('RemoveMyFamilyMember').map((c) => c.variables)).toEqual([{ id: '31' }]);
  });

  it('keeps what was typed across a detour to home', async () => {
    mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyFamily: family([]),
      Home: () => ({ data: { myProfile: { id: '1', name: '俞秀英', status: 'ACTIVE', monthlyPension: 328083, community: { id: '12', name: '新北社区' }, payments: [] }, myInfoConfirmation: null } }),
    });
    const user = userEvent.setup();
    renderApp('/family');
    await openAddForm(user);
    await user.type(screen.getByRole('textbox', { name: '姓名' }), '王丽');
    await user.click(screen.getByRole('link', { name: '首页' }));
    await user.click(await screen.findByRole('link', { name: /家庭成员/ }));
    await openAddForm(user);
    expect(screen.getByRole('textbox', { name: '姓名' })).toHaveValue('王丽');
  });
});
