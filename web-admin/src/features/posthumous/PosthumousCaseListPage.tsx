import { useQuery } from '@apollo/client/react';
import { Flex, Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import type { PosthumousCaseFilter, PosthumousCasesQuery } from '../../gql/graphql';
import { useArea, withArea } from '../../shared/area/useArea';
import { CursorTable } from '../../shared/CursorTable';
import { FilterBar, FilterSelect } from '../../shared/FilterBar';
import { formatDate, formatDateTime } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { pageVariables, useCursorPages } from '../../shared/pagination';
import { Panel } from '../../shared/Panel';
import { Muted } from '../../shared/text';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { useParamFilters } from '../../shared/useParamFilters';
import { useRowLink } from '../../shared/useRowLink';
import { CaseProgress } from './CaseProgress';
import { CASE_STATUS, CASE_STATUS_OPTIONS } from './labels';
import { POSTHUMOUS_CASES_QUERY } from './posthumousQueries';

type Row = PosthumousCasesQuery['posthumousCases']['items'][number];

const STATUS_PARAM = 'status';

/** 身后一件事：确认死亡后启动的跨部门联办事项，管辖区域内最新的在前。 */
export function PosthumousCaseListPage() {
  const location = useLocation();
  const [orgId] = useArea();
  const pages = useCursorPages();
  const [filters, setFilter] = useParamFilters({ [STATUS_PARAM]: CASE_STATUS_OPTIONS });
  const status = filters[STATUS_PARAM];

  const variables = useMemo(() => {
    const filter: PosthumousCaseFilter = {};
    if (status) filter.status = status;
    if (orgId) filter.orgUnitId = orgId;
    return pageVariables(filter, pages);
  }, [status, orgId, pages.pageSize, pages.after]);
  const committedVariables = useCommittedVariables(variables);
  const { data, previousData, loading, error, refetch } = useQuery(POSTHUMOUS_CASES_QUERY, { variables: committedVariables, notifyOnNetworkStatusChange: true });
  const list = error ? undefined : (data ?? previousData)?.posthumousCases;

  const detailState = { fromList: `${location.pathname}${location.search}` };
  const detailPath = (r: Row) => withArea(`/posthumous-cases/${r.id}`, orgId);
  const openRow = useRowLink(detailPath, detailState);
  const columns: TableColumnsType<Row> = [
    {
      title: '逝者',
      key: 'retiree',
      width: 100,
      render: (_, r) => (r.retiree ? <Link to={withArea(`/retirees/${r.retiree.id}`, orgId)}>{r.retiree.name}</Link> : <Muted>—</Muted>),
    },
    { title: '社区', key: 'community', width: 140, render: (_, r) => r.retiree?.community?.name ?? <Tag color="warning">待分配社区</Tag> },
    { title: '死亡日期', dataIndex: 'deathDate', width: 110, render: (v: string) => formatDate(v) },
    { title: '进度', key: 'progress', width: 130, render: (_, r) => <CaseProgress items={r.items} /> },
    {
      title: '近亲属通知',
      key: 'notified',
      render: (_, r) =>
        r.notifiedAt ? (
          <Flex vertical>
            <span>{r.notifiedRelative ?? '近亲属'}</span>
            <Muted style={{ fontSize: 12 }}>短信 · {formatDateTime(r.notifiedAt)}</Muted>
          </Flex>
        ) : (
          <Tag color="warning">未能短信通知</Tag>
        ),
    },
    { title: '状态', dataIndex: 'status', width: 90, render: (s: Row['status']) => <Tag color={CASE_STATUS[s]?.color}>{CASE_STATUS[s]?.label ?? s}</Tag> },
    { title: '启动时间', dataIndex: 'openedAt', width: 140, render: (v: string) => formatDateTime(v) },
    {
      title: '操作',
      key: 'open',
      width: 80,
      fixed: 'right',
      render: (_, r) => (
        <Link to={detailPath(r)} state={detailState} aria-label={`查看${r.retiree?.name ?? ''}的身后一件事`}>
          查看
        </Link>
      ),
    },
  ];

  return (
    <PageContainer title="身后一件事" subTitle="确认死亡后，户口注销、火化证明、丧葬补助金和抚恤金、个人账户余额退还等五个事项推送各部门联办，并短信通知近亲属">
      <Panel>
        <FilterBar>
          <FilterSelect label="办理状态" placeholder="全部状态" value={status} onChange={(v) => setFilter(STATUS_PARAM, v)} options={CASE_STATUS_OPTIONS} width={160} />
        </FilterBar>
        <CursorTable<Row>
          rowKey="id"
          columns={columns}
          list={list}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          pages={pages}
          emptyText={status ? '没有符合条件的身后一件事' : orgId ? '该区域没有身后一件事' : '没有身后一件事'}
          unit="件"
          scroll={{ x: 1000 }}
          onRow={openRow}
        />
      </Panel>
    </PageContainer>
  );
}

export default PosthumousCaseListPage;
