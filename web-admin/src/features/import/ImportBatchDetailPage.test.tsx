import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ImportBatchFieldsFragment } from '../../gql/graphql';
import { renderApp, type Mock } from '../../test/renderApp';
import { COMMIT_IMPORT_BATCH, DISCARD_IMPORT_BATCH, IMPORT_BATCH_ERRORS_QUERY, IMPORT_BATCH_QUERY } from './importQueries';
import { previewOutcomeLine } from './ImportBatchDetailPage';
import { batch, bureauStaff } from './testData';

const detail = (b: ImportBatchFieldsFragment): Mock => ({ request: { query: IMPORT_BATCH_QUERY, variables: { id: b.id } }, result: { data: { importBatch: b } } });

/** A row's error; `column` is the file's header the API gives for the field. */
const issue = (id: string, rowNo: number, severity: 'ERROR' | 'WARNING', [field, column]: [string, string | null] | [null, null], message: string, value: string | null = null, code = 'INVALID') => ({
  __typename: 'ImportError',
  id,
  rowNo,
  field,
  column,
  code,
  severity,
  message,
  value,
});

const errors = (severity: 'ERROR' | 'WARNING', items: ReturnType<typeof issue>[], total = items.length): Mock => ({
  request: { query: IMPORT_BATCH_ERRORS_QUERY, variables: { id: '12', severity, limit: 20 } },
  result: { data: { importBatch: { __typename: 'ImportBatch', id: '12', errors: { __typename: 'ImportErrorList', total, nextCursor: null, items } } } },
});

const rejected = errors(
  'ERROR',
  [
    issue('1', 4, 'ERROR', ['idNumber', '公民身份号码'], '身份证号码校验位不正确', '330683********1903', 'INVALID_ID_NUMBER'),
    issue('2', 9, 'ERROR', ['retirementDate', '退休日期'], '退休日期不能为空', null, 'REQUIRED'),
    issue('3', 11, 'ERROR', [null, null], '该行的列数与表头不一致', null, 'BAD_ROW'),
  ],
  5,
);
const warned = errors('WARNING', [
  issue('4', 15, 'WARNING', ['residenceAddress', '现居住地址'], '常住地址未能对应到社区，将交镇街分配', '剡湖街道某某路', 'ADDRESS_UNPLACED'),
  issue('5', 16, 'WARNING', ['futureField', null], '新字段的提示', null, 'NEW_CHECK'),
]);

describe('import batch detail', () => {
  it('shows a preview: what would change and what would become of the new people, the rejected rows and the warnings, with the error report', async () => {
    const user = userEvent.setup({ delay: null });
    const predicted = batch({ outcome: { __typename: 'ImportOutcome', placedInCommunity: 30, awaitingPlacement: 5, matched: 0, pendingReview: 0, unmatched: 0 } });
    renderApp('/imports/12', { me: bureauStaff(), mocks: [detail(predicted), rejected, warned] });
    expect(await screen.findByText('导入批次 #12')).toBeInTheDocument();
    expect(screen.getByText('校验完成，尚未导入：将新增 35、更新 120、无变化 1,050，拒收 5 行')).toBeInTheDocument();
    expect(screen.getByText('将新增 35 人，其中 30 人按地址自动纳入社区，5 人交镇街分配。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '确认导入' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '放弃' })).toBeInTheDocument();
    expect(screen.getByText('2026年11月新退休人员.xlsx')).toBeInTheDocument();
    expect(screen.getByText('8.4 秒')).toBeInTheDocument();
    expect(screen.getByText('尚未导入')).toBeInTheDocument();
    // A preview predicts the outcome: worded as what will happen, not what has.
    const counts = screen.getByText('行数统计').closest('section') as HTMLElement;
    expect(within(counts).getByText('将按地址纳入社区')).toBeInTheDocument();
    expect(within(counts).getByText('将交镇街分配')).toBeInTheDocument();
    expect(within(counts).queryByText('已按地址纳入社区')).not.toBeInTheDocument();

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
    const wholeRow = within(problems).getByText('该行的列数与表头不一致').closest('tr') as HTMLElement;
    expect(within(wholeRow).getByText('整行')).toBeInTheDocument();
    expect(within(problems).getByText('共 5 条')).toBeInTheDocument();

    await user.click(within(problems).getByRole('tab', { name: '提示（2 条）' }));
    // The header as the API names it for the file (not a label table of the console's own).
    const addressRow = (await within(problems).findByText('常住地址未能对应到社区，将交镇街分配')).closest('tr') as HTMLElement;
    expect(within(addressRow).getByText('现居住地址')).toBeInTheDocument();
    const unknownRow = within(problems).getByText('新字段的提示').closest('tr') as HTMLElement;
    expect(within(unknownRow).getByText('futureField')).toBeInTheDocument();
  });

  it('does not predict an outcome a preview does not account for', async () => {
    renderApp('/imports/12', { me: bureauStaff(), mocks: [detail(batch()), rejected] });
    expect(await screen.findByText('校验完成，尚未导入：将新增 35、更新 120、无变化 1,050，拒收 5 行')).toBeInTheDocument();
    expect(screen.queryByText(/按地址自动纳入社区/)).not.toBeInTheDocument();
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

describe('preview outcome line', () => {
  const outcome = (o: Partial<Record<'placedInCommunity' | 'awaitingPlacement' | 'matched' | 'pendingReview' | 'unmatched', number>>) => ({
    __typename: 'ImportOutcome' as const,
    placedInCommunity: 0,
    awaitingPlacement: 0,
    matched: 0,
    pendingReview: 0,
    unmatched: 0,
    ...o,
  });

  it('words each feed’s prediction, leaving out what does not happen', () => {
    expect(previewOutcomeLine({ kind: 'RETIREES', inserted: 851, outcome: outcome({ placedInCommunity: 698, awaitingPlacement: 153 }) })).toBe('将新增 851 人，其中 698 人按地址自动纳入社区，153 人交镇街分配');
    expect(previewOutcomeLine({ kind: 'RETIREES', inserted: 3, outcome: outcome({ placedInCommunity: 3 }) })).toBe('将新增 3 人，全部按地址自动纳入社区');
    expect(previewOutcomeLine({ kind: 'RETIREES', inserted: 2, outcome: outcome({ awaitingPlacement: 2 }) })).toBe('将新增 2 人，全部交镇街分配');
    expect(previewOutcomeLine({ kind: 'LIFE_EVENTS', inserted: 1300, outcome: outcome({ matched: 1280, pendingReview: 15, unmatched: 5 }) })).toBe(
      '将新增 1,300 条，其中 1,280 条按身份证号码匹配到退休人员，15 条需人工核对，5 条在本市退休人员中查无此人',
    );
    expect(previewOutcomeLine({ kind: 'LIFE_EVENTS', inserted: 4, outcome: outcome({ matched: 3, unmatched: 1 }) })).toBe('将新增 4 条，其中 3 条按身份证号码匹配到退休人员，1 条在本市退休人员中查无此人');
  });

  it('says nothing when nothing is new, the feed has no outcome, or the numbers do not add up', () => {
    expect(previewOutcomeLine({ kind: 'RETIREES', inserted: 0, outcome: outcome({}) })).toBeNull();
    expect(previewOutcomeLine({ kind: 'PENSION_PAYMENTS', inserted: 12, outcome: outcome({}) })).toBeNull();
    expect(previewOutcomeLine({ kind: 'RETIREES', inserted: 35, outcome: outcome({}) })).toBeNull();
  });
});
