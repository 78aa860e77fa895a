import { CheckCircleFilled, ClockCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import type { ApolloCache } from '@apollo/client';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Col, Descriptions, Flex, Popconfirm, Row, Tag, theme, Timeline, type DescriptionsProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { CaseItemResultInput, PosthumousCaseFieldsFragment } from '../../gql/graphql';
import { useArea, withArea } from '../../shared/area/useArea';
import { errorCode, errorMessage, fieldError } from '../../shared/errors';
import { formatDate, formatDateTime, formatMoney } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { PageSkeleton } from '../../shared/PageSkeleton';
import { Panel } from '../../shared/Panel';
import { NotFoundResult, QueryErrorResult } from '../../shared/results';
import { MONOSPACE, Muted, Strong } from '../../shared/text';
import { isRecordId, useBackToList } from '../../shared/useBackToList';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { useDecisionDialogs } from '../../shared/useDecisionDialogs';
import { CaseProgress } from './CaseProgress';
import { CompleteCaseItemModal } from './CompleteCaseItemModal';
import { BALANCE_KINDS, CASE_ITEM_KIND, CASE_ITEM_STATUS, CASE_STATUS, caseProgress, DEPARTMENT, unnotifiedMessage } from './labels';
import { COMPLETE_CASE_ITEM, NOTIFY_CASE_NEXT_OF_KIN, POSTHUMOUS_CASE_QUERY } from './posthumousQueries';

type Case = PosthumousCaseFieldsFragment;
type Item = Case['items'][number];

/** A finished item or a new notification changes the area's list (progress, status, who was notified): ask for it again when next shown. */
function forgetCaseLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'posthumousCases' });
  cache.gc();
}

/** Where the case stands, at the top of the page. */
function StatusAlert({ c, canWork }: { c: Case; canWork: boolean }) {
  const { settled, total } = caseProgress(c.items);
  if (c.status === 'CLOSED') return <Alert type="success" showIcon title="全部事项已办结" description={`办结时间 ${formatDateTime(c.closedAt)}`} />;
  return (
    <Alert
      type="info"
      showIcon
      title={`办理中：已办结 ${settled} / ${total} 项`}
      description={
        canWork
          ? '各事项已推送责任部门，部门办结后由其系统回传结果；部门已办结而未回传的，可在事项上「登记办结」。'
          : '各事项已推送责任部门，部门办结后由其系统回传结果。'
      }
    />
  );
}

function ItemIcon({ status }: { status: Item['status'] }) {
  const { token } = theme.useToken();
  const style = { fontSize: 20, marginTop: 2 };
  if (status === 'DONE') return <CheckCircleFilled style={{ ...style, color: token.colorSuccess }} />;
  if (status === 'SENT') return <ClockCircleOutlined style={{ ...style, color: token.colorPrimary }} />;
  return <MinusCircleOutlined style={{ ...style, color: token.colorTextQuaternary }} />;
}

/** One labelled line of an item: label, then value. */
function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt style={{ margin: 0 }}>
        <Muted>{label}</Muted>
      </dt>
      <dd style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}>{children}</dd>
    </>
  );
}

/** One of the five items: what, which department, where it stands, the money and its basis, and who finished it. */
function CaseItem({ item, first, action }: { item: Item; first: boolean; action?: ReactNode }) {
  const { token } = theme.useToken();
  const label = CASE_ITEM_KIND[item.kind] ?? item.kind;
  const status = CASE_ITEM_STATUS[item.status];
  const pendingBalance = item.amount == null && BALANCE_KINDS.has(item.kind) && item.status === 'SENT';
  return (
    <li
      aria-label={label}
      data-testid="case-item"
      style={{ display: 'flex', alignItems: 'flex-start', gap: 12, padding: '16px 0', borderTop: first ? undefined : `1px solid ${token.colorBorderSecondary}` }}
    >
      <ItemIcon status={item.status} />
      <Flex vertical gap={8} style={{ flex: 1, minWidth: 0 }}>
        <Flex align="center" gap={8} wrap>
          <Strong>{label}</Strong>
          <Muted>{DEPARTMENT[item.department] ?? item.department}</Muted>
          <Tag color={status?.color} title={status?.long}>
            {status?.label ?? item.status}
          </Tag>
        </Flex>
        <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 16, rowGap: 4, margin: 0 }}>
          {item.amount != null && item.status !== 'NOT_APPLICABLE' && (
            <Field label="金额">
              <Strong style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(item.amount)}</Strong>
            </Field>
          )}
          {pendingBalance && (
            <Field label="金额">
              <Muted>待部门核定后回传</Muted>
            </Field>
          )}
          {item.basis && <Field label={item.status === 'NOT_APPLICABLE' ? '原因' : '依据'}>{item.basis}</Field>}
          {item.reference && (
            <Field label="文号">
              <span style={MONOSPACE}>{item.reference}</span>
            </Field>
          )}
          {item.status === 'DONE' && <Field label="办结">{[item.doneByName, formatDateTime(item.doneAt)].filter(Boolean).join(' · ')}</Field>}
          {item.status === 'SENT' && (
            <Field label="推送">
              {formatDateTime(item.sentAt)} 推送{DEPARTMENT[item.department] ?? '责任部门'}，等待办结
            </Field>
          )}
          {item.note && (
            <Field label="说明">
              <span style={{ whiteSpace: 'pre-wrap' }}>{item.note}</span>
            </Field>
          )}
        </dl>
      </Flex>
      {action && <div style={{ flex: 'none' }}>{action}</div>}
    </li>
  );
}

/**
 * 短信通知家属 / 再次通知家属 (shown when the case's `allowedActions` has NOTIFY_NEXT_OF_KIN): the
 * API picks whom to text from the family registry, so the confirmation says so rather than a name.
 */
function NotifyButton({ c, onNotify }: { c: Case; onNotify: () => Promise<void> }) {
  const again = Boolean(c.notifiedAt);
  const label = again ? '再次通知家属' : '短信通知家属';
  return (
    <Popconfirm
      title={`${label}？`}
      description={
        <div style={{ maxWidth: 320 }}>
          将按家庭成员信息库确定通知对象（优先配偶），短信告知身后事项的办理情况。
          {again && `上次通知：${c.notifiedRelative ?? '近亲属'}。`}
        </div>
      }
      okText="发送短信"
      cancelText="取消"
      cancelButtonProps={{ autoInsertSpace: false }}
      onConfirm={onNotify}
    >
      <Button>{label}</Button>
    </Popconfirm>
  );
}

/** 近亲属通知: who was texted, when, and the message word for word; or that nobody could be. */
function Notification({ c, action }: { c: Case; action?: ReactNode }) {
  const { token } = theme.useToken();
  if (!c.notifiedAt) {
    return (
      <Alert
        type="warning"
        showIcon
        title={unnotifiedMessage(c.timeline) ?? '尚未通知近亲属'}
        description={
          action
            ? '没有发出短信。请社区通过电话或上门联系家属；家庭成员信息库补登联系电话后，可短信通知家属。'
            : '没有发出短信。请社区通过电话或上门联系家属，告知身后事项的办理情况。'
        }
        action={action}
      />
    );
  }
  return (
    <Flex vertical gap={12}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'relative', label: '通知对象', children: c.notifiedRelative ?? '近亲属' },
          { key: 'at', label: '通知时间', children: formatDateTime(c.notifiedAt) },
          { key: 'channel', label: '通知方式', children: '短信' },
        ]}
      />
      <figure style={{ margin: 0 }}>
        <figcaption>
          <Muted>短信内容</Muted>
        </figcaption>
        <blockquote
          data-testid="notification-text"
          style={{ margin: '4px 0 0', padding: '12px 16px', background: token.colorFillQuaternary, borderRadius: token.borderRadius, whiteSpace: 'pre-wrap' }}
        >
          {c.notificationText}
        </blockquote>
      </figure>
      {action && <div>{action}</div>}
    </Flex>
  );
}

/** 身后一件事详情：逝者、五个事项（部门、状态、金额与依据、文号）、近亲属通知和办理过程；工作人员登记部门已办结的事项。 */
export function PosthumousCaseDetailPage() {
  const { id = '' } = useParams();
  const validId = isRecordId(id);
  const { message } = App.useApp();
  const [orgId] = useArea();
  const goBack = useBackToList('/posthumous-cases');
  const variables = useCommittedVariables({ id });
  const { data, loading, error, refetch } = useQuery(POSTHUMOUS_CASE_QUERY, validId ? { variables } : skipToken);
  const [complete] = useMutation(COMPLETE_CASE_ITEM, { update: forgetCaseLists });
  // The answer is the whole case: the cache takes the new notification and timeline from it.
  const [notify] = useMutation(NOTIFY_CASE_NEXT_OF_KIN, { update: forgetCaseLists });
  const { perform } = useDecisionDialogs(() => void refetch());
  const [completing, setCompleting] = useState<Item | null>(null);

  const backButton = <Button onClick={goBack}>返回身后一件事</Button>;

  if (!validId) return <NotFoundResult subTitle="编号无效，请从身后一件事列表进入。" extra={backButton} />;
  if (error) return <QueryErrorResult error={error} onRetry={() => void refetch()} back={backButton} />;
  if (loading && !data) return <PageSkeleton rows={8} />;
  const c = data?.posthumousCase;
  if (!c) return <NotFoundResult subTitle="该身后一件事不存在。" extra={backButton} />;

  // The API says per item whether this viewer may record it as done (allowedActions has COMPLETE).
  const canComplete = (item: Item) => item.allowedActions.includes('COMPLETE');
  const canWork = c.items.some(canComplete);
  const status = CASE_STATUS[c.status];
  const r = c.retiree;
  const name = r?.name ?? '逝者';

  /** Records the item; the answer is the item alone, so the case (status, timeline) is read again. */
  const submit = async (item: Item, input: CaseItemResultInput) => {
    try {
      await complete({ variables: { id: item.id, input } });
      setCompleting(null);
      message.success(`「${CASE_ITEM_KIND[item.kind]}」已登记办结`);
      await refetch();
    } catch (e) {
      const err = e as Error;
      const bad = fieldError(err);
      if (bad && ['reference', 'amount', 'note'].includes(bad.field)) throw err;
      setCompleting(null);
      const code = errorCode(err);
      if (code === 'CONFLICT' || code === 'NOT_FOUND' || code === 'FORBIDDEN') {
        message.warning(errorMessage(err));
        void refetch();
      } else {
        message.error(errorMessage(err));
      }
    }
  };

  /** Texts the next of kin the family registry names now; the API says so when there is nobody with a phone. */
  const notifyNextOfKin = () =>
    perform(async () => {
      const { data } = await notify({ variables: { id: c.id } });
      return `已短信通知：${data?.notifyCaseNextOfKin.notifiedRelative ?? '近亲属'}`;
    }, []);

  const info: DescriptionsProps['items'] = [
    { key: 'name', label: '逝者', children: r ? <Link to={withArea(`/retirees/${r.id}`, orgId)}>{r.name}</Link> : <Muted>—</Muted> },
    { key: 'idNumber', label: '身份证号', children: r?.idNumber ? <span style={MONOSPACE}>{r.idNumber}</span> : <Muted>—</Muted> },
    {
      key: 'community',
      label: '管理社区',
      children: r?.community ? [r.township?.name, r.community.name].filter(Boolean).join(' · ') : <Tag color="warning">待分配社区</Tag>,
    },
    { key: 'deathDate', label: '死亡日期', children: formatDate(c.deathDate) },
    { key: 'opened', label: '启动', children: `${formatDateTime(c.openedAt)} · ${c.openedByName}` },
    {
      key: 'alert',
      label: '确认依据',
      children: c.riskAlertId ? <Link to={withArea(`/risk-alerts/${c.riskAlertId}`, orgId)}>基金风险预警 #{c.riskAlertId}</Link> : <Muted>—</Muted>,
    },
    ...(c.closedAt ? [{ key: 'closedAt', label: '办结时间', children: formatDateTime(c.closedAt) }] : []),
  ];

  return (
    <PageContainer
      title={`身后一件事：${name}`}
      documentTitle="身后一件事详情"
      subTitle={
        <Flex gap={8} align="center">
          <Tag color={status?.color}>{status?.label ?? c.status}</Tag>
          <span>死亡日期 {formatDate(c.deathDate)}</span>
        </Flex>
      }
      onBack={goBack}
    >
      <Flex vertical gap={16}>
        <StatusAlert c={c} canWork={canWork} />
        <Panel title="逝者信息">
          <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={info} styles={{ label: { width: 110 } }} />
        </Panel>
        <Panel title="办理事项" extra={<CaseProgress items={c.items} />} bodyStyle={{ paddingTop: 8, paddingBottom: 8 }}>
          <ol aria-label="办理事项" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {c.items.map((item, i) => (
              <CaseItem
                key={item.id}
                item={item}
                first={i === 0}
                action={
                  canComplete(item) && (
                    <Button onClick={() => setCompleting(item)} aria-label={`登记办结：${CASE_ITEM_KIND[item.kind] ?? item.kind}`}>
                      登记办结
                    </Button>
                  )
                }
              />
            ))}
          </ol>
        </Panel>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Panel title="近亲属通知" style={{ height: '100%' }}>
              <Notification c={c} action={c.allowedActions.includes('NOTIFY_NEXT_OF_KIN') && <NotifyButton c={c} onNotify={notifyNextOfKin} />} />
            </Panel>
          </Col>
          <Col xs={24} xl={12}>
            <Panel title="办理过程" style={{ height: '100%' }}>
              <Timeline
                items={c.timeline.map((e) => ({
                  key: e.id,
                  color: e.text.includes('已办结') ? 'green' : e.text.includes('联系家属') || e.text.includes('不适用') ? 'gray' : 'blue',
                  content: (
                    <Flex vertical gap={2} data-testid="case-event">
                      <span>{e.text}</span>
                      <Muted style={{ fontSize: 12 }}>
                        {formatDateTime(e.at)} · {e.actorName}
                      </Muted>
                    </Flex>
                  ),
                }))}
              />
            </Panel>
          </Col>
        </Row>
      </Flex>
      {completing && <CompleteCaseItemModal item={completing} name={name} onClose={() => setCompleting(null)} onSubmit={(input) => submit(completing, input)} />}
    </PageContainer>
  );
}

export default PosthumousCaseDetailPage;
