import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Descriptions, Flex, Popconfirm, Table, Tag, type DescriptionsProps, type TableColumnsType } from 'antd';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { ImportBatchFieldsFragment } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { PageSkeleton } from '../../shared/PageSkeleton';
import { Panel } from '../../shared/Panel';
import { NotFoundResult, QueryErrorResult } from '../../shared/results';
import { EmptyState } from '../../shared/states';
import { Muted } from '../../shared/text';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { forgetImportedData } from './importCache';
import { ImportErrorsPanel } from './ImportErrorsPanel';
import { COMMIT_IMPORT_BATCH, DISCARD_IMPORT_BATCH, IMPORT_BATCH_QUERY } from './importQueries';
import { CHANGE_ACTION, formatCount, formatDuration, IMPORT_CHANNEL_LABEL, IMPORT_KIND, IMPORT_STATUS, type OutcomeKey } from './labels';

type Batch = ImportBatchFieldsFragment;
type Change = Batch['changeSample'][number];

const changeColumns: TableColumnsType<Change> = [
  { title: '行号', dataIndex: 'rowNo', width: 80, align: 'right' },
  { title: '变更', dataIndex: 'action', width: 80, render: (a: string) => <Tag color={CHANGE_ACTION[a]?.color}>{CHANGE_ACTION[a]?.label ?? a}</Tag> },
  { title: '对象', dataIndex: 'subject', width: 260 },
  { title: '变化内容', dataIndex: 'summary' },
];

/** "新增 3、更新 12、无变化 980，拒收 5 行" */
function countsLine(b: Batch): string {
  return `新增 ${formatCount(b.inserted)}、更新 ${formatCount(b.updated)}、无变化 ${formatCount(b.unchanged)}，拒收 ${formatCount(b.rejected)} 行`;
}

/** What the rows of a preview would become, by feed: the unit counted and the wording of each outcome. */
const OUTCOME_WORDING: Partial<Record<Batch['kind'], { unit: string; parts: readonly { key: OutcomeKey; text: string }[] }>> = {
  RETIREES: {
    unit: '人',
    parts: [
      { key: 'placedInCommunity', text: '按地址自动纳入社区' },
      { key: 'awaitingPlacement', text: '交镇街分配' },
    ],
  },
  LIFE_EVENTS: {
    unit: '条',
    parts: [
      { key: 'matched', text: '按身份证号码匹配到退休人员' },
      { key: 'pendingReview', text: '需人工核对' },
      { key: 'unmatched', text: '在本市退休人员中查无此人' },
    ],
  },
};

/**
 * What a preview predicts for its new rows: "将新增 851 人，其中 698 人按地址自动纳入社区，153 人交镇街分配".
 * Null when there is nothing new, or the outcome does not account for every new row (a preview
 * made before the API predicted outcomes).
 */
export function previewOutcomeLine(b: Pick<Batch, 'kind' | 'inserted' | 'outcome'>): string | null {
  const wording = OUTCOME_WORDING[b.kind];
  if (!wording || b.inserted === 0) return null;
  const parts = wording.parts.map((p) => ({ n: b.outcome[p.key], text: p.text }));
  if (parts.reduce((sum, p) => sum + p.n, 0) !== b.inserted) return null;
  const head = `将新增 ${formatCount(b.inserted)} ${wording.unit}`;
  const shown = parts.filter((p) => p.n > 0);
  if (shown.length === 1) return `${head}，全部${shown[0]!.text}`;
  return `${head}，其中 ${shown.map((p) => `${formatCount(p.n)} ${wording.unit}${p.text}`).join('，')}`;
}

/** Where the results of a committed batch wait for people: new retirees to place, records to review. */
function FollowUps({ batch }: { batch: Batch }) {
  const { awaitingPlacement, pendingReview } = batch.outcome;
  if (batch.status !== 'COMMITTED') return null;
  return (
    <>
      {batch.kind === 'RETIREES' && awaitingPlacement > 0 && (
        <Alert
          type="info"
          showIcon
          title={`${formatCount(awaitingPlacement)} 名新退休人员的地址未能对应到社区，已交镇街分配管理社区`}
          action={<Link to="/placements">查看待分配社区</Link>}
        />
      )}
      {batch.kind === 'LIFE_EVENTS' && pendingReview > 0 && (
        <Alert
          type="info"
          showIcon
          title={`${formatCount(pendingReview)} 条记录没有可用的身份证号码或姓名不符，需人工核对`}
          action={<Link to="/life-event-reviews">去核对</Link>}
        />
      )}
    </>
  );
}

function PreviewActions({ batch, onStale }: { batch: Batch; onStale: () => void }) {
  const { message } = App.useApp();
  const [commit, committing] = useMutation(COMMIT_IMPORT_BATCH, { update: (cache) => forgetImportedData(cache) });
  const [discard, discarding] = useMutation(DISCARD_IMPORT_BATCH, { update: (cache) => cache.evict({ id: 'ROOT_QUERY', fieldName: 'importBatches' }) });

  /** Runs one step and says what it did; someone else may have settled the batch first. */
  const run = async (step: () => Promise<string>) => {
    try {
      message.success(await step());
    } catch (e) {
      const error = e as Error;
      const code = errorCode(error);
      if (code === 'CONFLICT' || code === 'NOT_FOUND') {
        message.warning(errorMessage(error));
        onStale();
      } else {
        message.error(errorMessage(error));
      }
    }
  };

  return (
    <Flex gap={8}>
      <Popconfirm
        title="确认导入这批数据？"
        description={`将新增 ${formatCount(batch.inserted)}、更新 ${formatCount(batch.updated)}；拒收的 ${formatCount(batch.rejected)} 行不会导入。`}
        okText="确认导入"
        cancelText="取消"
        onConfirm={() =>
          run(async () => {
            const { data } = await commit({ variables: { id: batch.id } });
            const b = data?.commitImportBatch ?? batch;
            return `导入完成：新增 ${formatCount(b.inserted)}、更新 ${formatCount(b.updated)}`;
          })
        }
      >
        <Button type="primary" loading={committing.loading} disabled={discarding.loading}>
          确认导入
        </Button>
      </Popconfirm>
      <Popconfirm
        title="放弃这批数据？"
        description="放弃后不会导入任何数据；需要时可重新上传文件。"
        okText="放弃"
        okButtonProps={{ danger: true, autoInsertSpace: false }}
        cancelText="取消"
        cancelButtonProps={{ autoInsertSpace: false }}
        onConfirm={() => run(() => discard({ variables: { id: batch.id } }).then(() => '已放弃，这批数据没有导入'))}
      >
        <Button danger autoInsertSpace={false} loading={discarding.loading} disabled={committing.loading}>
          放弃
        </Button>
      </Popconfirm>
    </Flex>
  );
}

/** 批次详情：校验结果、待确认时的确认导入 / 放弃、变更预览、错误与提示。 */
export function ImportBatchDetailPage() {
  const { id = '' } = useParams();
  const validId = /^[1-9]\d{0,17}$/.test(id);
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as { fromList?: string; replayed?: boolean } | null;
  const variables = useCommittedVariables({ id });
  const { data, loading, error, refetch } = useQuery(IMPORT_BATCH_QUERY, validId ? { variables } : skipToken);

  const goBack = () => void (state?.fromList ? navigate(-1) : navigate('/imports'));
  const backButton = <Button onClick={goBack}>返回导入批次</Button>;

  if (!validId) return <NotFoundResult subTitle="批次号无效，请从导入批次列表进入。" extra={backButton} />;
  if (error) return <QueryErrorResult error={error} onRetry={() => void refetch()} back={backButton} />;
  if (loading && !data) return <PageSkeleton rows={8} />;
  const b = data?.importBatch;
  if (!b) return <NotFoundResult subTitle="该导入批次不存在。" extra={backButton} />;

  const feed = IMPORT_KIND[b.kind];
  const status = IMPORT_STATUS[b.status];
  const preview = b.status === 'PREVIEW';
  const outcomeLine = preview ? previewOutcomeLine(b) : null;

  const info: DescriptionsProps['items'] = [
    { key: 'kind', label: '数据类型', children: feed?.label ?? b.kind },
    { key: 'channel', label: '方式', children: IMPORT_CHANNEL_LABEL[b.channel] ?? b.channel },
    { key: 'status', label: '状态', children: <Tag color={status?.color}>{status?.label ?? b.status}</Tag> },
    { key: 'fileName', label: '文件名', span: 'filled', children: b.fileName ?? <Muted>—</Muted> },
    { key: 'submittedBy', label: '提交人', children: b.submittedBy },
    { key: 'createdAt', label: '提交时间', children: formatDateTime(b.createdAt) },
    { key: 'committedAt', label: '导入时间', children: b.committedAt ? formatDateTime(b.committedAt) : <Muted>{preview ? '尚未导入' : '—'}</Muted> },
    { key: 'duration', label: '耗时', children: formatDuration(b.durationMs) },
  ];

  const counts: DescriptionsProps['items'] = [
    { key: 'received', label: '收到', children: formatCount(b.received) },
    { key: 'inserted', label: preview ? '将新增' : '新增', children: formatCount(b.inserted) },
    { key: 'updated', label: preview ? '将更新' : '更新', children: formatCount(b.updated) },
    { key: 'unchanged', label: '无变化', children: formatCount(b.unchanged) },
    { key: 'rejected', label: '拒收', children: formatCount(b.rejected) },
    { key: 'warnings', label: '提示', children: formatCount(b.warnings) },
    // A preview predicts the outcome (the same address dictionary and ID matching the import will use); a committed batch reports it.
    ...(b.status !== 'DISCARDED' ? (feed?.outcome ?? []).map((o) => ({ key: o.key, label: preview ? o.previewLabel : o.label, children: formatCount(b.outcome[o.key]) })) : []),
  ];

  return (
    <PageContainer
      title={`导入批次 #${b.id}`}
      documentTitle="导入批次详情"
      subTitle={
        <Flex gap={8} align="center">
          <Tag color={status?.color}>{status?.label ?? b.status}</Tag>
          <span>{feed?.label ?? b.kind}</span>
        </Flex>
      }
      onBack={goBack}
    >
      <Flex vertical gap={16}>
        {state?.replayed && <Alert type="warning" showIcon title={`该文件已上传过（批次 #${b.id}），本次未做任何更改`} />}
        {preview && (
          <Alert
            type="info"
            showIcon
            title={`校验完成，尚未导入：将${countsLine(b)}`}
            description={
              <>
                {outcomeLine && <div>{outcomeLine}。</div>}
                <div>请核对下方的变更预览和错误，确认无误后导入；拒收的行不会导入，可修正后另行上传。</div>
              </>
            }
            action={<PreviewActions batch={b} onStale={() => void refetch()} />}
          />
        )}
        {b.status === 'COMMITTED' && <Alert type="success" showIcon title={`已导入：${countsLine(b)}`} />}
        {b.status === 'DISCARDED' && <Alert type="warning" showIcon title="这批数据已放弃，没有导入" />}
        <FollowUps batch={b} />
        <Panel title="批次信息">
          <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={info} styles={{ label: { width: 110 } }} />
        </Panel>
        <Panel title="行数统计">
          <Descriptions bordered size="small" column={{ xs: 2, md: 3, xl: 6 }} items={counts} layout="vertical" />
        </Panel>
        {b.status !== 'DISCARDED' && (
          <Panel title={preview ? '变更预览' : '变更样例'} extra={<Muted>最多列出 50 行</Muted>}>
            <Table<Change>
              rowKey={(c) => `${c.rowNo}-${c.action}-${c.subject}`}
              size="small"
              columns={changeColumns}
              dataSource={b.changeSample}
              pagination={false}
              scroll={{ x: 800, y: 400 }}
              locale={{ emptyText: <EmptyState description="没有新增或更新的数据" /> }}
            />
          </Panel>
        )}
        <ImportErrorsPanel batch={b} />
      </Flex>
    </PageContainer>
  );
}

export default ImportBatchDetailPage;
