import { skipToken, useQuery } from '@apollo/client/react';
import { Alert, Button, Col, Descriptions, Flex, Progress, Row, Table, Tag, Timeline, type DescriptionsProps, type TableColumnsType, type TimelineProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { RiskAlertFieldsFragment } from '../../gql/graphql';
import { useArea, withArea } from '../../shared/area/useArea';
import { formatDate, formatDateTime, formatMoney, RETIREE_STATUS } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { PageSkeleton } from '../../shared/PageSkeleton';
import { Panel } from '../../shared/Panel';
import { NotFoundResult, QueryErrorResult } from '../../shared/results';
import { EmptyState } from '../../shared/states';
import { isRecordId, useBackToList } from '../../shared/useBackToList';
import { MONOSPACE, Muted } from '../../shared/text';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { CASE_STATUS } from '../posthumous/labels';
import { TASK_STATUS } from '../task/labels';
import { RISK_KIND, RISK_STATUS } from './labels';
import { allowedRiskActions, RiskAlertActions } from './RiskAlertActions';
import { RISK_ALERT_QUERY } from './riskQueries';

type RiskAlert = RiskAlertFieldsFragment;
type Evidence = RiskAlert['evidence'][number];
type Recovery = RiskAlert['recoveries'][number];

const evidenceColumns: TableColumnsType<Evidence> = [
  { title: '日期', dataIndex: 'date', width: 120, render: (d: string | null) => (d ? formatDate(d) : <Muted>—</Muted>) },
  { title: '依据', dataIndex: 'text' },
];

const recoveryColumns: TableColumnsType<Recovery> = [
  { title: '登记时间', dataIndex: 'recordedAt', width: 150, render: (v: string) => formatDateTime(v) },
  { title: '追回金额', dataIndex: 'amount', width: 130, align: 'right', render: (v: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(v)}</span> },
  { title: '说明（退回方式、凭证号）', dataIndex: 'note', render: (v: string | null) => v || <Muted>—</Muted> },
  { title: '登记人', dataIndex: 'recordedByName', width: 110 },
];

/** The status line at the top: where the alert stands and what comes next. */
function StatusAlert({ alert, canDecide }: { alert: RiskAlert; canDecide: boolean }) {
  const stop = alert.stopFromPeriod ? `自 ${alert.stopFromPeriod} 起停发` : null;
  switch (alert.status) {
    case 'OPEN':
      return (
        <Alert
          type="info"
          showIcon
          title={alert.verificationNote ? '社区已反馈核实情况，待确认或排除' : '待社区核实'}
          description={
            canDecide
              ? '请根据依据和社区的核实情况确认或排除：确认后停发并追回多发的金额；排除后同样的依据不再预警。'
              : '社区核实后，由镇街或市局工作人员确认或排除。'
          }
        />
      );
    case 'CONFIRMED': {
      const outstanding = (alert.recoveryAmount ?? 0) - alert.recoveredAmount;
      return <Alert type="warning" showIcon title={['已确认待追回', stop].filter(Boolean).join('：')} description={`尚未追回 ${formatMoney(outstanding)}`} />;
    }
    case 'RECOVERED':
      return <Alert type="success" showIcon title={`已追回 ${formatMoney(alert.recoveredAmount)}，预警已办结`} description={stop ?? undefined} />;
    case 'RESOLVED':
      return <Alert type="success" showIcon title="已办结，无需追回" description={stop ?? undefined} />;
    case 'DISMISSED':
      return <Alert type="info" showIcon title="已排除，同样的依据不会再次预警" description={alert.decisionNote ? `排除原因：${alert.decisionNote}` : undefined} />;
    default:
      return null;
  }
}

/** 社区核实情况: the community's feedback (written onto the alert when its task is completed), or where its task stands. */
function Verification({ alert }: { alert: RiskAlert }) {
  // The alert's own verification task (null when the caller cannot see it, or there is none).
  const task = alert.verificationTask;
  const taskLink = task && (
    <Link to={`/tasks/${task.id}`} aria-label="查看核实任务">
      查看核实任务
    </Link>
  );

  if (alert.verificationNote) {
    return (
      <Flex vertical gap={8}>
        <div style={{ whiteSpace: 'pre-wrap' }}>{alert.verificationNote}</div>
        <Muted>
          {alert.verifiedByName ?? '社区'} · {formatDateTime(alert.verifiedAt)}
        </Muted>
        {taskLink}
      </Flex>
    );
  }
  if (alert.status !== 'OPEN') return <Muted>未经社区核实</Muted>;
  return (
    <Flex vertical gap={8}>
      <span>等待社区核实</span>
      {task ? (
        <Flex gap={8} align="center" wrap>
          <span>{task.assigneeUnit.name}的核实任务</span>
          <Tag color={TASK_STATUS[task.status]?.color}>{TASK_STATUS[task.status]?.label ?? task.status}</Tag>
          {taskLink}
        </Flex>
      ) : (
        <Muted>
          社区在 <Link to="/tasks">工作任务 › 我的待办</Link> 中办理核实任务，办结时的反馈显示在这里。
        </Muted>
      )}
    </Flex>
  );
}

/** 处理记录: found, verified, decided, closed — each with when and who. */
function history(alert: RiskAlert): TimelineProps['items'] {
  const items: NonNullable<TimelineProps['items']> = [
    { key: 'raised', color: 'blue', content: <HistoryItem title="系统扫描发现" when={alert.raisedAt} /> },
  ];
  if (alert.verifiedAt) items.push({ key: 'verified', color: 'blue', content: <HistoryItem title="社区核实" when={alert.verifiedAt} who={alert.verifiedByName} /> });
  if (alert.decidedAt) {
    const dismissed = alert.status === 'DISMISSED';
    items.push({
      key: 'decided',
      color: dismissed ? 'gray' : 'red',
      content: <HistoryItem title={dismissed ? '排除' : '确认'} when={alert.decidedAt} who={alert.decidedByName} note={alert.decisionNote && `${dismissed ? '排除原因' : '确认依据'}：${alert.decisionNote}`} />,
    });
  }
  if (alert.closedAt && (alert.status === 'RECOVERED' || alert.status === 'RESOLVED')) {
    items.push({ key: 'closed', color: 'green', content: <HistoryItem title={alert.status === 'RECOVERED' ? '追回完成，办结' : '无需追回，办结'} when={alert.closedAt} /> });
  }
  return items;
}

function HistoryItem({ title, when, who, note }: { title: string; when: string | null | undefined; who?: string | null; note?: ReactNode }) {
  return (
    <Flex vertical gap={2} data-testid="risk-history">
      <span>
        <strong>{title}</strong> <Muted>{[formatDateTime(when), who].filter(Boolean).join(' · ')}</Muted>
      </span>
      {note && <span>{note}</span>}
    </Flex>
  );
}

/** 预警详情：依据、多发与追回、社区核实情况；镇街、市局确认（停发、追回）或排除。 */
export function RiskAlertDetailPage() {
  const { id = '' } = useParams();
  const validId = isRecordId(id);
  const [orgId] = useArea();
  const goBack = useBackToList('/risk-alerts');
  const variables = useCommittedVariables({ id });
  const { data, loading, error, refetch } = useQuery(RISK_ALERT_QUERY, validId ? { variables } : skipToken);

  const backButton = <Button onClick={goBack}>返回基金风险预警</Button>;

  if (!validId) return <NotFoundResult subTitle="预警编号无效，请从基金风险预警列表进入。" extra={backButton} />;
  if (error) return <QueryErrorResult error={error} onRetry={() => void refetch()} back={backButton} />;
  if (loading && !data) return <PageSkeleton rows={8} />;
  const a = data?.riskAlert;
  if (!a) return <NotFoundResult subTitle="该预警不存在。" extra={backButton} />;

  // What the caller may decide now is the API's word (the community verifies; townships and the bureau decide).
  const allowed = allowedRiskActions(a);
  const canDecide = allowed.has('CONFIRM') || allowed.has('DISMISS');
  const posthumous = a.posthumousCase;
  const posthumousStatus = posthumous ? CASE_STATUS[posthumous.status] : undefined;
  const kind = RISK_KIND[a.kind];
  const status = RISK_STATUS[a.status];
  const r = a.retiree;
  const retireeStatus = r ? RETIREE_STATUS[r.status] : undefined;
  const outstanding = a.recoveryAmount != null ? a.recoveryAmount - a.recoveredAmount : null;

  const info: DescriptionsProps['items'] = [
    { key: 'kind', label: '预警类型', children: <Tag color={kind?.color}>{kind?.label ?? a.kind}</Tag> },
    { key: 'status', label: '处理状态', children: <Tag color={status?.color}>{status?.label ?? a.status}</Tag> },
    { key: 'raisedAt', label: '发现时间', children: formatDateTime(a.raisedAt) },
    { key: 'name', label: '人员', children: r ? <Link to={withArea(`/retirees/${r.id}`, orgId)}>{r.name}</Link> : <Muted>—</Muted> },
    { key: 'idNumber', label: '身份证号', children: r?.idNumber ? <span style={MONOSPACE}>{r.idNumber}</span> : <Muted>—</Muted> },
    { key: 'retireeStatus', label: '待遇状态', children: r ? <Tag color={retireeStatus?.color}>{retireeStatus?.label ?? r.status}</Tag> : <Muted>—</Muted> },
    {
      key: 'community',
      label: '管理社区',
      children: r?.community ? [r.township?.name, r.community.name].filter(Boolean).join(' · ') : <Tag color="warning">待分配社区</Tag>,
    },
    ...(kind?.event ? [{ key: 'eventDate', label: kind.event, children: formatDate(a.eventDate) }] : []),
    { key: 'lastSeenAt', label: '最近扫描', children: formatDateTime(a.lastSeenAt) },
    ...(posthumous
      ? [
          {
            key: 'posthumous',
            label: '身后一件事',
            children: (
              <Flex gap={8} align="center" wrap>
                <Tag color={posthumousStatus?.color}>{posthumousStatus?.label ?? posthumous.status}</Tag>
                <Link to={withArea(`/posthumous-cases/${posthumous.id}`, orgId)}>查看身后一件事</Link>
              </Flex>
            ),
          },
        ]
      : []),
    { key: 'summary', label: '摘要', span: 'filled' as const, children: a.summary },
  ];

  const money: DescriptionsProps['items'] = [
    { key: 'periods', label: '多发期间', span: 'filled', children: a.overpaidPeriods.length ? a.overpaidPeriods.join('、') : <Muted>尚无多发的发放</Muted> },
    { key: 'overpaid', label: '多发金额', children: formatMoney(a.overpaidAmount) },
    { key: 'recovery', label: '应追回', children: a.recoveryAmount != null ? formatMoney(a.recoveryAmount) : <Muted>确认时确定</Muted> },
    { key: 'recovered', label: '已追回', children: formatMoney(a.recoveredAmount) },
    ...(outstanding != null ? [{ key: 'outstanding', label: '尚未追回', children: formatMoney(outstanding) }] : []),
    { key: 'stop', label: '停发', children: a.stopFromPeriod ? `自 ${a.stopFromPeriod} 起停发` : <Muted>—</Muted> },
  ];
  const percent = a.recoveryAmount ? Math.floor((a.recoveredAmount / a.recoveryAmount) * 1000) / 10 : null;

  return (
    <PageContainer
      title={`${kind?.label ?? a.kind}：${r?.name ?? '—'}`}
      documentTitle="基金风险预警详情"
      subTitle={
        <Flex gap={8} align="center">
          <Tag color={status?.color}>{status?.label ?? a.status}</Tag>
          <span>预警 #{a.id}</span>
        </Flex>
      }
      onBack={goBack}
      extra={allowed.size > 0 && <RiskAlertActions alert={a} onStale={() => void refetch()} />}
    >
      <Flex vertical gap={16}>
        <StatusAlert alert={a} canDecide={canDecide} />
        <Panel title="预警信息">
          <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={info} styles={{ label: { width: 110 } }} />
        </Panel>
        <Panel title="多发与追回">
          <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={money} styles={{ label: { width: 110 } }} />
          {percent != null && (
            <Flex align="center" gap={12} style={{ marginTop: 16, maxWidth: 560 }}>
              <Muted>追回进度</Muted>
              <Progress percent={percent} status={a.status === 'RECOVERED' ? 'success' : 'active'} aria-label={`追回进度 ${percent}%`} style={{ flex: 1, margin: 0 }} />
            </Flex>
          )}
          {a.recoveries.length > 0 && (
            <Flex vertical gap={8} style={{ marginTop: 16 }}>
              <h3 style={{ margin: 0, fontSize: 14 }}>
                追回记录
              </h3>
              <Table<Recovery>
                aria-label="追回记录"
                rowKey="id"
                size="small"
                columns={recoveryColumns}
                dataSource={a.recoveries}
                pagination={false}
                scroll={{ x: 640 }}
              />
            </Flex>
          )}
        </Panel>
        <Panel title="依据">
          <Table<Evidence>
            size="small"
            columns={evidenceColumns}
            dataSource={a.evidence.map((e, i) => ({ ...e, key: i }))}
            pagination={false}
            locale={{ emptyText: <EmptyState description="没有列出依据" /> }}
          />
        </Panel>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Panel title="社区核实情况" style={{ height: '100%' }}>
              <Verification alert={a} />
            </Panel>
          </Col>
          <Col xs={24} xl={12}>
            <Panel title="处理记录" style={{ height: '100%' }}>
              <Timeline items={history(a)} />
            </Panel>
          </Col>
        </Row>
      </Flex>
    </PageContainer>
  );
}

export default RiskAlertDetailPage;
