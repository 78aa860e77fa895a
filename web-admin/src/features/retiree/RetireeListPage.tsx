import { useQuery } from '@apollo/client/react';
import { Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { RetireeListQuery } from '../../gql/graphql';
import { useArea, withArea } from '../../shared/area/useArea';
import { fieldError } from '../../shared/errors';
import { formatDate, formatMoney, GENDER_LABEL, labelOf, RETIREE_STATUS } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { MONOSPACE } from '../../shared/text';
import { Panel } from '../../shared/Panel';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { useRowLink } from '../../shared/useRowLink';
import { useCursorPages, pageVariables } from '../../shared/pagination';
import { CursorTable } from '../../shared/CursorTable';
import { RetireeFilterForm } from './RetireeFilterForm';
import { readRetireeSearch, toRetireeFilter, writeRetireeSearch, type RetireeSearch } from './retireeSearch';

export const RETIREE_LIST_QUERY = graphql(`
  query RetireeList($filter: RetireeFilter, $limit: Int, $after: String) {
    retirees(filter: $filter, limit: $limit, after: $after) {
      total
      nextCursor
      items {
        id
        name
        gender
        age
        idNumber
        retirementDate
        monthlyPension
        status
        community {
          id
          name
        }
        township {
          id
          name
        }
      }
    }
  }
`);

type Row = RetireeListQuery['retirees']['items'][number];

/** History state of the list page: the ID-number filter, kept out of the URL on purpose. */
interface ListState {
  idNumber?: string;
}

export function RetireeListPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const [orgId] = useArea();
  const pages = useCursorPages();
  const idNumber = (location.state as ListState | null)?.idNumber ?? null;
  const search = useMemo(() => readRetireeSearch(params, idNumber), [params, idNumber]);

  const variables = useMemo(() => pageVariables(toRetireeFilter(search, orgId), pages), [search, orgId, pages.pageSize, pages.after]);

  const committedVariables = useCommittedVariables(variables);
  const { data, previousData, loading, error, refetch } = useQuery(RETIREE_LIST_QUERY, { variables: committedVariables });
  // Never show rows of a failed request; while the next page loads, keep the last good one.
  const list = error ? undefined : (data ?? previousData)?.retirees;

  const onSearch = (next: RetireeSearch) => {
    const nextParams = writeRetireeSearch(next, params);
    const state: ListState = next.idNumber ? { idNumber: next.idNumber } : {};
    // Asking again for the same thing means "refresh", not a new history entry.
    if (nextParams.toString() === params.toString() && (next.idNumber ?? null) === idNumber) void refetch();
    else setParams(nextParams, { state });
  };

  const detailState = { fromList: `${location.pathname}${location.search}` };
  const openRow = useRowLink((r: Row) => withArea(`/retirees/${r.id}`, orgId), detailState);
  const columns: TableColumnsType<Row> = [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 110,
      fixed: 'left',
      render: (name: string, r) => (
        <Link to={withArea(`/retirees/${r.id}`, orgId)} state={detailState}>
          {name}
        </Link>
      ),
    },
    { title: '性别', dataIndex: 'gender', width: 64, render: (g: string) => labelOf(GENDER_LABEL, g) },
    { title: '年龄', dataIndex: 'age', width: 72, align: 'right', render: (age: number) => `${age} 岁` },
    {
      title: '身份证号',
      dataIndex: 'idNumber',
      width: 190,
      render: (v: string) => <span style={MONOSPACE}>{v}</span>,
    },
    { title: '所属镇街', key: 'township', render: (_, r) => r.township?.name ?? '—', ellipsis: true },
    { title: '管理社区', key: 'community', render: (_, r) => r.community?.name ?? <Tag color="warning">待分配社区</Tag>, ellipsis: true },
    { title: '退休日期', dataIndex: 'retirementDate', width: 110, render: formatDate },
    { title: '月养老金', dataIndex: 'monthlyPension', width: 120, align: 'right', render: (fen: number) => formatMoney(fen) },
    {
      title: '待遇状态',
      dataIndex: 'status',
      width: 100,
      render: (s: string) => <Tag color={RETIREE_STATUS[s]?.color}>{RETIREE_STATUS[s]?.label ?? s}</Tag>,
    },
  ];

  const badInput = fieldError(error);

  return (
    <PageContainer title="退休人员" subTitle="本人管辖区域内的企业退休人员">
      <RetireeFilterForm value={search} onSearch={onSearch} serverError={badInput} />
      <Panel>
        <CursorTable<Row>
          rowKey="id"
          columns={columns}
          list={list}
          loading={loading}
          error={error}
          onRetry={badInput ? undefined : () => void refetch()}
          pages={pages}
          emptyText="没有符合条件的退休人员"
          unit="人"
          scroll={{ x: 1080 }}
          onRow={openRow}
        />
      </Panel>
    </PageContainer>
  );
}

export default RetireeListPage;
