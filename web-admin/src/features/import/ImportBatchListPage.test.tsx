import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ImportBatchFilter } from '../../gql/graphql';
import { renderApp, type Mock } from '../../test/renderApp';
import { IMPORT_BATCHES_QUERY } from './importQueries';
import { bureauStaff, townshipStaff } from './testData';

const row = (id: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'ImportBatch',
  id,
  kind: 'RETIREES',
  channel: 'FILE',
  status: 'COMMITTED',
  fileName: '新退休人员.xlsx',
  received: 1210,
  inserted: 35,
  updated: 120,
  unchanged: 1050,
  rejected: 5,
  warnings: 0,
  submittedBy: '周立群',
  createdAt: '2026-11-30T01:00:00.000Z',
  durationMs: 8420,
  ...overrides,
});

const list = (filter: ImportBatchFilter, items: unknown[]): Mock => ({
  request: { query: IMPORT_BATCHES_QUERY, variables: { filter, limit: 20 } },
  result: { data: { importBatches: { __typename: 'ImportBatchList', total: items.length, nextCursor: null, items } } },
});

describe('import batches', () => {
  it('lists each batch with its counts, and filters by kind and status through the URL', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/imports', {
      me: bureauStaff(),
      mocks: [
        list({}, [
          row('12'),
          row('11', { kind: 'LIFE_EVENTS', channel: 'API', fileName: null, status: 'COMMITTED', received: 300, inserted: 300, updated: 0, unchanged: 0, rejected: 0, warnings: 3, submittedBy: '数据高铁', durationMs: 640 }),
        ]),
        list({ kind: 'LIFE_EVENTS' }, [row('11', { kind: 'LIFE_EVENTS', channel: 'API', fileName: null, submittedBy: '数据高铁' })]),
        list({ kind: 'LIFE_EVENTS', status: 'PREVIEW' }, []),
      ],
    });
    const first = (await screen.findByRole('link', { name: '批次 12' })).closest('tr') as HTMLElement;
    for (const text of ['#12', '退休人员信息', '文件', '新退休人员.xlsx', '已导入', '1,210', '35', '120', '1,050', '5', '周立群', '2026-11-30 09:00', '8.4 秒']) {
      expect(within(first).getByText(text)).toBeInTheDocument();
    }
    const second = screen.getByRole('link', { name: '批次 11' }).closest('tr') as HTMLElement;
    expect(within(second).getByText('共享数据（生存状态）')).toBeInTheDocument();
    expect(within(second).getByText('接口')).toBeInTheDocument();
    expect(within(second).getByText('640 毫秒')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '批次 12' })).toHaveAttribute('href', '/imports/12');
    expect(screen.getByRole('link', { name: /上传文件/ })).toHaveAttribute('href', '/imports/upload');

    await user.click(screen.getByRole('combobox', { name: '数据类型' }));
    await user.click(await screen.findByTitle('共享数据（生存状态）'));
    expect(await screen.findByText('共 1 批')).toBeInTheDocument();
    expect(router.location.search).toBe('?kind=LIFE_EVENTS');

    await user.click(screen.getByRole('combobox', { name: '状态' }));
    await user.click(await screen.findByTitle('待确认导入'));
    expect(await screen.findByText('没有符合条件的导入批次')).toBeInTheDocument();
    expect(router.location.search).toBe('?kind=LIFE_EVENTS&status=PREVIEW');
  });

  it('follows the permission alone: without import:manage the data menu has no imports, and the pages answer a 403 that says why', async () => {
    const { router } = renderApp('/placements', { me: townshipStaff() });
    const menu = await screen.findByRole('navigation', { name: '主菜单' });
    expect(within(menu).getByText('数据接入')).toBeInTheDocument();
    expect(within(menu).getByText('共享数据核对')).toBeInTheDocument();
    expect(within(menu).getByText('待分配社区')).toBeInTheDocument();
    expect(within(menu).queryByText('导入批次')).not.toBeInTheDocument();

    act(() => void router.navigate('/imports/upload'));
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
    expect(screen.getByText(/数据导入由市人社局工作人员办理/)).toBeInTheDocument();
  });
});
