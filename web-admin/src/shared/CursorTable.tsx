import { Table, type TableProps } from 'antd';
import { CursorPager, type CursorPages } from './pagination';
import { EmptyState, QueryErrorAlert } from './states';

type ErrorLike = Parameters<typeof QueryErrorAlert>[0]['error'];

interface CursorTableProps<Row> extends Omit<TableProps<Row>, 'dataSource' | 'loading' | 'pagination' | 'locale' | 'size'> {
  /** The list field of the query's result: one page of rows, the total and the next cursor. */
  list: { items: Row[]; total: number; nextCursor?: string | null } | null | undefined;
  loading: boolean;
  error?: ErrorLike | null;
  /** Offered with the error; leave it out when retrying cannot help (bad input). */
  onRetry?: () => void;
  pages: CursorPages;
  /** Shown when the page has no rows and nothing failed. */
  emptyText: string;
  /** What the total counts (条, 人, 个账号…). */
  unit?: string;
}

/** A server-paginated list: error alert, table with empty/loading states, and the keyset pager. */
export function CursorTable<Row extends object>({ list, loading, error, onRetry, pages, emptyText, unit, ...table }: CursorTableProps<Row>) {
  return (
    <>
      {error && <QueryErrorAlert error={error} onRetry={onRetry} />}
      <Table<Row>
        size="middle"
        {...table}
        dataSource={list?.items ?? []}
        loading={loading}
        pagination={false}
        locale={{ emptyText: loading ? <div style={{ height: 120 }} /> : <EmptyState description={error ? '未能加载数据' : emptyText} /> }}
      />
      <CursorPager
        total={list?.total}
        page={pages.page}
        pageSize={pages.pageSize}
        nextCursor={list?.nextCursor}
        loading={loading}
        unit={unit}
        onNext={pages.next}
        onPrevious={pages.previous}
        onPageSizeChange={pages.setPageSize}
      />
    </>
  );
}
