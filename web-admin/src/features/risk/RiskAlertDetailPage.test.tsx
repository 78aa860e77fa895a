import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RiskAlertFieldsFragment } from '../../gql/graphql';
import { renderApp, type Mock } from '../../test/renderApp';
import { CONFIRM_RISK_ALERT, DISMISS_RISK_ALERT, RECORD_RECOVERY, RISK_ALERT_QUERY } from './riskQueries';
import { bureauStaff, communityStaff, confirmed, mayDecide, mayRecover, recovery, riskAlert, townshipStaff, verificationTask, verified } from './testData';

const detail = (a: RiskAlertFieldsFragment): Mock => ({ request: { query: RISK_ALERT_QUERY, variables: { id: a.id } }, result: { data: { riskAlert: a } } });

const DECISIONS = ['确认预警', '排除预警', '登记追回'];
const shownDecisions = () => DECISIONS.filter((name) => screen.queryByRole('button', { name }));

const dialogTitled = async (title: string) => (await screen.findByText(title)).closest('[role="dialog"]') as HTMLElement;
const panel = (title: string) => screen.getByRole('heading', { level: 2, name: title }).closest('section') as HTMLElement;

describe('fund-risk alert detail', () => {
  it('shows the evidence, the overpaid months and amount, and that the community has not yet verified; the community gets no decision', async () => {
    renderApp('/risk-alerts/7', { me: communityStaff(), mocks: [detail(riskAlert())] });
    expect(await screen.findByRole('heading', { level: 1, name: '已故仍在发放：张建国' })).toBeInTheDocument();
    expect(screen.getByText('预警 #7')).toBeInTheDocument();

    const info = panel('预警信息');
    expect(within(info).getByText('共享数据显示已于 2026-09-30 死亡，死亡次月起已多发 2 个月共 6,250.80 元')).toBeInTheDocument();
    expect(within(info).getByText('死亡日期')).toBeInTheDocument();
    expect(within(info).getByText('2026-09-30')).toBeInTheDocument();
    expect(within(info).getByText('330683********0931')).toBeInTheDocument();
    expect(within(info).getByText('剡湖街道 · 新北社区')).toBeInTheDocument();
    expect(within(info).getByText('正常发放')).toBeInTheDocument();
    expect(within(info).getByRole('link', { name: '张建国' })).toHaveAttribute('href', '/retirees/41');

    const money = panel('多发与追回');
    expect(within(money).getByText('2026-10、2026-11')).toBeInTheDocument();
    expect(within(money).getByText('¥6,250.80')).toBeInTheDocument();
    expect(within(money).getByText('确认时确定')).toBeInTheDocument();

    const evidence = panel('依据');
    const record = within(evidence).getByText('公安局 死亡 GA-2026-0931：户籍注销').closest('tr') as HTMLElement;
    expect(within(record).getByText('2026-09-30')).toBeInTheDocument();
    expect(within(evidence).getByText('2026-11 发放 3,125.40 元')).toBeInTheDocument();

    const verification = panel('社区核实情况');
    expect(within(verification).getByText('等待社区核实')).toBeInTheDocument();
    expect(within(verification).getByText('新北社区的核实任务')).toBeInTheDocument();
    expect(within(verification).getByText('待签领')).toBeInTheDocument();
    expect(within(verification).getByRole('link', { name: '查看核实任务' })).toHaveAttribute('href', '/tasks/91');

    expect(screen.getByText('社区核实后，由镇街或市局工作人员确认或排除。')).toBeInTheDocument();
    expect(shownDecisions()).toEqual([]);
  });

  it('shows the community nothing to decide on a confirmed alert either', async () => {
    renderApp('/risk-alerts/7', { me: communityStaff(), mocks: [detail(confirmed())] });
    expect(await screen.findByText('已确认待追回：自 2026-10 起停发')).toBeInTheDocument();
    expect(shownDecisions()).toEqual([]);
  });

  it('offers exactly the decisions the API allows the caller, whatever their tier', async () => {
    // A township whose area the API says it may not decide in: nothing offered, and no call to decide.
    const { unmount } = renderApp('/risk-alerts/7', { me: townshipStaff(), mocks: [detail(riskAlert(verified))] });
    expect(await screen.findByText('社区已反馈核实情况，待确认或排除')).toBeInTheDocument();
    expect(screen.getByText('社区核实后，由镇街或市局工作人员确认或排除。')).toBeInTheDocument();
    expect(shownDecisions()).toEqual([]);
    unmount();

    // The bureau allowed only to dismiss: only 排除预警.
    renderApp('/risk-alerts/7', { me: bureauStaff(), mocks: [detail(riskAlert({ ...verified, allowedActions: ['DISMISS'] }))] });
    expect(await screen.findByRole('button', { name: '排除预警' })).toBeInTheDocument();
    expect(shownDecisions()).toEqual(['排除预警']);
  });

  it('lets a township confirm with a note and the amount to recover in yuan; the page then shows the stop and what is owed', async () => {
    const user = userEvent.setup({ delay: null });
    const note = '社区核实，死亡证明已核';
    renderApp('/risk-alerts/7', {
      me: townshipStaff(),
      mocks: [
        detail(riskAlert({ ...verified, ...mayDecide, verificationTask: verificationTask('DONE') })),
        {
          request: { query: CONFIRM_RISK_ALERT, variables: { id: '7', input: { note, recoveryAmount: 600000 } } },
          result: { data: { confirmRiskAlert: confirmed({ recoveryAmount: 600000, ...mayRecover }) } },
        },
      ],
    });
    const verification = await screen.findByRole('heading', { level: 2, name: '社区核实情况' });
    expect(within(panel('社区核实情况')).getByText(verified.verificationNote)).toBeInTheDocument();
    expect(within(panel('社区核实情况')).getByText('社区小王 · 2026-11-22 11:00')).toBeInTheDocument();
    expect(verification).toBeInTheDocument();
    expect(screen.getByText('社区已反馈核实情况，待确认或排除')).toBeInTheDocument();
    expect(shownDecisions()).toEqual(['确认预警', '排除预警']);

    await user.click(screen.getByRole('button', { name: '确认预警' }));
    const dialog = await dialogTitled('确认预警：张建国已故仍在发放');
    expect(within(dialog).getByText('确认后，张建国将标记为已故，自 2026-10 起停发。')).toBeInTheDocument();
    expect(within(dialog).getByText(/同时启动身后一件事/)).toBeInTheDocument();
    const amount = within(dialog).getByLabelText('应追回金额（元）');
    expect(amount).toHaveValue('6250.80');
    expect(within(dialog).getByText('默认为多发金额 ¥6,250.80；填 0 表示无需追回，预警随即办结。')).toBeInTheDocument();

    const ok = within(dialog).getByRole('button', { name: '确认预警' });
    await user.click(ok);
    expect(await within(dialog).findByText('请填写确认依据')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('确认依据'), note);
    await user.clear(amount);
    await user.type(amount, '6000');
    await user.click(ok);

    expect(await screen.findByText('已确认：自 2026-10 起停发，应追回 ¥6,000.00')).toBeInTheDocument();
    expect(await screen.findByText('已确认待追回：自 2026-10 起停发')).toBeInTheDocument();
    expect(screen.getByText('尚未追回 ¥6,000.00')).toBeInTheDocument();
    expect(within(panel('预警信息')).getByText('已故')).toBeInTheDocument();
    const history = screen.getAllByTestId('risk-history');
    expect(history.map((h) => h.querySelector('strong')?.textContent)).toEqual(['系统扫描发现', '社区核实', '确认']);
    expect(history[2]).toHaveTextContent('2026-11-23 10:00 · 钱晓燕');
    expect(history[2]).toHaveTextContent(`确认依据：${note}`);
    await waitFor(() => expect(shownDecisions()).toEqual(['登记追回']));
    // Confirming the death opened 身后一件事: the alert leads to it.
    const info = panel('预警信息');
    expect(within(info).getByText('办理中')).toBeInTheDocument();
    expect(within(info).getByRole('link', { name: '查看身后一件事' })).toHaveAttribute('href', '/posthumous-cases/12');
    expect(within(panel('社区核实情况')).getByRole('link', { name: '查看核实任务' })).toHaveAttribute('href', '/tasks/91');
  });

  it('dismisses with a reason, saying the same evidence will not raise it again', async () => {
    const user = userEvent.setup({ delay: null });
    const reason = '社区上门核实，本人健在，死亡记录为同名他人';
    renderApp('/risk-alerts/7', {
      me: townshipStaff(),
      mocks: [
        detail(riskAlert({ ...verified, ...mayDecide })),
        {
          request: { query: DISMISS_RISK_ALERT, variables: { id: '7', reason } },
          result: { data: { dismissRiskAlert: riskAlert({ ...verified, status: 'DISMISSED', decisionNote: reason, decidedByName: '钱晓燕', decidedAt: '2026-11-23T02:00:00.000Z', closedAt: '2026-11-23T02:00:00.000Z' }) } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: '排除预警' }));
    const dialog = await dialogTitled('排除预警：张建国');
    expect(within(dialog).getByText(/同样的依据不会再次预警/)).toBeInTheDocument();
    const ok = within(dialog).getByRole('button', { name: '确定排除' });
    await user.click(ok);
    expect(await within(dialog).findByText('请填写排除原因')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('排除原因'), reason);
    await user.click(ok);

    expect(await screen.findByText('已排除，同样的依据不会再次预警')).toBeInTheDocument();
    // In the status line and in the history.
    expect(screen.getAllByText(`排除原因：${reason}`)).toHaveLength(2);
    expect(screen.getAllByTestId('risk-history').at(-1)).toHaveTextContent('排除 2026-11-23 10:00 · 钱晓燕');
    await waitFor(() => expect(shownDecisions()).toEqual([]));
  });

  it('records a partial recovery in yuan with how it came back, refusing more than is outstanding, and shows the progress and the ledger', async () => {
    const user = userEvent.setup({ delay: null });
    const note = '家属银行转账退回，凭证号 ZH20261201001';
    const first = recovery('1', 125080, '家属现金退回', '2026-11-25T02:00:00.000Z');
    renderApp('/risk-alerts/7', {
      me: townshipStaff(),
      mocks: [
        detail(confirmed({ recoveredAmount: 125080, recoveries: [first], ...mayRecover })),
        {
          request: { query: RECORD_RECOVERY, variables: { id: '7', amount: 200000, note } },
          result: { data: { recordRecovery: confirmed({ recoveredAmount: 325080, recoveries: [first, recovery('2', 200000, note, '2026-12-01T03:00:00.000Z')], ...mayRecover }) } },
        },
      ],
    });
    expect(await screen.findByText('尚未追回 ¥5,000.00')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '追回进度 20%' })).toBeInTheDocument();
    const ledger = () => screen.getByRole('table', { name: '追回记录' });
    const ledgerRows = () => within(ledger()).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent));
    expect(ledgerRows()).toEqual([['2026-11-25 10:00', '¥1,250.80', '家属现金退回', '钱晓燕']]);

    await user.click(screen.getByRole('button', { name: '登记追回' }));
    const dialog = await dialogTitled('登记追回：张建国');
    expect(within(dialog).getByText('¥6,250.80')).toBeInTheDocument();
    expect(within(dialog).getByText('¥1,250.80')).toBeInTheDocument();
    const amount = within(dialog).getByLabelText('本次追回金额（元）');
    const ok = within(dialog).getByRole('button', { name: '登记' });
    await user.type(amount, '5000.01');
    await user.click(ok);
    expect(await within(dialog).findByText('超过尚未追回的金额（¥5,000.00）')).toBeInTheDocument();
    await user.clear(amount);
    await user.type(amount, '2000');
    await user.type(within(dialog).getByLabelText('说明'), note);
    await user.click(ok);

    expect(await screen.findByText('已登记追回 ¥2,000.00，尚未追回 ¥3,000.00')).toBeInTheDocument();
    expect(await screen.findByText('尚未追回 ¥3,000.00')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '追回进度 52%' })).toBeInTheDocument();
    expect(within(panel('多发与追回')).getByText('¥3,250.80')).toBeInTheDocument();
    expect(ledgerRows()).toEqual([
      ['2026-11-25 10:00', '¥1,250.80', '家属现金退回', '钱晓燕'],
      ['2026-12-01 11:00', '¥2,000.00', note, '钱晓燕'],
    ]);
  });

  it('puts the API’s refusal of the amount on the field, and reloads when someone else decided first', async () => {
    const user = userEvent.setup({ delay: null });
    const { unmount } = renderApp('/risk-alerts/7', {
      me: townshipStaff(),
      mocks: [
        detail(confirmed(mayRecover)),
        {
          request: { query: RECORD_RECOVERY, variables: { id: '7', amount: 100 } },
          result: { errors: [{ message: '超过尚未追回的金额（0.50 元）', extensions: { code: 'BAD_USER_INPUT', field: 'amount' } }] },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: '登记追回' }));
    const dialog = await dialogTitled('登记追回：张建国');
    await user.type(within(dialog).getByLabelText('本次追回金额（元）'), '1');
    await user.click(within(dialog).getByRole('button', { name: '登记' }));
    expect(await within(dialog).findByText('超过尚未追回的金额（0.50 元）')).toBeInTheDocument();
    unmount();

    renderApp('/risk-alerts/7', {
      me: townshipStaff(),
      mocks: [
        detail(riskAlert(mayDecide)),
        { request: { query: DISMISS_RISK_ALERT, variables: { id: '7', reason: '本人健在' } }, result: { errors: [{ message: '该预警已处理', extensions: { code: 'CONFLICT' } }] } },
        detail(confirmed(mayRecover)),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '排除预警' }));
    const dismiss = await dialogTitled('排除预警：张建国');
    await user.type(within(dismiss).getByLabelText('排除原因'), '本人健在');
    await user.click(within(dismiss).getByRole('button', { name: '确定排除' }));
    expect(await screen.findByText('该预警已处理')).toBeInTheDocument();
    expect(await screen.findByText('已确认待追回：自 2026-10 起停发')).toBeInTheDocument();
    expect(shownDecisions()).toEqual(['登记追回']);
  });

  it('shows a 403 for an alert outside the area, and nothing of it', async () => {
    renderApp('/risk-alerts/7', {
      me: townshipStaff(),
      mocks: [{ request: { query: RISK_ALERT_QUERY, variables: { id: '7' } }, result: { errors: [{ message: '无权访问：不在您的管辖范围内', extensions: { code: 'FORBIDDEN' } }] } }],
    });
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '返回基金风险预警' })).toBeInTheDocument();
    expect(screen.queryByText('预警信息')).not.toBeInTheDocument();
  });
});
