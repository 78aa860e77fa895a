import { skipToken, useQuery } from '@apollo/client/react';
import { Alert, Button, Descriptions, Flex, Steps, Tag, type DescriptionsProps, type StepsProps } from 'antd';
import { Link, useParams } from 'react-router';
import type { PaymentSuspensionFieldsFragment } from '../../gql/graphql';
import { useArea, withArea } from '../../shared/area/useArea';
import { formatDate, formatDateTime, formatMoney, RETIREE_STATUS } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { PageSkeleton } from '../../shared/PageSkeleton';
import { Panel } from '../../shared/Panel';
import { NotFoundResult, QueryErrorResult } from '../../shared/results';
import { MONOSPACE, Muted } from '../../shared/text';
import { isRecordId, useBackToList } from '../../shared/useBackToList';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { CERT_METHOD } from '../certification/labels';
import { SUSPENSION_REASON, SUSPENSION_STATUS } from './labels';
import { allowedSuspensionActions, SuspensionActions } from './SuspensionActions';
import { PAYMENT_SUSPENSION_QUERY } from './suspensionQueries';

type Suspension = PaymentSuspensionFieldsFragment;

const DESCRIPTIONS = { bordered: true, size: 'small', column: { xs: 1, md: 2, xl: 3 }, styles: { label: { width: 110 } } } as const;

/** Closed without anyone deciding: the person certified before the decision (the API writes why in `decisionNote`). */
const closedBySystem = (s: Suspension) => s.status === 'WITHDRAWN' && !s.decidedByName;

/** The status line at the top: where the suspension stands and what comes next. */
function StatusAlert({ s, canDecide }: { s: Suspension; canDecide: boolean }) {
  switch (s.status) {
    case 'PROPOSED':
      return (
        <Alert
          type="info"
          showIcon
          title="拟暂停，待决定"
          description={
            canDecide
              ? '本人的生存认证已过期，且已通知本人。确认暂停后自下月起暂停发放，本人完成认证后自动恢复并补发；本人住院、家属正在办理认证等情况，可决定不暂停。'
              : '由镇街或市局工作人员决定是否暂停发放。'
          }
        />
      );
    case 'SUSPENDED':
      return <Alert type="warning" showIcon title={`自 ${s.fromPeriod ?? '—'} 起暂停发放`} description="本人完成认证（刷脸认证或社区上门认证）后自动恢复发放，并补发暂停期间的养老金。" />;
    case 'RESTORED':
      return (
        <Alert
          type="success"
          showIcon
          title={`已恢复发放：自 ${s.resumePeriod ?? '—'} 起恢复`}
          description={`补发 ${s.backPayPeriods.length} 个月，共 ${formatMoney(s.backPayAmount)}`}
        />
      );
    case 'WITHDRAWN':
      return <Alert type="info" showIcon title="未暂停，养老金照常发放" description={s.decisionNote ?? undefined} />;
    default:
      return null;
  }
}

/** 处理进度: 拟暂停 → 已暂停 → 已恢复发放, or 拟暂停 → 未暂停. */
function progress(s: Suspension): StepsProps {
  const proposed = { title: '拟暂停', content: formatDateTime(s.proposedAt) };
  if (s.status === 'WITHDRAWN') {
    return { current: 1, status: 'finish', items: [proposed, { title: '未暂停', content: formatDateTime(s.decidedAt ?? s.closedAt) }] };
  }
  const suspended = { title: '已暂停', content: s.fromPeriod ? `自 ${s.fromPeriod} 起 · ${formatDateTime(s.decidedAt)}` : undefined };
  const restored = { title: '已恢复发放', content: s.resumePeriod ? `自 ${s.resumePeriod} 起 · ${formatDateTime(s.closedAt)}` : undefined };
  const current = { PROPOSED: 0, SUSPENDED: 1, RESTORED: 2 }[s.status];
  return { current, status: s.status === 'RESTORED' ? 'finish' : 'process', items: [proposed, suspended, restored] };
}

/** 决定: who decided, when, and why — or that the person certified before anyone had to. */
function decision(s: Suspension): DescriptionsProps['items'] {
  if (closedBySystem(s)) {
    return [
      { key: 'who', label: '决定', children: '系统（本人已重新认证）' },
      { key: 'when', label: '关闭时间', children: formatDateTime(s.closedAt) },
      { key: 'note', label: '说明', span: 'filled', children: s.decisionNote || <Muted>—</Muted> },
    ];
  }
  if (!s.decidedAt) return [{ key: 'pending', label: '决定', span: 'filled', children: <Muted>待镇街或市局决定</Muted> }];
  return [
    { key: 'who', label: '决定人', children: s.decidedByName ?? '—' },
    { key: 'when', label: '决定时间', children: formatDateTime(s.decidedAt) },
    { key: 'from', label: '暂停发放', children: s.fromPeriod ? `自 ${s.fromPeriod} 起` : <Muted>不暂停</Muted> },
    { key: 'note', label: s.status === 'WITHDRAWN' ? '不暂停的原因' : '暂停依据', span: 'filled', children: s.decisionNote || <Muted>—</Muted> },
  ];
}

/** 恢复与补发: how the person certified, from when payment resumed, and the withheld months paid back. */
function restoring(s: Suspension): DescriptionsProps['items'] {
  return [
    { key: 'method', label: '认证方式', children: s.certifiedBy ? CERT_METHOD[s.certifiedBy] : <Muted>—</Muted> },
    { key: 'certifiedOn', label: '认证日期', children: formatDate(s.certifiedOn) },
    { key: 'resume', label: '恢复发放', children: s.resumePeriod ? `自 ${s.resumePeriod} 起` : <Muted>—</Muted> },
    { key: 'periods', label: '补发期间', span: 'filled', children: s.backPayPeriods.length ? s.backPayPeriods.join('、') : <Muted>无</Muted> },
    { key: 'monthly', label: '每月金额', children: formatMoney(s.monthlyAmount) },
    { key: 'total', label: '补发合计', children: <strong>{formatMoney(s.backPayAmount)}</strong> },
  ];
}

/** 暂停发放详情：本人、认证到期与通知、处理进度；镇街、市局确认暂停或不暂停；恢复后的补发。 */
export function PaymentSuspensionDetailPage() {
  const { id = '' } = useParams();
  const validId = isRecordId(id);
  const [orgId] = useArea();
  const goBack = useBackToList('/payment-suspensions');
  const variables = useCommittedVariables({ id });
  const { data, loading, error, refetch } = useQuery(PAYMENT_SUSPENSION_QUERY, validId ? { variables } : skipToken);
  const backButton = <Button onClick={goBack}>返回暂停发放</Button>;

  if (!validId) return <NotFoundResult subTitle="编号无效，请从暂停发放列表进入。" extra={backButton} />;
  if (error) return <QueryErrorResult error={error} onRetry={() => void refetch()} back={backButton} />;
  if (loading && !data) return <PageSkeleton rows={8} />;
  const s = data?.paymentSuspension;
  if (!s) return <NotFoundResult subTitle="该暂停发放不存在。" extra={backButton} />;

  const allowed = allowedSuspensionActions(s);
  const status = SUSPENSION_STATUS[s.status];
  const r = s.retiree;
  const retireeStatus = r ? RETIREE_STATUS[r.status] : undefined;

  const info: DescriptionsProps['items'] = [
    { key: 'name', label: '人员', children: r ? <Link to={withArea(`/retirees/${r.id}`, orgId)}>{r.name}</Link> : <Muted>—</Muted> },
    { key: 'idNumber', label: '身份证号', children: r?.idNumber ? <span style={MONOSPACE}>{r.idNumber}</span> : <Muted>—</Muted> },
    { key: 'retireeStatus', label: '待遇状态', children: r ? <Tag color={retireeStatus?.color}>{retireeStatus?.label ?? r.status}</Tag> : <Muted>—</Muted> },
    { key: 'community', label: '管理社区', children: r?.community ? [r.township?.name, r.community.name].filter(Boolean).join(' · ') : <Tag color="warning">待分配社区</Tag> },
    { key: 'reason', label: '原因', children: SUSPENSION_REASON[s.reason] ?? s.reason },
    { key: 'proposedAt', label: '提出时间', children: formatDateTime(s.proposedAt) },
    { key: 'lapsedOn', label: '认证到期日', children: formatDate(s.lapsedOn) },
    { key: 'noticedOn', label: '通知本人', children: s.noticedOn ? formatDate(s.noticedOn) : <Muted>未通知</Muted> },
    { key: 'summary', label: '情况', span: 'filled', children: s.summary },
  ];

  return (
    <PageContainer
      title={`暂停发放：${r?.name ?? '—'}`}
      documentTitle="暂停发放详情"
      subTitle={
        <Flex gap={8} align="center">
          <Tag color={status?.color}>{status?.label ?? s.status}</Tag>
          <span>#{s.id}</span>
        </Flex>
      }
      onBack={goBack}
      extra={allowed.size > 0 && <SuspensionActions suspension={s} onStale={() => void refetch()} />}
    >
      <Flex vertical gap={16}>
        <StatusAlert s={s} canDecide={allowed.size > 0} />
        <Panel title="基本情况">
          <Descriptions {...DESCRIPTIONS} items={info} />
        </Panel>
        <Panel title="处理进度">
          <Steps {...progress(s)} aria-label="处理进度" />
        </Panel>
        <Panel title="决定">
          <Descriptions {...DESCRIPTIONS} items={decision(s)} />
        </Panel>
        {s.status === 'RESTORED' && (
          <Panel title="恢复与补发">
            <Descriptions {...DESCRIPTIONS} items={restoring(s)} />
          </Panel>
        )}
      </Flex>
    </PageContainer>
  );
}

export default PaymentSuspensionDetailPage;
