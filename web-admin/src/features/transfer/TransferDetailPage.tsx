import { skipToken, useQuery } from '@apollo/client/react';
import { Button, Descriptions, Flex, Steps, Tag, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { TransferDetailFieldsFragment } from '../../gql/graphql';
import { AREA_TREE_QUERY } from '../../shared/area/areaTreeQuery';
import { useArea, withArea } from '../../shared/area/useArea';
import { formatDate, formatDateTime, GENDER_LABEL, labelOf } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { PageSkeleton } from '../../shared/PageSkeleton';
import { Panel } from '../../shared/Panel';
import { NotFoundResult, QueryErrorResult } from '../../shared/results';
import { MONOSPACE, Muted } from '../../shared/text';
import { isRecordId, useBackToList } from '../../shared/useBackToList';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { TRANSFER_STATUS } from './labels';
import { TransferActions } from './TransferActions';
import { COMMUNITY_TRANSFER_QUERY } from './transferQueries';

type Transfer = TransferDetailFieldsFragment;
type StepStatus = 'wait' | 'process' | 'finish' | 'error';
interface Step {
  title: string;
  status: StepStatus;
  content: ReactNode;
}

const unitLine = (community: { name: string }, township: { name: string } | null | undefined) => (township ? `${township.name} · ${community.name}` : community.name);

function StepNote({ lines }: { lines: (ReactNode | null | false | undefined)[] }) {
  return (
    <Flex vertical gap={2} style={{ maxWidth: 260 }}>
      {lines.filter(Boolean).map((line, i) => (
        <span key={i}>{line}</span>
      ))}
    </Flex>
  );
}

/** 申请 → 转出社区审核 → 转入社区接收 → 完成, each with when, who and what they said. */
export function transferSteps(t: Transfer): Step[] {
  const s = t.status;
  const cancelled = s === 'CANCELLED' ? `已撤销 · ${formatDateTime(t.cancelledAt)}` : null;

  const applied: Step = {
    title: '申请',
    status: 'finish',
    content: <StepNote lines={[formatDateTime(t.createdAt), t.requestedByRetiree ? `${t.requestedByName}（本人申请）` : `${t.requestedByName}（工作人员代办）`]} />,
  };

  let origin: Step;
  if (t.originReviewedAt) {
    const refused = s === 'REJECTED_BY_ORIGIN';
    origin = {
      title: '转出社区审核',
      status: refused ? 'error' : 'finish',
      content: (
        <StepNote
          lines={[formatDateTime(t.originReviewedAt), `${t.originReviewerName ?? '—'}：${refused ? '不同意转出' : '同意转出'}`, t.originNote && `意见：${t.originNote}`]}
        />
      ),
    };
  } else if (s === 'PENDING_ORIGIN') {
    origin = { title: '转出社区审核', status: 'process', content: <StepNote lines={[`待${t.fromCommunity.name}审核`]} /> };
  } else {
    origin = { title: '转出社区审核', status: cancelled ? 'error' : 'wait', content: <StepNote lines={[cancelled]} /> };
  }

  let target: Step;
  if (t.targetReviewedAt) {
    const refused = s === 'REJECTED_BY_TARGET';
    target = {
      title: '转入社区接收',
      status: refused ? 'error' : 'finish',
      content: (
        <StepNote lines={[formatDateTime(t.targetReviewedAt), `${t.targetReviewerName ?? '—'}：${refused ? '不接收' : '接收'}`, t.targetNote && `意见：${t.targetNote}`]} />
      ),
    };
  } else if (s === 'PENDING_TARGET') {
    target = { title: '转入社区接收', status: 'process', content: <StepNote lines={[`待${t.toCommunity.name}接收`]} /> };
  } else {
    // Withdrawn after the origin approved: it stopped at this step.
    const stoppedHere = cancelled && t.originReviewedAt ? cancelled : null;
    target = { title: '转入社区接收', status: stoppedHere ? 'error' : 'wait', content: <StepNote lines={[stoppedHere]} /> };
  }

  const done: Step =
    s === 'COMPLETED'
      ? { title: '完成', status: 'finish', content: <StepNote lines={[formatDateTime(t.completedAt), `管理社区已变更为${t.toCommunity.name}`]} /> }
      : { title: '完成', status: 'wait', content: null };

  return [applied, origin, target, done];
}

export function TransferDetailPage() {
  const { id = '' } = useParams();
  const validId = isRecordId(id);
  const [orgId] = useArea();
  const goBack = useBackToList('/transfers');
  const variables = useCommittedVariables({ id });
  const { data, loading, error, refetch } = useQuery(COMMUNITY_TRANSFER_QUERY, validId ? { variables } : skipToken);
  // The units this viewer may open: a link to the retiree only when their record is in reach.
  const { data: area } = useQuery(AREA_TREE_QUERY);

  const backButton = <Button onClick={goBack}>返回社区转移</Button>;

  if (!validId) return <NotFoundResult subTitle="申请编号无效，请从社区转移列表进入。" extra={backButton} />;
  if (error) return <QueryErrorResult error={error} onRetry={() => void refetch()} back={backButton} />;
  if (loading && !data) return <PageSkeleton rows={8} />;
  const t = data?.communityTransfer;
  if (!t) return <NotFoundResult subTitle="该转移申请不存在。" extra={backButton} />;

  const status = TRANSFER_STATUS[t.status];
  const managingUnit = t.status === 'COMPLETED' ? t.toCommunity.id : t.fromCommunity.id;
  const canOpenRetiree = Boolean(area?.orgUnits.some((u) => u.id === managingUnit));
  const a = t.applicant;

  const items: DescriptionsProps['items'] = [
    {
      key: 'name',
      label: '申请人',
      children: canOpenRetiree ? <Link to={withArea(`/retirees/${a.id}`, orgId)}>{a.name}</Link> : a.name,
    },
    { key: 'gender', label: '性别', children: labelOf(GENDER_LABEL, a.gender) },
    { key: 'birth', label: '出生日期', children: formatDate(a.birthDate) },
    { key: 'idNumber', label: '身份证号', children: <span style={MONOSPACE}>{a.idNumberMasked}</span> },
    { key: 'phone', label: '联系电话', span: 'filled', children: a.phoneMasked ? <span style={MONOSPACE}>{a.phoneMasked}</span> : <Muted>未登记</Muted> },
    { key: 'from', label: '转出社区', children: unitLine(t.fromCommunity, t.fromTownship) },
    { key: 'to', label: '转入社区', span: 'filled', children: unitLine(t.toCommunity, t.toTownship) },
    { key: 'address', label: '新居住地址', span: 'filled', children: t.newAddress },
    { key: 'reason', label: '转移原因', span: 'filled', children: t.reason },
    { key: 'requestedBy', label: '申请方式', children: t.requestedByRetiree ? '本人在应用中申请' : `工作人员代办（${t.requestedByName}）` },
    { key: 'createdAt', label: '申请时间', children: formatDateTime(t.createdAt) },
  ];

  return (
    <PageContainer
      title={`社区转移：${a.name}`}
      documentTitle="社区转移申请"
      subTitle={
        <Flex gap={8} align="center">
          <Tag color={status?.color}>{status?.label ?? t.status}</Tag>
          <span>
            {t.fromCommunity.name} → {t.toCommunity.name}
          </span>
        </Flex>
      }
      onBack={goBack}
      extra={t.allowedActions.length > 0 && <TransferActions transfer={t} onStale={() => void refetch()} />}
    >
      <Flex vertical gap={16}>
        <Panel title="办理进度">
          <Steps items={transferSteps(t)} />
        </Panel>
        <Panel title="申请信息">
          <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} styles={{ label: { width: 110 } }} />
        </Panel>
      </Flex>
    </PageContainer>
  );
}

export default TransferDetailPage;
