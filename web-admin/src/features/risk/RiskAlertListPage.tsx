import { ScanOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useAuth } from '../../app/auth';
import type { RiskAlertFilter, RiskAlertsQuery, RiskScanResult } from '../../gql/graphql';
import { useArea, withArea } from '../../shared/area/useArea';
import { CursorTable } from '../../shared/CursorTable';
import { errorMessage } from '../../shared/errors';
import { FilterBar, FilterSelect } from '../../shared/FilterBar';
import { formatDateTime, formatMoney } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { pageVariables, useCursorPages } from '../../shared/pagination';
import { Panel } from '../../shared/Panel';
import { Muted } from '../../shared/text';
import { UnitCell } from '../../shared/UnitCell';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { useParamFilters } from '../../shared/useParamFilters';
import { useRowLink } from '../../shared/useRowLink';
import { formatCount, formatDuration } from '../import/labels';
import { RISK_KIND, RISK_KIND_OPTIONS, RISK_STATUS, RISK_STATUS_OPTIONS } from './labels';
import { forgetRiskLists } from './riskCache';
import { RISK_ALERTS_QUERY, RISK_SUMMARY_QUERY, RUN_RISK_SCAN } from './riskQueries';
import { RiskSummaryPanel } from './RiskSummaryPanel';

type Row = RiskAlertsQuery['riskAlerts']['items'][number];

const KIND_PARAM = 'kind';
const STATUS_PARAM = 'status';

/** 立即扫描 (the bureau): the whole city now; imports and the nightly job run the same scan. */
function ScanButton({ onScanned }: { onScanned: (result: RiskScanResult) => void }) {
  const { message } = App.useApp();
  const [scan, { loading }] = useMutation(RUN_RISK_SCAN, { update: (cache) => forgetRiskLists(cache) });
  const run = async () => {
    try {
      const { data } = await scan();
      if (data) onScanned(data.runRiskScan);
    } catch (e) {
      message.error(`扫描失败：${errorMessage(e as Error)}`);
    }
  };
  return (
    <Button type="primary" icon={<ScanOutlined />} loading={loading} onClick={() => void run()}>
      立即扫描
    </Button>
  );
}

/** 基金风险预警：按类型的看板，和管辖区域内的预警列表（最新的在前）。 */
export function RiskAlertListPage() {
  const { can } = useAuth();
  const location = useLocation();
  const [orgId] = useArea();
  const pages = useCursorPages();
  const [scanned, setScanned] = useState<RiskScanResult | null>(null);
  const [filters, setFilter] = useParamFilters({ [KIND_PARAM]: RISK_KIND_OPTIONS, [STATUS_PARAM]: RISK_STATUS_OPTIONS });
  const kind = filters[KIND_PARAM];
  const status = filters[STATUS_PARAM];

  const summaryVariables = useCommittedVariables(useMemo(() => (orgId ? { orgUnitId: orgId } : {}), [orgId]));
  const summary = useQuery(RISK_SUMMARY_QUERY, { variables: summaryVariables, notifyOnNetworkStatusChange: true });

  const variables = useMemo(() => {
    const filter: RiskAlertFilter = {};
    if (kind) filter.kinds = [kind];
    if (status) filter.statuses = [status];
    if (orgId) filter.orgUnitId = orgId;
    return pageVariables(filter, pages);
  }, [kind, status, orgId, pages.pageSize, pages.after]);
  const committedVariables = useCommittedVariables(variables);
  const { data, previousData, loading, error, refetch } = useQuery(RISK_ALERTS_QUERY, { variables: committedVariables, notifyOnNetworkStatusChange: true });
  const list = error ? undefined : (data ?? previousData)?.riskAlerts;
  const summaryRows = summary.error ? undefined : (summary.data ?? summary.previousData)?.riskSummary;

  const detailState = { fromList: `${location.pathname}${location.search}` };
  const detailPath = (r: Row) => withArea(`/risk-alerts/${r.id}`, orgId);
  const openRow = useRowLink(detailPath, detailState);
  const columns: TableColumnsType<Row> = [
    { title: '预警类型', dataIndex: 'kind', width: 150, render: (k: Row['kind']) => <Tag color={RISK_KIND[k]?.color}>{RISK_KIND[k]?.label ?? k}</Tag> },
    {
      title: '人员',
      key: 'retiree',
      width: 100,
      render: (_, r) => (r.retiree ? <Link to={withArea(`/retirees/${r.retiree.id}`, orgId)}>{r.retiree.name}</Link> : <Muted>—</Muted>),
    },
    {
      title: '社区',
      key: 'community',
      width: 150,
      render: (_, r) => <UnitCell community={r.retiree?.community} township={r.retiree?.township} />,
    },
    { title: '摘要', dataIndex: 'summary' },
    { title: '多发金额', dataIndex: 'overpaidAmount', width: 120, align: 'right', render: (v: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(v)}</span> },
    { title: '状态', dataIndex: 'status', width: 120, render: (s: Row['status']) => <Tag color={RISK_STATUS[s]?.color}>{RISK_STATUS[s]?.label ?? s}</Tag> },
    { title: '发现时间', dataIndex: 'raisedAt', width: 140, render: (v: string) => formatDateTime(v) },
    {
      title: '操作',
      key: 'open',
      width: 80,
      fixed: 'right',
      render: (_, r) => (
        <Link to={detailPath(r)} state={detailState} aria-label={`查看预警 #${r.id}`}>
          查看
        </Link>
      ),
    },
  ];

  return (
    <PageContainer
      title="基金风险预警"
      subTitle="共享数据、发放明细比对发现的疑似多发：社区核实，镇街或市局确认后停发、追回"
      extra={can('risk:scan') && <ScanButton onScanned={setScanned} />}
    >
      {scanned && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setScanned(null) }}
          title={`扫描完成：新增 ${formatCount(scanned.raised)} 条，更新 ${formatCount(scanned.refreshed)} 条`}
          description={`全市扫描用时 ${formatDuration(scanned.durationMs)}；新增的预警已派发所在社区核实。`}
          style={{ marginBottom: 16 }}
        />
      )}
      <RiskSummaryPanel rows={summaryRows} loading={summary.loading} error={summary.error} onRetry={() => void summary.refetch()} />
      <Panel title="预警列表">
        <FilterBar>
          <FilterSelect label="预警类型" placeholder="全部预警类型" value={kind} onChange={(v) => setFilter(KIND_PARAM, v)} options={RISK_KIND_OPTIONS} width={180} />
          <FilterSelect label="处理状态" placeholder="全部状态" value={status} onChange={(v) => setFilter(STATUS_PARAM, v)} options={RISK_STATUS_OPTIONS} width={160} />
        </FilterBar>
        <CursorTable<Row>
          rowKey="id"
          columns={columns}
          list={list}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          pages={pages}
          emptyText={kind || status ? '没有符合条件的预警' : orgId ? '该区域没有基金风险预警' : '没有基金风险预警'}
          unit="条预警"
          scroll={{ x: 1080 }}
          onRow={openRow}
        />
      </Panel>
    </PageContainer>
  );
}

export default RiskAlertListPage;
