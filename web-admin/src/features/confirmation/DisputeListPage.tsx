import { useQuery } from '@apollo/client/react';
import { Button, Flex, Radio, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { graphql } from '../../gql';
import type { DisputeFilter, DisputeStatus, InfoDisputesQuery } from '../../gql/graphql';
import { useArea, withArea } from '../../shared/area/useArea';
import { formatDateTime } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { useCursorPages, pageVariables, keptListParams } from '../../shared/pagination';
import { CursorTable } from '../../shared/CursorTable';
import { Panel } from '../../shared/Panel';
import { MONOSPACE } from '../../shared/text';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { DISPUTE_STATUS } from './labels';
import { ResolveDisputeDialog } from './ResolveDisputeDialog';

export const INFO_DISPUTES_QUERY = graphql(`
  query InfoDisputes($filter: DisputeFilter, $limit: Int, $after: String) {
    infoDisputes(filter: $filter, limit: $limit, after: $after) {
      total
      nextCursor
      items {
        id
        field
        label
        sentValue
        comment
        proposedValue
        correctable
        status
        createdAt
        resolutionNote
        resolvedAt
        resolvedByName
        retiree {
          id
          name
          community {
            id
            name
          }
        }
      }
    }
  }
`);

type Row = InfoDisputesQuery['infoDisputes']['items'][number];

const STATUS_PARAM = 'status';
const STATUS_VALUES: DisputeStatus[] = ['OPEN', 'CORRECTED', 'EXPLAINED'];
/** `?status=` absent → 待处理; `ALL` → every status. */
const STATUS_OPTIONS = [...STATUS_VALUES.map((value) => ({ value, label: DISPUTE_STATUS[value]!.label })), { value: 'ALL', label: '全部' }];

export function DisputeListPage() {
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const [orgId] = useArea();
  const pages = useCursorPages();
  const [resolving, setResolving] = useState<Row | null>(null);

  const statusParam = params.get(STATUS_PARAM);
  const status: DisputeStatus | 'ALL' = statusParam === 'ALL' || STATUS_VALUES.includes(statusParam as DisputeStatus) ? (statusParam as DisputeStatus | 'ALL') : 'OPEN';

  const variables = useMemo(() => {
    const filter: DisputeFilter = {};
    if (status !== 'ALL') filter.status = [status];
    if (orgId) filter.orgUnitId = orgId;
    return pageVariables(filter, pages);
  }, [status, orgId, pages.pageSize, pages.after]);

  const committedVariables = useCommittedVariables(variables);
  const { data, previousData, loading, error, refetch } = useQuery(INFO_DISPUTES_QUERY, { variables: committedVariables, notifyOnNetworkStatusChange: true });
  const list = error ? undefined : (data ?? previousData)?.infoDisputes;

  const setStatus = (next: string) =>
    setParams((prev) => {
      const out = keptListParams(prev);
      if (next !== 'OPEN') out.set(STATUS_PARAM, next);
      return out;
    });

  const columns: TableColumnsType<Row> = [
    { title: '提出时间', dataIndex: 'createdAt', width: 130, render: (v: string) => formatDateTime(v) },
    {
      title: '退休人员',
      key: 'retiree',
      width: 120,
      render: (_, r) =>
        r.retiree ? (
          <Flex vertical>
            <Link to={withArea(`/retirees/${r.retiree.id}`, orgId)}>{r.retiree.name}</Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.retiree.community?.name ?? '待分配社区'}
            </Typography.Text>
          </Flex>
        ) : (
          '—'
        ),
    },
    { title: '信息项', dataIndex: 'label', width: 100 },
    { title: '原值', dataIndex: 'sentValue', width: 140, render: (v: string | null) => <span style={MONOSPACE}>{v ?? '—'}</span> },
    { title: '本人说明', dataIndex: 'comment', ellipsis: { showTitle: false }, render: (v: string | null) => (v ? <Tooltip title={v}>{v}</Tooltip> : '—') },
    { title: '本人提出的正确内容', dataIndex: 'proposedValue', width: 150, render: (v: string | null) => <span style={MONOSPACE}>{v ?? '—'}</span> },
    {
      title: '状态',
      dataIndex: 'status',
      width: 84,
      render: (v: string) => <Tag color={DISPUTE_STATUS[v]?.color}>{DISPUTE_STATUS[v]?.label ?? v}</Tag>,
    },
    {
      title: '处理',
      key: 'actions',
      width: 140,
      fixed: 'right',
      render: (_, r) => {
        if (r.status !== 'OPEN') {
          return (
            <Tooltip title={r.resolutionNote ? `处理说明：${r.resolutionNote}` : undefined}>
              <Flex vertical>
                <span>{r.resolvedByName ?? '—'}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(r.resolvedAt)}
                </Typography.Text>
              </Flex>
            </Tooltip>
          );
        }
        return can('retiree:write') ? (
          <Button type="primary" size="small" onClick={() => setResolving(r)} aria-label={`处理 ${r.retiree?.name ?? ''} 的「${r.label}」异议`}>
            处理
          </Button>
        ) : (
          <Typography.Text type="secondary">待社区处理</Typography.Text>
        );
      },
    },
  ];

  return (
    <PageContainer title="信息确认异议" subTitle="退休人员在信息确认中提出的问题，按提出时间先后">
      <Panel style={{ marginBottom: 16 }}>
        <Flex align="center" gap={12} wrap>
          <span id="dispute-status-label">处理状态</span>
          <Radio.Group aria-labelledby="dispute-status-label" optionType="button" value={status} options={STATUS_OPTIONS} onChange={(e) => setStatus(String(e.target.value))} />
        </Flex>
      </Panel>
      <Panel>
        <CursorTable<Row>
          rowKey="id"
          columns={columns}
          list={list}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          pages={pages}
          emptyText={status === 'OPEN' ? '没有待处理的异议' : '没有符合条件的异议'}
          unit="条异议"
          scroll={{ x: 1040 }}
        />
      </Panel>
      {resolving && (
        <ResolveDisputeDialog
          key={resolving.id}
          dispute={resolving}
          onClose={() => setResolving(null)}
          onResolved={() => setResolving(null)}
          onConflict={() => {
            setResolving(null);
            void refetch();
          }}
        />
      )}
    </PageContainer>
  );
}

export default DisputeListPage;
