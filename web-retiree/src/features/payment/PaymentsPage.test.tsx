import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoPayments, mockGraphQL, renderApp, signedIn } from '../../test/graphql';

const lastYear = [
  { id: 'p12', period: '2025-12', amount: 321650, paidDate: '2025-12-10' },
  { id: 'p11', period: '2025-11', amount: 321650, paidDate: '2025-11-06' },
];

describe('my pension', () => {
  it('totals this year, lists every month newest first under its year, and leads back home', async () => {
    mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyPayments: () => ({ data: { myProfile: { id: '1', monthlyPension: 328083, payments: [...demoPayments, ...lastYear] } } }),
    });
    renderApp('/payments');

    const summary = await screen.findByRole('region', { name: '2026年共到账' });
    // 5 × 3,280.83 + 3,216.50
    expect(summary).toHaveTextContent('19,620.65 元');
    expect(summary).toHaveTextContent('共 6 个月');
    expect(summary).toHaveTextContent('现在每月养老金 3,280.83 元');

    const year2026 = screen.getByRole('region', { name: '2026年' });
    const rows = within(year2026).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      '11月养老金3,280.83 元已到账2026年11月5日',
      '10月养老金3,280.83 元已到账2026年10月8日',
      '9月养老金3,280.83 元已到账2026年9月7日',
      '8月养老金3,280.83 元已到账2026年8月7日',
      '7月养老金3,280.83 元已到账2026年7月9日',
      '6月养老金3,216.50 元已到账2026年6月5日',
    ]);
    expect(within(screen.getByRole('region', { name: '2025年' })).getAllByRole('listitem')).toHaveLength(2);

    expect(screen.getByRole('link', { name: '返回' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: '首页' })).toHaveAttribute('href', '/');
  });

  it('says so plainly when nothing has been paid yet', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), MyPayments: () => ({ data: { myProfile: { id: '1', monthlyPension: 328083, payments: [] } } }) });
    renderApp('/payments');
    expect(await screen.findByText('还没有到账记录。如有疑问，请联系您所在的社区。')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '今年共到账' })).toHaveTextContent('0.00 元');
  });
});
