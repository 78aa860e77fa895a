import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Mock } from '../../test/renderApp';
import { AUDIT_LOG_QUERY } from './AuditLogPage';

const entry = {
  __typename: 'AuditEntry',
  id: '1',
  at: '2026-03-01T02:30:00.000Z',
  action: 'REVEAL',
  field: 'ID_NUMBER',
  actorKind: 'STAFF',
  actorName: '俞佳琪',
  actorOrgName: '新北社区',
  actorRole: 'STAFF',
  retireeId: '1',
  retireeName: '俞秀英',
  reason: '核对养老金发放账户',
};

const page = (variables: Record<string, unknown>, items: (typeof entry)[]): Mock => ({
  request: { query: AUDIT_LOG_QUERY, variables },
  result: { data: { auditLog: { __typename: 'AuditLogList', total: items.length, nextCursor: null, items } } },
  maxUsageCount: 3,
});

describe('audit log', () => {
  it('reads its filters from the URL (days in Shanghai time) and lists who saw what, and why', async () => {
    renderApp('/audit?action=REVEAL&field=ID_NUMBER&from=2026-03-01&to=2026-03-31', {
      mocks: [
        page(
          { filter: { action: 'REVEAL', field: 'ID_NUMBER', from: '2026-02-28T16:00:00.000Z', to: '2026-03-31T15:59:59.999Z' }, limit: 20 },
          [entry],
        ),
      ],
    });
    const row = (await screen.findByText('核对养老金发放账户')).closest('tr') as HTMLElement;
    expect(within(row).getByText('2026-03-01 10:30')).toBeInTheDocument();
    expect(within(row).getByText('俞佳琪')).toBeInTheDocument();
    expect(within(row).getByText('工作人员')).toBeInTheDocument();
    expect(within(row).getByText('新北社区')).toBeInTheDocument();
    expect(within(row).getByText('查看')).toBeInTheDocument();
    expect(within(row).getByText('身份证号')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: '俞秀英' })).toHaveAttribute('href', '/retirees/1');
    const form = screen.getByRole('form', { name: '查询条件' });
    expect(within(form).getByPlaceholderText('开始日期')).toHaveValue('2026-03-01');
  });

  it('puts the actor filter into the URL', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/audit', {
      mocks: [page({ filter: {}, limit: 20 }, [entry]), page({ filter: { actorName: '俞' }, limit: 20 }, [entry])],
    });
    await screen.findByText('核对养老金发放账户');
    const form = screen.getByRole('form', { name: '查询条件' });
    await user.type(within(form).getByLabelText('操作人'), '俞');
    await user.click(within(form).getByRole('button', { name: /查\s*询/ }));
    await waitFor(() => expect(router.location.search).toBe(`?actor=${encodeURIComponent('俞')}`));
  });
});
