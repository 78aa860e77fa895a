import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoCommunity, gqlError, mockGraphQL, renderApp, signedIn } from '../../test/graphql';

const items = [
  { field: 'NAME', label: '姓名', value: '俞秀英' },
  { field: 'GENDER', label: '性别', value: '女' },
  { field: 'BIRTH_DATE', label: '出生日期', value: '1962-03-08' },
  { field: 'ID_NUMBER', label: '身份证号码', value: '330683********1902' },
  { field: 'PHONE', label: '联系电话', value: '138****0001' },
  { field: 'HUKOU_ADDRESS', label: '户籍地址', value: '浙江省嵊州市剡湖街道北直街18号' },
  { field: 'RESIDENCE_ADDRESS', label: '常住地址', value: '浙江省嵊州市剡湖街道北直街18号' },
  { field: 'EMPLOYER', label: '原工作单位', value: '嵊州市领带厂' },
  { field: 'RETIREMENT_DATE', label: '退休日期', value: '2012-03-08' },
  { field: 'BANK_NAME', label: '养老金发放银行', value: null },
  { field: 'BANK_ACCOUNT', label: '银行账号', value: '6217*********1234' },
  { field: 'CITIZEN_CARD_NO', label: '市民卡号', value: null },
  { field: 'MONTHLY_PENSION', label: '月养老金', value: '3280.83 元/月' },
  { field: 'COMMUNITY', label: '管理社区', value: '新北社区' },
];

const SENT = '2026-11-20T02:00:00Z';
const confirmation = (overrides: Record<string, unknown> = {}) => ({
  id: '41',
  status: 'PENDING',
  sentAt: SENT,
  respondedAt: null,
  resolvedAt: null,
  items,
  disputes: [],
  ...overrides,
});
const loaded = (c: unknown) => ({ data: { myInfoConfirmation: c, myProfile: { id: '1', community: demoCommunity } } });

const phoneDispute = {
  id: '9',
  field: 'PHONE',
  label: '联系电话',
  status: 'OPEN',
  comment: '换了新手机号',
  proposedValue: '139****5678',
  resolutionNote: null,
  resolvedAt: null,
};

type User = ReturnType<typeof userEvent.setup>;

async function openDisputeForm(user: User) {
  await user.click(await screen.findByRole('button', { name: '有信息不对' }));
  expect(await screen.findByRole('heading', { level: 1, name: '哪些信息不对' })).toBeInTheDocument();
}

/** The boxes that open under a ticked item, named after it. */
const detailsOf = (label: string) => screen.getByRole('group', { name: `「${label}」哪里不对` });

describe('个人信息确认', () => {
  it('shows every item the platform holds, 未登记 where empty and masked where sensitive', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), MyInfoConfirmation: () => loaded(confirmation()) });
    renderApp('/confirmation');

    const list = await screen.findByRole('region', { name: '请核对以下信息' });
    const rows = within(list).getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(rows).toHaveLength(14);
    expect(rows).toContainEqual(['出生日期', '1962年3月8日']);
    expect(rows).toContainEqual(['养老金发放银行', '未登记']);
    expect(rows).toContainEqual(['市民卡号', '未登记']);
    expect(rows).toContainEqual(['月养老金', '3280.83 元/月']);
    // Screen readers hear the hidden digits described, not a row of asterisks.
    expect(within(list).getByText('138，中间4位已隐藏，0001')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回' })).toHaveAttribute('href', '/');
  });

  it('confirms only after a second, deliberate tap, and then says so with the date', async () => {
    const api = mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyInfoConfirmation: () => loaded(confirmation()),
      ConfirmMyInfo: () => ({ data: { confirmMyInfo: confirmation({ status: 'CONFIRMED', respondedAt: '2026-11-29T03:00:00Z' }) } }),
    });
    const user = userEvent.setup();
    renderApp('/confirmation');

    await user.click(await screen.findByRole('button', { name: '信息都对，确认无误' }));
    expect(screen.getByText('确定上面的信息都对吗？')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '再看一看' }));
    expect(screen.getByRole('button', { name: '信息都对，确认无误' })).toHaveFocus();
    expect(api.called('ConfirmMyInfo')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '信息都对，确认无误' }));
    await user.click(screen.getByRole('button', { name: '确定，信息都对' }));

    const done = await screen.findByRole('region', { name: '您已确认信息无误' });
    expect(done).toHaveTextContent('确认日期：2026年11月29日');
    expect(screen.getByRole('heading', { name: '您已确认信息无误' })).toHaveFocus();
    expect(api.called('ConfirmMyInfo').map((c) => c.variables)).toEqual([{ id: '41' }]);
    expect(screen.queryByRole('button', { name: '有信息不对' })).not.toBeInTheDocument();
  });

  it('says so when the confirmation was already answered elsewhere', async () => {
    mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyInfoConfirmation: () => loaded(confirmation()),
      ConfirmMyInfo: () => gqlError('这份信息您已经回复过了', 'CONFLICT'),
    });
    const user = userEvent.setup();
    renderApp('/confirmation');
    await user.click(await screen.findByRole('button', { name: '信息都对，确认无误' }));
    await user.click(screen.getByRole('button', { name: '确定，信息都对' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('这份信息您已经回复过了');
  });

  describe('有信息不对', () => {
    it('asks to tick at least one item, then to say what is wrong right at that item', async () => {
      const api = mockGraphQL({ Me: () => ({ data: signedIn }), MyInfoConfirmation: () => loaded(confirmation()) });
      const user = userEvent.setup();
      renderApp('/confirmation');
      await openDisputeForm(user);

      await user.click(screen.getByRole('button', { name: /^提交/ }));
      expect(await screen.findByRole('alert')).toHaveTextContent('请至少勾选一项不对的信息。');
      expect(screen.getAllByRole('checkbox')[0]).toHaveFocus();

      const phone = screen.getByRole('checkbox', { name: /联系电话/ });
      expect(phone).toHaveAccessibleName(expect.stringContaining('138，中间4位已隐藏，0001'));
      await user.click(phone);
      expect(phone).toBeChecked();
      expect(screen.queryByText('请至少勾选一项不对的信息。')).not.toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: '提交（已选 1 项）' }));
      const details = detailsOf('联系电话');
      expect(within(details).getByText('请说明「联系电话」哪里不对，或填写正确的联系电话。')).toBeInTheDocument();
      const comment = within(details).getByRole('textbox', { name: '联系电话：哪里不对' });
      expect(comment).toHaveFocus();
      expect(comment).toHaveAttribute('aria-invalid', 'true');
      expect(comment).toHaveAccessibleDescription('请说明「联系电话」哪里不对，或填写正确的联系电话。');
      expect(screen.getByRole('alert')).toHaveTextContent('有 1 项还需要补充');
      expect(api.called('DisputeMyInfo')).toHaveLength(0);

      // The message goes once the item has what it needs.
      await user.type(comment, '换号了');
      expect(within(details).queryByText(/请说明「联系电话」/)).not.toBeInTheDocument();
      expect(comment).not.toHaveAttribute('aria-invalid');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('opens the phone keypad for a new number and checks its length', async () => {
      mockGraphQL({ Me: () => ({ data: signedIn }), MyInfoConfirmation: () => loaded(confirmation()) });
      const user = userEvent.setup();
      renderApp('/confirmation');
      await openDisputeForm(user);
      await user.click(screen.getByRole('checkbox', { name: /联系电话/ }));

      const proposed = within(detailsOf('联系电话')).getByRole('textbox', { name: /正确的联系电话/ });
      expect(proposed).toHaveAttribute('type', 'tel');
      expect(proposed).toHaveAttribute('inputmode', 'tel');
      await user.type(proposed, '1391234');
      await user.click(screen.getByRole('button', { name: /^提交/ }));
      expect(within(detailsOf('联系电话')).getByText('手机号应该是 11 位，您现在输入了 7 位，请核对。')).toBeInTheDocument();
    });

    it('sends the ticked items, in the order shown, with what was typed', async () => {
      const api = mockGraphQL({
        Me: () => ({ data: signedIn }),
        MyInfoConfirmation: () => loaded(confirmation()),
        DisputeMyInfo: () => ({
          data: {
            disputeMyInfo: confirmation({
              status: 'DISPUTED',
              respondedAt: '2026-11-29T03:00:00Z',
              disputes: [phoneDispute, { ...phoneDispute, id: '10', field: 'RESIDENCE_ADDRESS', label: '常住地址', comment: '搬到女儿家住了', proposedValue: null }],
            }),
          },
        }),
      });
      const user = userEvent.setup();
      renderApp('/confirmation');
      await openDisputeForm(user);

      // Ticked out of order: sent in the order of the list.
      await user.click(screen.getByRole('checkbox', { name: /常住地址/ }));
      await user.click(screen.getByRole('checkbox', { name: /联系电话/ }));
      await user.type(within(detailsOf('常住地址')).getByRole('textbox', { name: '常住地址：哪里不对' }), '搬到女儿家住了');
      await user.type(within(detailsOf('联系电话')).getByRole('textbox', { name: /正确的联系电话/ }), ' 139 1234 5678 ');
      await user.type(within(detailsOf('联系电话')).getByRole('textbox', { name: '联系电话：哪里不对' }), '换了新手机号');
      // Ticked and unticked again: not sent.
      await user.click(screen.getByRole('checkbox', { name: /原工作单位/ }));
      await user.click(screen.getByRole('checkbox', { name: /原工作单位/ }));

      await user.click(screen.getByRole('button', { name: '提交（已选 2 项）' }));

      expect(await screen.findByRole('heading', { name: '社区正在处理：联系电话、常住地址' })).toBeInTheDocument();
      expect(api.called('DisputeMyInfo').map((c) => c.variables)).toEqual([
        {
          id: '41',
          items: [
            { field: 'PHONE', comment: '换了新手机号', proposedValue: '139 1234 5678' },
            { field: 'RESIDENCE_ADDRESS', comment: '搬到女儿家住了', proposedValue: null },
          ],
        },
      ]);
      expect(screen.getByText('已提交，谢谢您！社区工作人员核实后会告诉您结果。')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: /打电话给社区/ })).toHaveAttribute('href', 'tel:0575-83447092');
      expect(screen.getByRole('heading', { level: 1, name: '个人信息确认' })).toBeInTheDocument();
    });

    it("shows the API's objection at the item it names (items.N), not at the top", async () => {
      mockGraphQL({
        Me: () => ({ data: signedIn }),
        MyInfoConfirmation: () => loaded(confirmation()),
        DisputeMyInfo: () => gqlError('内容太长了，请简短一些', 'BAD_USER_INPUT', 'items.1.comment'),
      });
      const user = userEvent.setup();
      renderApp('/confirmation');
      await openDisputeForm(user);
      await user.click(screen.getByRole('checkbox', { name: /联系电话/ }));
      await user.click(screen.getByRole('checkbox', { name: /原工作单位/ }));
      await user.type(within(detailsOf('联系电话')).getByRole('textbox', { name: '联系电话：哪里不对' }), '换号了');
      await user.type(within(detailsOf('原工作单位')).getByRole('textbox', { name: '原工作单位：哪里不对' }), '单位名称写错了');
      await user.click(screen.getByRole('button', { name: /^提交/ }));

      const employer = within(detailsOf('原工作单位'));
      expect(await employer.findByText('内容太长了，请简短一些')).toBeInTheDocument();
      expect(employer.getByRole('textbox', { name: '原工作单位：哪里不对' })).toHaveFocus();
      expect(within(detailsOf('联系电话')).queryByText('内容太长了，请简短一些')).not.toBeInTheDocument();
      // Nothing typed is lost.
      expect(within(detailsOf('联系电话')).getByRole('textbox', { name: '联系电话：哪里不对' })).toHaveValue('换号了');
    });

    it('keeps what was typed when going back to the list, and even home and back', async () => {
      mockGraphQL({
        Me: () => ({ data: signedIn }),
        MyInfoConfirmation: () => loaded(confirmation()),
        Home: () => ({ data: { myProfile: { id: '1', name: '俞秀英', status: 'ACTIVE', monthlyPension: 328083, community: demoCommunity, payments: [] }, myInfoConfirmation: confirmation() } }),
      });
      const user = userEvent.setup();
      renderApp('/confirmation');
      await openDisputeForm(user);
      await user.click(screen.getByRole('checkbox', { name: /联系电话/ }));
      await user.type(within(detailsOf('联系电话')).getByRole('textbox', { name: /正确的联系电话/ }), '13912345678');

      await user.click(screen.getByRole('button', { name: '返回' }));
      expect(await screen.findByRole('heading', { level: 1, name: '个人信息确认' })).toBeInTheDocument();
      await openDisputeForm(user);
      expect(screen.getByRole('checkbox', { name: /联系电话/ })).toBeChecked();
      expect(within(detailsOf('联系电话')).getByRole('textbox', { name: /正确的联系电话/ })).toHaveValue('13912345678');

      await user.click(screen.getByRole('link', { name: '首页' }));
      await user.click(await screen.findByRole('link', { name: '去核对信息' }));
      await openDisputeForm(user);
      expect(within(detailsOf('联系电话')).getByRole('textbox', { name: /正确的联系电话/ })).toHaveValue('13912345678');
    });
  });

  it('while disputed: which items the community is handling, and whom to call', async () => {
    mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyInfoConfirmation: () => loaded(confirmation({ status: 'DISPUTED', respondedAt: '2026-11-21T03:00:00Z', disputes: [phoneDispute] })),
    });
    renderApp('/confirmation');

    const state = await screen.findByRole('region', { name: '社区正在处理：联系电话' });
    expect(state).toHaveTextContent('您在2026年11月21日提出了问题');
    expect(state).toHaveTextContent('您说：换了新手机号');
    expect(state).toHaveTextContent('您填的正确内容：139****5678');
    const call = screen.getByRole('region', { name: '想问问进度，请联系社区' });
    expect(within(call).getByRole('link', { name: /打电话给社区/ })).toHaveAttribute('href', 'tel:0575-83447092');
    expect(screen.queryByRole('button', { name: '有信息不对' })).not.toBeInTheDocument();
  });

  it('once resolved: each outcome in plain words, with what the community wrote', async () => {
    mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyInfoConfirmation: () =>
        loaded(
          confirmation({
            status: 'RESOLVED',
            respondedAt: '2026-11-21T03:00:00Z',
            resolvedAt: '2026-11-25T03:00:00Z',
            disputes: [
              { ...phoneDispute, status: 'CORRECTED', resolutionNote: '已按您提供的新号码更正', resolvedAt: '2026-11-24T03:00:00Z' },
              { ...phoneDispute, id: '10', field: 'MONTHLY_PENSION', label: '月养老金', comment: '少了', proposedValue: null, status: 'EXPLAINED', resolutionNote: '今年的调整从 7 月起补发', resolvedAt: '2026-11-25T03:00:00Z' },
            ],
          }),
        ),
    });
    renderApp('/confirmation');

    const result = await screen.findByRole('region', { name: '您提出的信息问题已处理' });
    expect(result).toHaveTextContent('处理完成日期：2026年11月25日');
    const [phone, pension] = within(result).getAllByRole('listitem');
    expect(phone).toHaveTextContent('联系电话');
    expect(phone).toHaveTextContent('已更正2026年11月24日');
    expect(phone).toHaveTextContent('处理说明：已按您提供的新号码更正');
    expect(pension).toHaveTextContent('社区的说明2026年11月25日');
    expect(pension).toHaveTextContent('今年的调整从 7 月起补发');
  });

  it('after confirming earlier: the date, and the information confirmed', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), MyInfoConfirmation: () => loaded(confirmation({ status: 'CONFIRMED', respondedAt: '2026-11-22T03:00:00Z' })) });
    renderApp('/confirmation');
    expect(await screen.findByRole('region', { name: '您已确认信息无误' })).toHaveTextContent('确认日期：2026年11月22日');
    expect(screen.getByRole('region', { name: '您确认过的信息' })).toHaveTextContent('俞秀英');
  });

  it('says there is nothing to check when no confirmation was ever sent', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), MyInfoConfirmation: () => loaded(null) });
    renderApp('/confirmation');
    expect(await screen.findByText(/现在没有需要您核对的信息/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/'));
  });
});
