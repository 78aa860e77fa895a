import { AuditOutlined, EditOutlined, EyeOutlined } from '@ant-design/icons';
import { skipToken, useQuery } from '@apollo/client/react';
import { Button, Col, Descriptions, Flex, Row, Table, Tag, Typography, type DescriptionsProps } from 'antd';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { graphql } from '../../gql';
import type { RetireeDetailQuery, SensitiveField } from '../../gql/graphql';
import { useArea, withArea } from '../../shared/area/useArea';
import { formatDate, formatDateTime, formatMoney, GENDER_LABEL, labelOf, RETIREE_STATUS } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { Panel } from '../../shared/Panel';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { NotFoundResult, QueryErrorResult } from '../../shared/results';
import { PageSkeleton } from '../../shared/PageSkeleton';
import { EmptyState } from '../../shared/states';
import { ChangeHistory } from './ChangeHistory';
import { RetireeEditDrawer } from './RetireeEditDrawer';
import { RetireeMessages } from './RetireeMessages';
import { RevealDialog } from './RevealDialog';
import { FamilyMembersCard } from '../family/FamilyMembersCard';
import { RetireeTransferCard } from '../transfer/RetireeTransferCard';
import { RetireeTasksCard } from '../task/RetireeTasksCard';
import { RetireeLifeEventsCard } from '../life-event/RetireeLifeEventsCard';
import { RetireeRiskAlertsCard } from '../risk/RetireeRiskAlertsCard';
import { RetireePosthumousCaseCard } from '../posthumous/RetireePosthumousCaseCard';
import { RetireeCertificationCard } from '../certification/RetireeCertificationCard';

// The chart library is most of this page's weight: the profile shows while it loads.
const PaymentChart = lazy(() => import('./PaymentChart').then((m) => ({ default: m.PaymentChart })));

export const RETIREE_DETAIL_QUERY = graphql(`
  query RetireeDetail($id: ID!) {
    retiree(id: $id) {
      id
      name
      gender
      birthDate
      age
      idNumber
      phone
      employer
      hukouAddress
      residenceAddress
      bankName
      bankAccount
      citizenCardNo
      retirementDate
      monthlyPension
      status
      version
      updatedAt
      placementNote
      checkedInAt
      community {
        id
        name
      }
      township {
        id
        name
      }
      posthumousCase {
        ...RetireePosthumousCase
      }
      familyMembers {
        id
        relation
        name
        idNumber
        phone
        isEmergencyContact
        isNextOfKin
      }
      payments(months: 12) {
        id
        period
        amount
        paidDate
      }
      history {
        id
        field
        oldValue
        newValue
        source
        actorName
        changedAt
        note
      }
    }
  }
`);

type Retiree = NonNullable<RetireeDetailQuery['retiree']>;
type Payment = Retiree['payments'][number];

const MONO = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' };

function Masked({ value, field, canReveal, onReveal }: { value: string | null | undefined; field: SensitiveField; canReveal: boolean; onReveal: (f: SensitiveField) => void }) {
  const label = { ID_NUMBER: '身份证号', PHONE: '联系电话', BANK_ACCOUNT: '银行账号' }[field];
  if (!value) return <Typography.Text type="secondary">未登记</Typography.Text>;
  return (
    <Flex align="center" gap={4} wrap>
      <Typography.Text style={MONO}>{value}</Typography.Text>
      {canReveal && (
        <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => onReveal(field)}>
          查看完整{label}
        </Button>
      )}
    </Flex>
  );
}

/** A new retiree the address did not place: why, and (for those who place people) where to do it. */
function AwaitingPlacement({ note, canPlace }: { note: string | null | undefined; canPlace: boolean }) {
  return (
    <Flex align="center" gap={8} wrap>
      <Tag color="warning">待分配社区</Tag>
      {note && <Typography.Text type="secondary">{note}</Typography.Text>}
      {canPlace && <Link to="/placements">去分配</Link>}
    </Flex>
  );
}

export function RetireeDetailPage() {
  const { id = '' } = useParams();
  const validId = /^[1-9]\d{0,17}$/.test(id);
  const { can, viewer } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [orgId] = useArea();
  const fromList = (location.state as { fromList?: string } | null)?.fromList;
  const variables = useCommittedVariables({ id });
  const { data, loading, error, refetch } = useQuery(RETIREE_DETAIL_QUERY, validId ? { variables } : skipToken);
  const [revealing, setRevealing] = useState<SensitiveField | null>(null);
  const [editing, setEditing] = useState(false);

  // Back to the list as the user left it (filters and page), or to the list in this area.
  const goBack = () => void (fromList ? navigate(-1) : navigate(withArea('/retirees', orgId)));
  const backButton = <Button onClick={goBack}>返回人员列表</Button>;

  const payments = useMemo(() => [...(data?.retiree?.payments ?? [])].reverse(), [data]);

  if (!validId) return <NotFoundResult subTitle="人员编号无效，请从人员列表进入。" extra={backButton} />;
  // An errored response is never rendered: out-of-area ids are 403, unknown ones 404.
  if (error) return <QueryErrorResult error={error} onRetry={() => void refetch()} back={backButton} />;
  if (loading && !data) return <PageSkeleton rows={10} />;
  const retiree = data?.retiree;
  if (!retiree) return <NotFoundResult subTitle="该退休人员不存在。" extra={backButton} />;

  const canReveal = can('retiree:reveal');
  // Townships and the bureau place new retirees (the 待分配社区 page); communities wait for them.
  const canPlace = can('task:work') && viewer?.orgUnit?.level !== 'COMMUNITY';
  const community = retiree.community;
  const unitLine = community ? [retiree.township?.name, community.name].filter(Boolean).join(' · ') : null;
  const status = RETIREE_STATUS[retiree.status];
  const masked = (value: string | null | undefined, field: SensitiveField): ReactNode => <Masked value={value} field={field} canReveal={canReveal} onReveal={setRevealing} />;

  // Wide values end their row ('filled'), so the grid holds at every breakpoint.
  const profile: DescriptionsProps['items'] = [
    { key: 'name', label: '姓名', children: retiree.name },
    { key: 'gender', label: '性别', children: labelOf(GENDER_LABEL, retiree.gender) },
    { key: 'birth', label: '出生日期', children: `${formatDate(retiree.birthDate)}（${retiree.age} 岁）` },
    { key: 'status', label: '待遇状态', children: <Tag color={status?.color}>{status?.label ?? retiree.status}</Tag> },
    { key: 'idNumber', label: '身份证号', span: 'filled', children: masked(retiree.idNumber, 'ID_NUMBER') },
    { key: 'retirementDate', label: '退休日期', children: formatDate(retiree.retirementDate) },
    { key: 'phone', label: '联系电话', span: 'filled', children: masked(retiree.phone, 'PHONE') },
    { key: 'township', label: '所属镇街', children: retiree.township?.name ?? '—' },
    {
      key: 'community',
      label: '管理社区',
      span: community ? undefined : 'filled',
      children: community ? community.name : <AwaitingPlacement note={retiree.placementNote} canPlace={canPlace} />,
    },
    ...(retiree.checkedInAt ? [{ key: 'checkedInAt', label: '纳入管理时间', children: formatDateTime(retiree.checkedInAt) }] : []),
    { key: 'pension', label: '月基本养老金', children: <Typography.Text strong>{formatMoney(retiree.monthlyPension)}</Typography.Text> },
    { key: 'bankName', label: '开户银行', children: retiree.bankName || '—' },
    { key: 'bankAccount', label: '银行账号', span: 'filled', children: masked(retiree.bankAccount, 'BANK_ACCOUNT') },
    { key: 'employer', label: '原工作单位', children: retiree.employer || '—' },
    { key: 'citizenCard', label: '市民卡号', span: 'filled', children: retiree.citizenCardNo || '—' },
    { key: 'hukou', label: '户籍地址', span: 'filled', children: retiree.hukouAddress || '—' },
    { key: 'residence', label: '常住地址', span: 'filled', children: retiree.residenceAddress || '—' },
  ];

  const paymentColumns = [
    { title: '发放期间', dataIndex: 'period' },
    { title: '金额', dataIndex: 'amount', align: 'right' as const, render: (v: number) => formatMoney(v) },
    { title: '到账日期', dataIndex: 'paidDate', render: formatDate },
    { title: '状态', key: 'state', render: () => <Tag color="success">已到账</Tag> },
  ];

  return (
    <PageContainer
      title={retiree.name}
      subTitle={
        <Flex gap={8} align="center">
          <Tag color={status?.color}>{status?.label ?? retiree.status}</Tag>
          {unitLine ? <span>{unitLine}</span> : <Tag color="warning">待分配社区</Tag>}
        </Flex>
      }
      onBack={goBack}
      extra={
        <>
          {can('audit:read') && (
            <Link to={`/audit?retiree=${retiree.id}`}>
              <Button icon={<AuditOutlined />}>查看记录</Button>
            </Link>
          )}
          {can('retiree:write') && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              编辑信息
            </Button>
          )}
        </>
      }
    >
      <Flex vertical gap={16}>
        <Panel title="基本信息" extra={<Typography.Text type="secondary">更新于 {formatDateTime(retiree.updatedAt)}</Typography.Text>}>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={profile} styles={{ label: { width: 120 } }} />
        </Panel>
        {retiree.posthumousCase && <RetireePosthumousCaseCard posthumousCase={retiree.posthumousCase} />}
        <RetireeCertificationCard retireeId={retiree.id} />
        <RetireeRiskAlertsCard retireeId={retiree.id} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Panel title="养老金发放（近 12 个月）" style={{ height: '100%' }}>
              {payments.length ? (
                <>
                  <Suspense fallback={<div style={{ height: 220 }} />}>
                    <PaymentChart payments={payments} />
                  </Suspense>
                  <Table<Payment> rowKey="id" size="small" columns={paymentColumns} dataSource={retiree.payments} pagination={false} scroll={{ y: 240 }} style={{ marginTop: 8 }} />
                </>
              ) : (
                <EmptyState description="近 12 个月没有发放记录" />
              )}
            </Panel>
          </Col>
          <Col xs={24} xl={12}>
            <Flex vertical gap={16} style={{ height: '100%' }}>
              <FamilyMembersCard retiree={retiree} members={retiree.familyMembers} />
              <Panel title="变更记录" style={{ flex: 1 }}>
                <ChangeHistory history={retiree.history} />
              </Panel>
            </Flex>
          </Col>
        </Row>
        <RetireeLifeEventsCard retireeId={retiree.id} />
        <RetireeTransferCard retiree={retiree} />
        <RetireeMessages retireeId={retiree.id} />
        <RetireeTasksCard retireeId={retiree.id} />
      </Flex>
      {revealing && <RevealDialog key={revealing} open retireeId={retiree.id} retireeName={retiree.name} field={revealing} onClose={() => setRevealing(null)} />}
      {editing && <RetireeEditDrawer retiree={retiree} open onClose={() => setEditing(false)} onReload={() => refetch()} />}
    </PageContainer>
  );
}

export default RetireeDetailPage;
