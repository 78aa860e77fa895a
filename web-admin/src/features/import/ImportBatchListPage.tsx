import { UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Tag, theme, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import type { ImportBatchFilter, ImportBatchesQuery, ImportKind, ImportStatus } from '../../gql/graphql';
import { CursorTable } from '../../shared/CursorTable';
import { FilterBar, FilterSelect } from '../../shared/FilterBar';
import { formatDateTime } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { pageVariables, useCursorPages } from '../../shared/pagination';
import { Panel } from '../../shared/Panel';
import { Muted } from '../../shared/text';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { useParamFilters } from '../../shared/useParamFilters';
import { useRowLink } from '../../shared/useRowLink';
import { IMPORT_KIND, IMPORT_KIND_OPTIONS, IMPORT_STATUS, IMPORT_STATUS_OPTIONS, IMPORT_CHANNEL_LABEL, formatCount, formatDuration } from './labels';
import { IMPORT_BATCHES_QUERY } from './importQueries';

type Row = ImportBatchesQuery['importBatches']['items'][number];

const KIND_PARAM = 'kind';
const STATUS_PARAM = 'status';

function Count({ value, tone }: { value: number; tone?: 'error' | 'warning' }) {
  const { token } = theme.useToken();
  const color = value > 0 && tone === 'error' ? token.colorError : value > 0 && tone === 'warning' ? token.colorWarningText : undefined;
  return <span style={{ color, fontVariantNumeric: 'tabular-nums' }}>{formatCount(value)}</span>;
}

/** 导入批次：接口推送和文件上传的每一批数据，最新的在前。 */
export function ImportBatchListPage() {
  const location = useLocation();
  const pages = useCursorPages();
  const [filters, setFilter] = useParamFilters({ [KIND_PARAM]: IMPORT_KIND_OPTIONS, [STATUS_PARAM]: IMPORT_STATUS_OPTIONS });
  const kind = filters[KIND_PARAM];
  const status = filters[STATUS_PARAM] as ImportStatus | undefined;

  const variables = useMemo(() => {
    const filter: ImportBatchFilter = {};
    if (kind) filter.kind = kind;
    if (status) filter.status = status;
    return pageVariables(filter, pages);
  }, [kind, status, pages.pageSize, pages.after]);

  const committedVariables = useCommittedVariables(variables);
  const { data, previousData, loading, error, refetch } = useQuery(IMPORT_BATCHES_QUERY, { variables: committedVariables, notifyOnNetworkStatusChange: true });
  const list = error ? undefined : (data ?? previousData)?.importBatches;

  const detailState = { fromList: `${location.pathname}${location.search}` };
  const detailPath = (r: Row) => `/imports/${r.id}`;
  const openRow = useRowLink(detailPath, detailState);
  const columns: TableColumnsType<Row> = [
    {
      title: '批次号',
      dataIndex: 'id',
      width: 80,
      fixed: 'left',
      render: (id: string, r) => (
        <Link to={detailPath(r)} state={detailState} aria-label={`批次 ${id}`}>
          #{id}
        </Link>
      ),
    },
    { title: '数据类型', dataIndex: 'kind', width: 140, render: (k: ImportKind) => IMPORT_KIND[k]?.label ?? k },
    { title: '方式', dataIndex: 'channel', width: 60, render: (c: string) => IMPORT_CHANNEL_LABEL[c] ?? c },
    { title: '文件名', dataIndex: 'fileName', width: 180, ellipsis: true, render: (v: string | null) => v ?? <Muted>—</Muted> },
    { title: '状态', dataIndex: 'status', width: 100, render: (s: string) => <Tag color={IMPORT_STATUS[s]?.color}>{IMPORT_STATUS[s]?.label ?? s}</Tag> },
    {
      title: '行数',
      children: [
        { title: '收到', dataIndex: 'received', width: 68, align: 'right', render: (v: number) => <Count value={v} /> },
        { title: '新增', dataIndex: 'inserted', width: 68, align: 'right', render: (v: number) => <Count value={v} /> },
        { title: '更新', dataIndex: 'updated', width: 68, align: 'right', render: (v: number) => <Count value={v} /> },
        { title: '无变化', dataIndex: 'unchanged', width: 68, align: 'right', render: (v: number) => <Count value={v} /> },
        { title: '拒收', dataIndex: 'rejected', width: 68, align: 'right', render: (v: number) => <Count value={v} tone="error" /> },
        { title: '提示', dataIndex: 'warnings', width: 68, align: 'right', render: (v: number) => <Count value={v} tone="warning" /> },
      ],
    },
    { title: '提交人', dataIndex: 'submittedBy', width: 100, ellipsis: true },
    { title: '时间', dataIndex: 'createdAt', width: 140, render: (v: string) => formatDateTime(v) },
    { title: '耗时', dataIndex: 'durationMs', width: 84, align: 'right', render: (v: number | null) => formatDuration(v) },
  ];

  return (
    <PageContainer
      title="导入批次"
      subTitle="省集中系统、部门共享数据和发放明细的每一批接入"
      extra={
        <Link to="/imports/upload">
          <Button type="primary" icon={<UploadOutlined />}>
            上传文件
          </Button>
        </Link>
      }
    >
      <Panel>
        <FilterBar>
          <FilterSelect label="数据类型" placeholder="全部数据类型" value={kind} onChange={(v) => setFilter(KIND_PARAM, v)} options={IMPORT_KIND_OPTIONS} width={200} />
          <FilterSelect label="状态" placeholder="全部状态" value={status} onChange={(v) => setFilter(STATUS_PARAM, v)} options={IMPORT_STATUS_OPTIONS} width={160} />
        </FilterBar>
        <CursorTable<Row>
          rowKey="id"
          columns={columns}
          list={list}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          pages={pages}
          emptyText={kind || status ? '没有符合条件的导入批次' : '还没有导入过数据'}
          unit="批"
          bordered
          scroll={{ x: 1290 }}
          onRow={openRow}
        />
      </Panel>
    </PageContainer>
  );
}

export default ImportBatchListPage;
