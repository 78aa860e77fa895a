import { useQuery } from '@apollo/client/react';
import { Flex, Tag, type TableColumnsType } from 'antd';
import { useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CertificationListFilter, CertificationsQuery, CertificationStatus } from '../../gql/graphql';
import { AREA_PARAM, useArea, withArea } from '../../shared/area/useArea';
import { CursorTable } from '../../shared/CursorTable';
import { FilterBar, FilterSegmented, FilterSelect } from '../../shared/FilterBar';
import { formatDate } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { keptListParams, pageVariables, useCursorPages } from '../../shared/pagination';
import { Panel } from '../../shared/Panel';
import { Muted } from '../../shared/text';
import { UnitCell } from '../../shared/UnitCell';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { useParamFilters } from '../../shared/useParamFilters';
import { CertificationAreaTable, type CertificationSlice } from './CertificationAreaTable';
import { CERTIFICATION_BY_AREA_QUERY, CERTIFICATION_SUMMARY_QUERY, CERTIFICATIONS_QUERY } from './certificationQueries';
import { CertificationSummaryPanel } from './CertificationSummaryPanel';
import { EvidenceCell } from './Evidence';
import { CERT_METHOD, CERT_METHOD_OPTIONS, CERT_STATUS, CERT_STATUS_OPTIONS, formatScore } from './labels';

type Row = CertificationsQuery['certifications']['items'][number];

const STATUS_PARAM = 'status';
const METHOD_PARAM = 'method';
/** The list shows one status at a time; without one in the URL, the people whose certification has lapsed. */
const DEFAULT_STATUS: CertificationStatus = 'EXPIRED';

/** 最近认证: how and when; the score of a passive certification. */
function LastCertification({ row }: { row: Row }) {
  if (!row.method) return <Muted>—</Muted>;
  return (
    <Flex vertical>
      <span>{CERT_METHOD[row.method] ?? row.method}</span>
      <Muted style={{ fontSize: 12 }}>
        {formatDate(row.certifiedOn)}
        {row.method === 'PASSIVE' && row.score != null && ` · 得分 ${formatScore(row.score)}`}
      </Muted>
    </Flex>
  );
}

/** 生存认证：管辖区域内正常发放人员的认证情况（概况、各区域、按状态的人员名单，最先到期的在前）。 */
export function CertificationPage() {
  const [orgId, setArea] = useArea();
  const [, setParams] = useSearchParams();
  const pages = useCursorPages();
  const listRef = useRef<HTMLDivElement>(null);
  const [filters, setFilter] = useParamFilters({ [STATUS_PARAM]: CERT_STATUS_OPTIONS, [METHOD_PARAM]: CERT_METHOD_OPTIONS });
  const status = filters[STATUS_PARAM] ?? DEFAULT_STATUS;
  // Nobody who never certified has a method to filter by.
  const method = status === 'NEVER' ? undefined : filters[METHOD_PARAM];

  const areaVariables = useCommittedVariables(useMemo(() => (orgId ? { orgUnitId: orgId } : {}), [orgId]));
  const summary = useQuery(CERTIFICATION_SUMMARY_QUERY, { variables: areaVariables, notifyOnNetworkStatusChange: true });
  const byArea = useQuery(CERTIFICATION_BY_AREA_QUERY, { variables: areaVariables, notifyOnNetworkStatusChange: true });

  const variables = useMemo(() => {
    const filter: CertificationListFilter = { status };
    if (method) filter.method = method;
    if (orgId) filter.orgUnitId = orgId;
    return pageVariables(filter, pages);
  }, [status, method, orgId, pages.pageSize, pages.after]);
  const committedVariables = useCommittedVariables(variables);
  const { data, previousData, loading, error, refetch } = useQuery(CERTIFICATIONS_QUERY, { variables: committedVariables, notifyOnNetworkStatusChange: true });
  const list = error ? undefined : (data ?? previousData)?.certifications;
  const summaryData = summary.error ? undefined : (summary.data ?? summary.previousData)?.certificationSummary;
  const areaRows = byArea.error ? undefined : (byArea.data ?? byArea.previousData)?.certificationByArea;

  /** A count of the area table: that unit's people of that status (and method), in the list below. */
  const openList = (unitId: string, slice: CertificationSlice) => {
    setParams((prev) => {
      const out = keptListParams(prev);
      out.set(AREA_PARAM, unitId);
      out.set(STATUS_PARAM, slice.status);
      if (slice.method) out.set(METHOD_PARAM, slice.method);
      return out;
    });
    listRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  };

  const columns: TableColumnsType<Row> = [
    {
      title: '姓名',
      key: 'name',
      width: 100,
      render: (_, r) => (r.retiree ? <Link to={withArea(`/retirees/${r.retiree.id}`, orgId)}>{r.retiree.name}</Link> : <Muted>—</Muted>),
    },
    { title: '年龄', key: 'age', width: 70, render: (_, r) => (r.retiree ? `${r.retiree.age} 岁` : '—') },
    { title: '社区', key: 'community', width: 140, render: (_, r) => <UnitCell community={r.retiree?.community} township={r.retiree?.township} /> },
    { title: '认证状态', dataIndex: 'status', width: 120, render: (s: Row['status']) => <Tag color={CERT_STATUS[s]?.color}>{CERT_STATUS[s]?.label ?? s}</Tag> },
    { title: '有效期至', dataIndex: 'validUntil', width: 110, render: (v: string | null) => (v ? formatDate(v) : <Muted>—</Muted>) },
    { title: '最近认证', key: 'last', width: 130, render: (_, r) => <LastCertification row={r} /> },
    {
      title: '认证依据',
      key: 'evidence',
      render: (_, r) =>
        r.blockedReason ? (
          <Flex vertical gap={4}>
            <span>{r.blockedReason}</span>
            <EvidenceCell evidence={r.evidence} />
          </Flex>
        ) : (
          <EvidenceCell evidence={r.evidence} />
        ),
    },
  ];

  const statusLabel = CERT_STATUS[status].label;
  return (
    <PageContainer title="生存认证" subTitle="正常发放人员的待遇领取资格认证：共享数据无感认证、刷脸认证、社区上门认证">
      <CertificationSummaryPanel summary={summaryData} loading={summary.loading} error={summary.error} onRetry={() => void summary.refetch()} />
      <Panel title="各区域认证情况" style={{ marginBottom: 16 }}>
        <CertificationAreaTable
          rows={areaRows}
          loading={byArea.loading && !areaRows}
          error={byArea.error}
          onRetry={() => void byArea.refetch()}
          areaId={orgId}
          onOpenUnit={(id) => setArea(id)}
          onOpenList={openList}
        />
      </Panel>
      <div ref={listRef} style={{ scrollMarginTop: 80 }}>
        <Panel title="人员名单" extra={<Muted>最先到期的在前</Muted>}>
          <FilterBar>
            <FilterSegmented label="认证状态" value={status} options={CERT_STATUS_OPTIONS} onChange={(v) => setFilter(STATUS_PARAM, v)} />
            {status !== 'NEVER' && (
              <FilterSelect label="认证方式" placeholder="全部认证方式" value={method} onChange={(v) => setFilter(METHOD_PARAM, v)} options={CERT_METHOD_OPTIONS} width={160} />
            )}
          </FilterBar>
          <CursorTable<Row>
            rowKey={(r) => r.retiree?.id ?? `${r.status}-${r.validUntil}`}
            columns={columns}
            list={list}
            loading={loading}
            error={error}
            onRetry={() => void refetch()}
            pages={pages}
            emptyText={method ? `没有最近一次为${CERT_METHOD[method]}的${statusLabel}人员` : `没有认证状态为“${statusLabel}”的人员`}
            unit="人"
            scroll={{ x: 1000 }}
          />
        </Panel>
      </div>
    </PageContainer>
  );
}

export default CertificationPage;
