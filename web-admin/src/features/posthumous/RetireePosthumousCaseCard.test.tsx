import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RetireePosthumousCaseFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderApp';
import { townshipStaff } from '../risk/testData';
import { RetireePosthumousCaseCard } from './RetireePosthumousCaseCard';

const card = (overrides: Partial<RetireePosthumousCaseFragment> = {}): RetireePosthumousCaseFragment => ({
  __typename: 'PosthumousCase',
  id: '12',
  status: 'OPEN',
  deathDate: '2026-09-30',
  notifiedRelative: '配偶 王美芳（139****5678）',
  notifiedAt: '2026-11-23T02:00:00.000Z',
  openedAt: '2026-11-23T02:00:00.000Z',
  closedAt: null,
  items: ['DONE', 'SENT', 'SENT', 'DONE', 'SENT'].map((status, i) => ({ __typename: 'PosthumousCaseItem', id: String(20 + i), status: status as 'DONE' | 'SENT' })),
  ...overrides,
});

const section = async () => (await screen.findByRole('heading', { level: 2, name: '身后一件事' })).closest('section') as HTMLElement;

describe('a deceased retiree’s 身后一件事 card', () => {
  it('says where the case stands and leads to it in the same area', async () => {
    renderWithProviders(<RetireePosthumousCaseCard posthumousCase={card()} />, { me: townshipStaff(), path: '/retirees/41?org=2' });
    const c = await section();
    for (const text of ['办理中', '2026-09-30', '2/5', '配偶 王美芳（139****5678） · 2026-11-23 10:00']) expect(within(c).getByText(text)).toBeInTheDocument();
    expect(within(c).getByRole('link', { name: '查看身后一件事' })).toHaveAttribute('href', '/posthumous-cases/12?org=2');
  });

  it('says when no relative could be texted, and when the case was closed', async () => {
    renderWithProviders(
      <RetireePosthumousCaseCard
        posthumousCase={card({ status: 'CLOSED', closedAt: '2026-12-05T02:00:00.000Z', notifiedAt: null, notifiedRelative: null, items: card().items.map((i) => ({ ...i, status: 'DONE' as const })) })}
      />,
      { me: townshipStaff() },
    );
    const c = await section();
    for (const text of ['已办结', '5/5', '未能短信通知，请社区联系家属', '2026-12-05 10:00']) expect(within(c).getByText(text)).toBeInTheDocument();
  });
});
