import { useQuery } from '@apollo/client/react';
import { Tag, theme, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import type { PaymentSuspensionFilter, PaymentSuspensionsQuery, SuspensionStatus } from '../../gql/graphql';
import { useArea, withArea } from '../../shared/area/useArea';
import { CursorTable } from '../../shared/CursorTable';
import { FilterBar, FilterSegmented } from '../../shared/FilterBar';
import { formatDate, formatDateTime, formatMoney } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { pageVariables, useCursorPages } from '../../shared/pagination';
import { Panel } from '../../shared/Panel';
import { StatGrid, type Stat } from '../../shared/StatGrid';
import { QueryErrorAlert } from '../../shared/states';
import { Muted } from '../../shared/text';
import { UnitCell } from '../../shared/UnitCell';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { useParamFilters } from '../../shared/useParamFilters';
import { useRowLink } from '../../shared/useRowLink';
import { formatCount } from '../import/labels';
import { ALL_STATUSES, SUSPENSION_STATUS, SUSPENSION_STATUS_OPTIONS } from './labels';
import { PAYMENT_SUSPENSIONS_QUERY, SUSPENSION_SUMMARY_QUERY } from './suspensionQueries';

type Row = PaymentSuspensionsQuery['paymentSuspensions']['items'][number];

const STATUS_PARAM = 'status';

/** 暂停 / 恢复: from which month payment stopped, and from which it resumed. */
function PaymentPeriods({ row }: { row: Row }) {
  if (row.status === 'RESTORED') return <span>自 {row.resumePeriod ?? '—'} 起恢复，补发 {formatMoney(row.backPayAmount)}</span>;
  if (row.fromPeriod) return <span>自 {row.fromPeriod} 起暂停</span>;
  return <Muted>—</Muted>;
}

/** 暂停发放：生存认证过期的正常发放人员，先通知本人，镇街或市局决定是否暂停；本人认证后自动恢复并补发。 */
export function PaymentSuspensionListPage() {
  const { token } = theme.useToken();
  const location = useLocation();
  const [orgId] = useArea();
  const pages = useCursorPages();
  const [filters, setFilter] = useParamFilters({ [STATUS_PARAM]: SUSPENSION_STATUS_OPTIONS });
  const choice = filters[STATUS_PARAM] ?? 'PROPOSED';

  const summaryVariables = useCommittedVariables(useMemo(() => (orgId ? { orgUnitId: orgId } : {}), [orgId]));
  const summary = useQuery(SUSPENSION_SUMMARY_QUERY, { variables: summaryVariables, notifyOnNetworkStatusChange: true });
  const totals = summary.error ? undefined : (summary.data ?? summary.previousData)?.suspensionSummary;

  const variables = useMemo(() => {
    const filter: PaymentSuspensionFilter = {};
    if (choice !== ALL_STATUSES) filter.statuses = [choice as SuspensionStatus];
    if (orgId) filter.orgUnitId = orgId;
    return pageVariables(filter, pages);
  }, [choice, orgId, pages.pageSize, pages.after]);
  const committedVariables = useCommittedVariables(variables);
  const { data, previousData, loading, error, refetch } = useQuery(PAYMENT_SUSPENSIONS_QUERY, { variables: committedVariables, notifyOnNetworkStatusChange: true });
  const list = error ? undefined : (data ?? previousData)?.paymentSuspensions;

  const figure = (n: number | undefined) => (n === undefined ? undefined : formatCount(n));
  const stats: Stat[] = [
    { key: 'proposed', title: '拟暂停，待决定', value: figure(totals?.proposed), suffix: '人', color: token.colorWarning },
    { key: 'suspended', title: '已暂停', value: figure(totals?.suspended), suffix: '人', color: token.colorError },
    { key: 'restored', title: '已恢复发放', value: figure(totals?.restored), suffix: '人', color: token.colorSuccess },
    { key: 'withdrawn', title: '未暂停', value: figure(totals?.withdrawn), suffix: '人' },
    { key: 'backPay', title: '补发金额合计', value: totals ? formatMoney(totals.backPayAmount) : undefined },
  ];

  const detailState = { fromList: `${location.pathname}${location.search}` };
  const detailPath = (r: Row) => withArea(`/payment-suspensions/${r.id}`, orgId);
  const openRow = useRowLink(detailPath, detailState);
  const columns: TableColumnsType<Row> = [
    {
      title: '人员',
      key: 'retiree',
      width: 100,
      render: (_, r) => (r.retiree ? <Link to={withArea(`/retirees/${r.retiree.id}`, orgId)}>{r.retiree.name}</Link> : <Muted>—</Muted>),
    },
    { title: '社区', key: 'community', width: 140, render: (_, r) => <UnitCell community={r.retiree?.community} township={r.retiree?.township} /> },
    { title: '情况', dataIndex: 'summary' },
    { title: '认证到期', dataIndex: 'lapsedOn', width: 110, render: (v: string) => formatDate(v) },
    { title: '通知本人', dataIndex: 'noticedOn', width: 110, render: (v: string | null) => (v ? formatDate(v) : <Muted>—</Muted>) },
    { title: '状态', dataIndex: 'status', width: 110, render: (s: Row['status']) => <Tag color={SUSPENSION_STATUS[s]?.color}>{SUSPENSION_STATUS[s]?.label ?? s}</Tag> },
    { title: '发放', key: 'periods', width: 190, render: (_, r) => <PaymentPeriods row={r} /> },
    { title: '提出时间', dataIndex: 'proposedAt', width: 140, render: (v: string) => formatDateTime(v) },
    {
      title: '操作',
      key: 'open',
      width: 80,
      fixed: 'right',
      render: (_, r) => (
        <Link to={detailPath(r)} state={detailState} aria-label={`查看${r.retiree?.name ?? ''}的暂停发放 #${r.id}`}>
          查看
        </Link>
      ),
    },
  ];

  const choiceLabel = choice === ALL_STATUSES ? '' : `“${SUSPENSION_STATUS[choice as SuspensionStatus].label}”的`;
  return (
    <PageContainer title="暂停发放" subTitle="生存认证过期且已通知本人的，由镇街或市局决定是否暂停发放；本人完成认证后自动恢复，并补发暂停期间的养老金">
      <Panel title="暂停发放概况" style={{ marginBottom: 16 }}>
        {summary.error && <QueryErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />}
        <StatGrid label="暂停发放汇总" stats={stats} loading={summary.loading && !totals} />
      </Panel>
      <Panel>
        <FilterBar>
          <FilterSegmented label="处理状态" value={choice} options={SUSPENSION_STATUS_OPTIONS} onChange={(v) => setFilter(STATUS_PARAM, v)} />
        </FilterBar>
        <CursorTable<Row>
          rowKey="id"
          columns={columns}
          list={list}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          pages={pages}
          emptyText={orgId ? `该区域没有${choiceLabel}暂停发放` : `没有${choiceLabel}暂停发放`}
          unit="人"
          scroll={{ x: 1200 }}
          onRow={openRow}
        />
      </Panel>
    </PageContainer>
  );
}

export default PaymentSuspensionListPage;
