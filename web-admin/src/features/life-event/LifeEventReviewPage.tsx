import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Descriptions, Flex, Popconfirm, Table, Tag, type DescriptionsProps, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { LifeEventFilter, LifeEventReviewsQuery } from '../../gql/graphql';
import { useArea, withArea } from '../../shared/area/useArea';
import { errorCode, errorMessage } from '../../shared/errors';
import { formatDate, formatDateTime, labelOf } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { CursorPager, pageVariables, useCursorPages } from '../../shared/pagination';
import { Panel } from '../../shared/Panel';
import { ReasonModal } from '../../shared/ReasonModal';
import { EmptyState, QueryErrorAlert } from '../../shared/states';
import { MONOSPACE, Muted } from '../../shared/text';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { LIFE_EVENT_KIND, LIFE_EVENT_SOURCE } from './labels';
import { CONFIRM_LIFE_EVENT_MATCH, LIFE_EVENT_REVIEWS_QUERY, REJECT_LIFE_EVENT_MATCH } from './lifeEventQueries';

type ReviewRecord = LifeEventReviewsQuery['lifeEvents']['items'][number];
type Candidate = ReviewRecord['candidates'][number];

export function LifeEventKindTag({ kind }: { kind: string }) {
  const k = LIFE_EVENT_KIND[kind];
  return <Tag color={k?.color}>{k?.label ?? kind}</Tag>;
}

/**
 * A decided record leaves the queue and joins a retiree's 生存状态: drop the cached lists (the
 * queue shown now is asked for again) and the retirees' records that show them.
 */
function forgetLifeEventLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'lifeEvents' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'retiree' });
  cache.gc();
}

interface ReviewCardProps {
  record: ReviewRecord;
  /** Someone else decided first: show the queue as it is now. */
  onStale: () => void;
}

/** One record waiting for a person: what the department sent, and who it might be. */
function ReviewCard({ record, onStale }: ReviewCardProps) {
  const { message } = App.useApp();
  const [orgId] = useArea();
  const [rejecting, setRejecting] = useState(false);
  const [confirm] = useMutation(CONFIRM_LIFE_EVENT_MATCH, { update: forgetLifeEventLists });
  const [reject] = useMutation(REJECT_LIFE_EVENT_MATCH, { update: forgetLifeEventLists });
  const kind = LIFE_EVENT_KIND[record.kind]?.label ?? record.kind;

  /** Someone else settled it first, or it is gone: say so and show the queue as it is now. */
  const failed = (e: unknown) => {
    const error = e as Error;
    const code = errorCode(error);
    if (code === 'CONFLICT' || code === 'NOT_FOUND') {
      message.warning(errorMessage(error));
      onStale();
    } else {
      message.error(errorMessage(error));
    }
  };

  const confirmMatch = async (c: Candidate) => {
    try {
      await confirm({ variables: { id: record.id, retireeId: c.retiree.id } });
      message.success(`已确认为${c.retiree.name}，记录已记入其生存状态`);
    } catch (e) {
      failed(e);
    }
  };

  const rejectMatch = async (note: string) => {
    try {
      await reject({ variables: { id: record.id, note } });
      message.success('已排除，该记录不再列入待核对');
      setRejecting(false);
    } catch (e) {
      if (errorCode(e as Error) === 'BAD_USER_INPUT') throw e;
      setRejecting(false);
      failed(e);
    }
  };

  const items: DescriptionsProps['items'] = [
    { key: 'name', label: '姓名', children: record.name },
    { key: 'idNumber', label: '身份证号', children: record.idNumber ? <span style={MONOSPACE}>{record.idNumber}</span> : <Muted>未提供</Muted> },
    { key: 'birthDate', label: '出生日期', children: record.birthDate ? formatDate(record.birthDate) : <Muted>未提供</Muted> },
    { key: 'eventDate', label: '事件日期', children: formatDate(record.eventDate) },
    { key: 'source', label: '来源', children: `${labelOf(LIFE_EVENT_SOURCE, record.source)} · ${record.sourceRecordId}` },
    { key: 'receivedAt', label: '接收时间', children: formatDateTime(record.receivedAt) },
    { key: 'details', label: '详情', span: 'filled', children: record.details || <Muted>—</Muted> },
    { key: 'matchNote', label: '待核对原因', span: 'filled', children: record.matchNote || <Muted>—</Muted> },
  ];

  const columns: TableColumnsType<Candidate> = [
    { title: '姓名', key: 'name', width: 100, render: (_, c) => <Link to={withArea(`/retirees/${c.retiree.id}`, orgId)}>{c.retiree.name}</Link> },
    { title: '身份证号', key: 'idNumber', width: 190, render: (_, c) => <span style={MONOSPACE}>{c.retiree.idNumber}</span> },
    { title: '出生日期', key: 'birthDate', width: 110, render: (_, c) => formatDate(c.retiree.birthDate) },
    {
      title: '管理社区',
      key: 'community',
      width: 180,
      render: (_, c) =>
        c.retiree.community ? (
          <Flex vertical>
            <span>{c.retiree.community.name}</span>
            {c.retiree.township && <Muted style={{ fontSize: 12 }}>{c.retiree.township.name}</Muted>}
          </Flex>
        ) : (
          <Tag color="warning">待分配社区</Tag>
        ),
    },
    { title: '列为候选的原因', dataIndex: 'reason' },
    {
      title: '操作',
      key: 'confirm',
      width: 100,
      render: (_, c) => (
        <Popconfirm
          title={`确认该记录是${c.retiree.name}的？`}
          description={`确认后，这条「${kind}」记录将记入${c.retiree.name}的生存状态。`}
          okText="确认"
          cancelText="取消"
          okButtonProps={{ autoInsertSpace: false }}
          cancelButtonProps={{ autoInsertSpace: false }}
          onConfirm={() => confirmMatch(c)}
        >
          <Button type="link" size="small" aria-label={`是此人：${c.retiree.name}（${c.retiree.idNumber}）`}>
            是此人
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Panel
      title={
        <Flex align="center" gap={8} wrap>
          <LifeEventKindTag kind={record.kind} />
          <span>
            {record.name} · {labelOf(LIFE_EVENT_SOURCE, record.source)}
          </span>
        </Flex>
      }
      extra={
        <Button danger onClick={() => setRejecting(true)}>
          都不是
        </Button>
      }
    >
      <article aria-label={`${record.name}的${kind}记录`}>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} styles={{ label: { width: 100 } }} />
        <h3 style={{ fontSize: 14, fontWeight: 600, margin: '16px 0 8px' }}>可能是以下退休人员</h3>
        <Table<Candidate>
          rowKey={(c) => c.retiree.id}
          size="small"
          columns={columns}
          dataSource={record.candidates}
          pagination={false}
          scroll={{ x: 800 }}
          locale={{ emptyText: <EmptyState description="没有姓名和出生日期相符的候选人" /> }}
        />
      </article>
      {rejecting && (
        <ReasonModal
          title={`排除：${record.name}的记录不属于任何候选人`}
          formName="rejectLifeEventMatch"
          label="核对说明"
          field="note"
          maxLength={200}
          okText="确定排除"
          intro="排除后，该记录不再列入待核对，也不会记入任何人的生存状态。"
          extra="写明核对的依据，例如：已电话联系候选人本人，身体健康，出生日期与记录不符。"
          onSubmit={rejectMatch}
          onClose={() => setRejecting(false)}
        />
      )}
    </Panel>
  );
}

/** 共享数据核对：没有可用身份证号码、或姓名不符的共享数据，由人确认是哪位退休人员，或都不是。 */
export function LifeEventReviewPage() {
  const [orgId] = useArea();
  const pages = useCursorPages();
  const variables = useMemo(() => {
    const filter: LifeEventFilter = { matchStatus: 'PENDING_REVIEW' };
    if (orgId) filter.orgUnitId = orgId;
    return pageVariables(filter, pages);
  }, [orgId, pages.pageSize, pages.after]);
  const committedVariables = useCommittedVariables(variables);
  const { data, previousData, loading, error, refetch } = useQuery(LIFE_EVENT_REVIEWS_QUERY, { variables: committedVariables, notifyOnNetworkStatusChange: true });
  const list = error ? undefined : (data ?? previousData)?.lifeEvents;

  return (
    <PageContainer title="共享数据核对" subTitle="部门共享的记录无法按身份证号码确认当事人时，由人工核对">
      <Flex vertical gap={16}>
        {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
        {list && list.items.length === 0 && !loading && (
          <Panel>
            <EmptyState description={orgId ? '该区域没有待核对的共享数据' : '没有待核对的共享数据'} />
          </Panel>
        )}
        {!list && loading && (
          <Panel>
            <div aria-busy="true" aria-label="正在加载" style={{ height: 160 }} />
          </Panel>
        )}
        {list?.items.map((r) => <ReviewCard key={r.id} record={r} onStale={() => void refetch()} />)}
        {list && list.total > 0 && (
          <CursorPager
            total={list.total}
            page={pages.page}
            pageSize={pages.pageSize}
            nextCursor={list.nextCursor}
            loading={loading}
            unit="条待核对"
            onNext={pages.next}
            onPrevious={pages.previous}
            onPageSizeChange={pages.setPageSize}
          />
        )}
      </Flex>
    </PageContainer>
  );
}

export default LifeEventReviewPage;
