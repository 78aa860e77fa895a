import type { ApolloLink } from '@apollo/client';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, type Mock } from '../../test/renderApp';
import { RetireeRiskAlertsCard } from './RetireeRiskAlertsCard';
import { RETIREE_RISK_ALERTS_QUERY } from './riskQueries';
import { townshipStaff } from './testData';

const alertsOf = (items: unknown[]): Mock => ({
  request: { query: RETIREE_RISK_ALERTS_QUERY, variables: { filter: { retireeId: '41' }, limit: 10 } },
  result: { data: { riskAlerts: { __typename: 'RiskAlertList', total: items.length, items } } },
});

const alert = (id: string, kind: string, status: string, summary: string, overpaidAmount: number) => ({
  __typename: 'RiskAlert',
  id,
  kind,
  status,
  summary,
  overpaidAmount,
  raisedAt: '2026-11-20T02:00:00.000Z',
});

describe('a retiree’s 风险预警 card', () => {
  it('lists the person’s alerts, each leading to its page in the same area', async () => {
    renderWithProviders(<RetireeRiskAlertsCard retireeId="41" />, {
      me: townshipStaff(),
      path: '/retirees/41?org=2',
      mocks: [
        alertsOf([
          alert('7', 'DECEASED_PAID', 'CONFIRMED', '共享数据显示已于 2026-09-30 死亡，死亡次月起已多发 2 个月共 6,250.80 元', 625080),
          alert('3', 'AMOUNT_JUMP', 'DISMISSED', '发放金额突变：2026-06 3,125.40 元 → 2026-07 3,300.00 元', 17460),
        ]),
      ],
    });
    const card = (await screen.findByRole('heading', { level: 2, name: '风险预警' })).closest('section') as HTMLElement;
    const death = within(card).getByRole('link', { name: '查看预警 #7' }).closest('tr') as HTMLElement;
    expect(within(death).getByText('已故仍在发放')).toBeInTheDocument();
    expect(within(death).getByText('已确认待追回')).toBeInTheDocument();
    expect(within(death).getByText('¥6,250.80')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '查看预警 #7' })).toHaveAttribute('href', '/risk-alerts/7?org=2');
    expect(within(card).getByText('已排除')).toBeInTheDocument();
  });

  it('is not shown for a person without alerts', async () => {
    const none = alertsOf([]);
    const answered = vi.fn(() => none.result as ApolloLink.Result);
    renderWithProviders(<RetireeRiskAlertsCard retireeId="41" />, { me: townshipStaff(), mocks: [{ ...none, result: answered }] });
    await waitFor(() => expect(answered).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('风险预警')).not.toBeInTheDocument();
  });
});
