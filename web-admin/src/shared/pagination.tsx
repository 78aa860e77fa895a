import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import { Muted } from './text';
import { useCallback, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

export const PAGE_SIZES = [10, 20, 50, 100];
export const DEFAULT_PAGE_SIZE = 20;
const SIZE_PARAM = 'size';

interface PagesState {
  /** The search string the cursors belong to: other filters, other pages. */
  key: string;
  /** `after` cursors of pages 2…n; the last is the current page's. */
  cursors: string[];
}

/**
 * Keyset pagination: the API pages with opaque `after` cursors, so "previous" needs the cursors
 * already walked. They are kept in the history entry's state, so going back from a detail page
 * (or reloading) returns to the same page; a change of filters (the search string) starts over.
 */
export function useCursorPages() {
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const key = location.search;
  const state = (location.state ?? null) as { pages?: PagesState } | null;
  const cursors = state?.pages?.key === key ? state.pages.cursors : [];
  const sizeParam = Number(params.get(SIZE_PARAM));
  const pageSize = PAGE_SIZES.includes(sizeParam) ? sizeParam : DEFAULT_PAGE_SIZE;

  const go = useCallback(
    (next: string[]) => {
      void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: { ...state, pages: { key, cursors: next } } });
      // A new page starts at its first row.
      window.scrollTo({ top: 0 });
    },
    [navigate, location.pathname, location.search, state, key],
  );

  const setPageSize = useCallback(
    (size: number) => {
      const next = new URLSearchParams(location.search);
      if (size === DEFAULT_PAGE_SIZE) next.delete(SIZE_PARAM);
      else next.set(SIZE_PARAM, String(size));
      void navigate({ pathname: location.pathname, search: next.toString() ? `?${next}` : '' }, { replace: true, state: { ...state, pages: undefined } });
    },
    [navigate, location.pathname, location.search, state],
  );

  return {
    after: cursors.at(-1) ?? null,
    page: cursors.length + 1,
    pageSize,
    setPageSize,
    next: (cursor: string) => go([...cursors, cursor]),
    previous: () => go(cursors.slice(0, -1)),
  };
}

export type CursorPages = ReturnType<typeof useCursorPages>;

/**
 * Keyset pages of a list inside a page (a tab of a detail page), kept in component state: paging
 * it neither scrolls the page nor touches the address. A new `resetKey` starts over at page 1.
 */
export function useLocalCursorPages(resetKey: string): CursorPages {
  const [state, setState] = useState({ key: resetKey, cursors: [] as string[], pageSize: DEFAULT_PAGE_SIZE });
  const cursors = state.key === resetKey ? state.cursors : [];
  return {
    after: cursors.at(-1) ?? null,
    page: cursors.length + 1,
    pageSize: state.pageSize,
    setPageSize: (pageSize: number) => setState({ key: resetKey, cursors: [], pageSize }),
    next: (cursor: string) => setState((s) => ({ ...s, key: resetKey, cursors: [...cursors, cursor] })),
    previous: () => setState((s) => ({ ...s, key: resetKey, cursors: cursors.slice(0, -1) })),
  };
}

/** A list query's variables: its filter, the page size, and the current page's cursor when past the first. */
export function pageVariables<F>(filter: F, pages: Pick<CursorPages, 'pageSize' | 'after'>): { filter: F; limit: number; after?: string } {
  return pages.after ? { filter, limit: pages.pageSize, after: pages.after } : { filter, limit: pages.pageSize };
}

/** The search params a new choice of filters starts from: the area and the page size stay, the pages start over. */
export function keptListParams(prev: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const keep of ['org', SIZE_PARAM]) {
    const value = prev.get(keep);
    if (value) out.set(keep, value);
  }
  return out;
}

interface CursorPagerProps {
  total: number | undefined;
  page: number;
  pageSize: number;
  nextCursor: string | null | undefined;
  loading?: boolean;
  unit?: string;
  onNext: (cursor: string) => void;
  onPrevious: () => void;
  onPageSizeChange: (size: number) => void;
}

/** "共 N 条 · 第 k / m 页 · ‹ › · 每页 20 条": Ant Design's pager, for keyset cursors. */
export function CursorPager({ total, page, pageSize, nextCursor, loading, unit = '条', onNext, onPrevious, onPageSizeChange }: CursorPagerProps) {
  const pages = total ? Math.max(1, Math.ceil(total / pageSize)) : 1;
  return (
    <Flex justify="flex-end" align="center" gap={12} wrap style={{ marginTop: 16 }} role="navigation" aria-label="分页">
      <Muted>
        共 {total == null ? '—' : total.toLocaleString('zh-CN')} {unit}
      </Muted>
      <span>
        第 {page} / {pages} 页
      </span>
      <Button icon={<LeftOutlined />} disabled={page <= 1 || loading} onClick={onPrevious}>
        上一页
      </Button>
      <Button disabled={!nextCursor || loading} onClick={() => nextCursor && onNext(nextCursor)}>
        下一页 <RightOutlined />
      </Button>
      <Select
        aria-label="每页条数"
        value={pageSize}
        onChange={onPageSizeChange}
        options={PAGE_SIZES.map((s) => ({ value: s, label: `${s} 条/页` }))}
        style={{ width: 110 }}
      />
    </Flex>
  );
}
