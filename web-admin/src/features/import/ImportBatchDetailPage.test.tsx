import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ImportBatchFieldsFragment } from '../../gql/graphql';
import { renderApp, type Mock } from '../../test/renderApp';
import { COMMIT_IMPORT_BATCH, DISCARD_IMPORT_BATCH, IMPORT_BATCH_ERRORS_QUERY, IMPORT_BATCH_QUERY } from './importQueries';
import { batch, bureauStaff } from './testData';

const detail = (b: ImportBatchFieldsFragment): Mock => ({ request: { query: IMPORT_BATCH_QUERY, variables: { id: b.id } }, result: { data: { importBatch: b } } });

const issue = (id: string, rowNo: number, severity: 'ERROR' | 'WARNING', field: string | null, message: string, value: string | null = null, code = 'INVALID') => ({
  __typename: 'ImportError',
  id,
  rowNo,
  field,
  code,
  severity,
  message,
  value,
});

const errors = (severity: 'ERROR' | 'WARNING', items: ReturnType<typeof issue>[], total = items.length): Mock => ({
  request: { query: IMPORT_BATCH_ERRORS_QUERY, variables: { id: '12', severity, limit: 20 } },
  result: { data: { importBatch: { __typename: 'ImportBatch', id: '12', errors: { __typename: 'ImportErrorList', total, nextCursor: null, items } } } },
});

const rejected = errors('ERROR', [
  issue('1', 4, 'ERROR', 'idNumber', '身份证号码校验位不正确', '330683********1903', 'INVALID_ID_NUMBER'),
  issue('2', 9, 'ERROR', 'retirementDate', '退休日期不能为空', null, 'REQUIRED'),
]);
const warned = errors('WARNING', [issue('3', 15, 'WARNING', 'residenceAddress', '常住地址未能对应到社区，将交镇街分配', '剡湖街道某某路', 'ADDRESS_UNPLACED')]);

describe('import batch detail', () => {
  it('shows a preview: what would change, the rejected rows and the warnings, with the error report', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/imports/12', { me: bureauStaff(), mocks: [detail(batch()), rejected, warned] });
    expect(await screen.findByText('导入批次 #12')).toBeInTheDocument();
    expect(screen.getByText('校验完成，尚未导入：将新增 35、更新 120、无变化 1,050，拒收 5 行')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '确认导入' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '放弃' })).toBeInTheDocument();
    expect(screen.getByText('2026年11月新退休人员.xlsx')).toBeInTheDocument();
    expect(screen.getByText('8.4 秒')).toBeInTheDocument();
    expect(screen.getByText('尚未导入')).toBeInTheDocument();
    // A preview has not placed anyone yet: no outcome numbers.
    expect(screen.queryByText('已按地址纳入社区')).not.toBeInTheDocument();

    const changes = screen.getByText('变更预览').closest('section') as HTMLElement;
    expect(within(changes).getByText('常住地址：北直街16号 → 北直街18号')).toBeInTheDocument();
    expect(within(changes).getByText('新增')).toBeInTheDocument();
    expect(within(changes).getByText('更新')).toBeInTheDocument();

    const problems = screen.getByText('错误与提示').closest('section') as HTMLElement;
    expect(within(problems).getByRole('link', { name: /下载错误报告/ })).toHaveAttribute('href', '/imports/12/errors.csv');
    expect(within(problems).getByRole('link', { name: /下载错误报告/ })).toHaveAttribute('download');
    const idRow = (await within(problems).findByText('身份证号码校验位不正确')).closest('tr') as HTMLElement;
    expect(within(idRow).getByText('公民身份号码')).toBeInTheDocument();
    expect(within(idRow).getByText('330683********1903')).toBeInTheDocument();
    expect(within(idRow).getByText('4')).toBeInTheDocument();
    expect(within(problems).getByText('共 2 条')).toBeInTheDocument();

    await user.click(within(problems).getByRole('tab', { name: '提示（2 条）' }));
    expect(await within(problems).findByText('常住地址未能对应到社区，将交镇街分配')).toBeInTheDocument();
    expect(within(problems).getByText('常住地址')).toBeInTheDocument();
  });

  it('imports after a confirmation, then shows what was done and where the new retirees wait for a community', async () => {
    const user = userEvent.setup({ delay: null });
    const committed = batch({
      status: 'COMMITTED',
      committedAt: '2026-11-30T01:05:00.000Z',
      durationMs: 15300,
      outcome: { __typename: 'ImportOutcome', placedInCommunity: 31, awaitingPlacement: 4, matched: 0, pendingReview: 0, unmatched: 0 },
    });
    renderApp('/imports/12', {
      me: bureauStaff(),
      mocks: [detail(batch()), rejected, { request: { query: COMMIT_IMPORT_BATCH, variables: { id: '12' } }, result: { data: { commitImportBatch: committed } } }],
    });
    await user.click(await screen.findByRole('button', { name: '确认导入' }));
    const confirm = await screen.findByRole('tooltip');
    expect(within(confirm).getByText('确认导入这批数据？')).toBeInTheDocument();
    expect(within(confirm).getByText('将新增 35、更新 120；拒收的 5 行不会导入。')).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: '确认导入' }));

    expect(await screen.findByText('导入完成：新增 35、更新 120')).toBeInTheDocument();
    expect(await screen.findByText('已导入：新增 35、更新 120、无变化 1,050，拒收 5 行')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: '放弃' })).not.toBeInTheDocument());
    expect(screen.getByText('2026-11-30 09:05')).toBeInTheDocument();
    expect(screen.getByText('已按地址纳入社区')).toBeInTheDocument();
    expect(screen.getByText('31')).toBeInTheDocument();
    expect(screen.getByText('4 名新退休人员的地址未能对应到社区，已交镇街分配管理社区')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看待分配社区' })).toHaveAttribute('href', '/placements');
    expect(screen.getByText('变更样例')).toBeInTheDocument();
  });

  it('discards after a confirmation, and reloads when someone else settled the batch first', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/imports/12', {
      me: bureauStaff(),
      mocks: [
        detail(batch()),
        rejected,
        { request: { query: DISCARD_IMPORT_BATCH, variables: { id: '12' } }, result: { errors: [{ message: '该批次已导入，不能放弃', extensions: { code: 'CONFLICT' } }] } },
        detail(batch({ status: 'COMMITTED', committedAt: '2026-11-30T01:05:00.000Z' })),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '放弃' }));
    const confirm = await screen.findByRole('tooltip');
    expect(within(confirm).getByText('放弃这批数据？')).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: '放弃' }));
    expect(await screen.findByText('该批次已导入，不能放弃')).toBeInTheDocument();
    expect(await screen.findByText('已导入：新增 35、更新 120、无变化 1,050，拒收 5 行')).toBeInTheDocument();
  });

  it('says so when every row passed', async () => {
    renderApp('/imports/12', { me: bureauStaff(), mocks: [detail(batch({ status: 'COMMITTED', rejected: 0, warnings: 0, errorReportUrl: null, committedAt: '2026-11-30T01:05:00.000Z' }))] });
    expect(await screen.findByText('所有行都通过了校验，没有错误或提示')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /下载错误报告/ })).not.toBeInTheDocument();
  });
});
