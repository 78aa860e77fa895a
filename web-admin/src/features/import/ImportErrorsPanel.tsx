import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Tabs, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { ImportBatchErrorsQuery, ImportErrorSeverity } from '../../gql/graphql';
import { CursorTable } from '../../shared/CursorTable';
import { useLocalCursorPages } from '../../shared/pagination';
import { Panel } from '../../shared/Panel';
import { EmptyState } from '../../shared/states';
import { MONOSPACE, Muted } from '../../shared/text';
import { formatCount } from './labels';
import { IMPORT_BATCH_ERRORS_QUERY } from './importQueries';

type Row = ImportBatchErrorsQuery['importBatch']['errors']['items'][number];

const columns: TableColumnsType<Row> = [
  { title: '行号', dataIndex: 'rowNo', width: 80, align: 'right' },
  // The file's column header (the field code if the API has no header for it); none for the whole row.
  { title: '字段', key: 'column', width: 150, render: (_, e) => e.column ?? e.field ?? <Muted>整行</Muted> },
  { title: '说明', dataIndex: 'message' },
  { title: '原始值', dataIndex: 'value', width: 220, ellipsis: true, render: (v: string | null) => (v ? <span style={MONOSPACE}>{v}</span> : <Muted>—</Muted>) },
  { title: '错误代码', dataIndex: 'code', width: 160, render: (c: string) => <Muted style={MONOSPACE}>{c}</Muted> },
];

interface ImportErrorsPanelProps {
  batch: { id: string; rejected: number; warnings: number; errorReportUrl?: string | null };
}

/** 错误与提示: the rejected rows (not imported) and the warnings (imported, worth a look), by row. */
export function ImportErrorsPanel({ batch }: ImportErrorsPanelProps) {
  const [severity, setSeverity] = useState<ImportErrorSeverity>(batch.rejected > 0 || batch.warnings === 0 ? 'ERROR' : 'WARNING');
  const pages = useLocalCursorPages(severity);
  const variables = pages.after ? { id: batch.id, severity, limit: pages.pageSize, after: pages.after } : { id: batch.id, severity, limit: pages.pageSize };
  const { data, previousData, loading, error, refetch } = useQuery(IMPORT_BATCH_ERRORS_QUERY, { variables, notifyOnNetworkStatusChange: true });
  const list = error ? undefined : (data ?? previousData)?.importBatch.errors;

  const none = batch.rejected === 0 && batch.warnings === 0;
  return (
    <Panel
      title="错误与提示"
      extra={
        batch.errorReportUrl && (
          <Button href={batch.errorReportUrl} download icon={<DownloadOutlined />}>
            下载错误报告
          </Button>
        )
      }
      bodyStyle={{ paddingTop: none ? 24 : 8 }}
    >
      {none ? (
        <EmptyState description="所有行都通过了校验，没有错误或提示" />
      ) : (
        <>
          <Tabs
            activeKey={severity}
            onChange={(key) => setSeverity(key as ImportErrorSeverity)}
            items={[
              { key: 'ERROR', label: `拒收（${formatCount(batch.rejected)} 行）` },
              { key: 'WARNING', label: `提示（${formatCount(batch.warnings)} 条）` },
            ]}
          />
          <CursorTable<Row>
            rowKey="id"
            columns={columns}
            list={list}
            loading={loading}
            error={error}
            onRetry={() => void refetch()}
            pages={pages}
            emptyText={severity === 'ERROR' ? '没有拒收的行' : '没有提示'}
            unit="条"
            scroll={{ x: 900 }}
          />
        </>
      )}
    </Panel>
  );
}
