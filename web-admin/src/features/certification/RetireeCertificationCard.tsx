import { useQuery } from '@apollo/client/react';
import { Descriptions, Flex, Table, Tag, type DescriptionsProps, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { RetireeCertificationQuery } from '../../gql/graphql';
import { useArea, withArea } from '../../shared/area/useArea';
import { formatDate, formatDateTime } from '../../shared/format';
import { Panel } from '../../shared/Panel';
import { EmptyState, QueryErrorAlert } from '../../shared/states';
import { Muted } from '../../shared/text';
import { SUSPENSION_STATUS } from '../suspension/labels';
import { RETIREE_CERTIFICATION_QUERY } from './certificationQueries';
import { EvidenceList } from './Evidence';
import { CERT_METHOD, CERT_STATUS, formatScore } from './labels';

type Retiree = NonNullable<RetireeCertificationQuery['retiree']>;
type Certification = NonNullable<Retiree['certification']>;
type CertificationRecord = Retiree['certificationRecords'][number];
type Suspension = Retiree['paymentSuspensions'][number];

/** The card lists this many certification acts, newest first. */
const RECORDS = 5;

const recordColumns: TableColumnsType<CertificationRecord> = [
  { title: '认证日期', dataIndex: 'certifiedOn', width: 110, render: (v: string) => formatDate(v) },
  { title: '方式', dataIndex: 'method', width: 100, render: (m: CertificationRecord['method']) => CERT_METHOD[m] ?? m },
  { title: '结果', dataIndex: 'passed', width: 90, render: (passed: boolean) => (passed ? <Tag color="success">通过</Tag> : <Tag color="error">未通过</Tag>) },
  {
    title: '得分',
    key: 'scores',
    render: (_, r) => {
      if (r.method === 'FACE') return `活体 ${formatScore(r.liveness)} · 相似度 ${formatScore(r.similarity)}`;
      if (r.score != null) return `得分 ${formatScore(r.score)}`;
      return <Muted>—</Muted>;
    },
  },
  { title: '记录时间', dataIndex: 'createdAt', width: 140, render: (v: string) => formatDateTime(v) },
];

/** Status, valid until, how and when last certified (the passive score), why passive certification is blocked, and the evidence. */
function Current({ c }: { c: Certification | null }) {
  if (!c) return <EmptyState description="暂无认证信息" />;
  const status = CERT_STATUS[c.status];
  const items: DescriptionsProps['items'] = [
    {
      key: 'status',
      label: '认证状态',
      span: 'filled',
      children: (
        <Flex gap={8} align="center" wrap>
          <Tag color={status?.color}>{status?.label ?? c.status}</Tag>
          {c.validUntil && <span>有效期至 {formatDate(c.validUntil)}</span>}
        </Flex>
      ),
    },
    {
      key: 'method',
      label: '最近认证方式',
      children: c.method ? CERT_METHOD[c.method] : <Muted>从未认证</Muted>,
    },
    ...(c.certifiedOn ? [{ key: 'certifiedOn', label: '最近认证日期', children: formatDate(c.certifiedOn) }] : []),
    ...(c.method === 'PASSIVE' && c.score != null ? [{ key: 'score', label: '无感认证得分', children: formatScore(c.score) }] : []),
    ...(c.blockedReason ? [{ key: 'blocked', label: '不能无感认证的原因', span: 'filled' as const, children: c.blockedReason }] : []),
    ...(c.evidence.length ? [{ key: 'evidence', label: '认证依据', span: 'filled' as const, children: <EvidenceList evidence={c.evidence} /> }] : []),
  ];
  return <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />;
}

/** 暂停发放 of this person (when there are any): each with its status, leading to its page. */
function Suspensions({ suspensions }: { suspensions: readonly Suspension[] }) {
  const [orgId] = useArea();
  return (
    <Flex vertical gap={8}>
      <h3 style={{ margin: 0, fontSize: 14 }}>暂停发放记录</h3>
      <ul aria-label="暂停发放记录" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
        {suspensions.map((s) => {
          const status = SUSPENSION_STATUS[s.status];
          return (
            <li key={s.id} style={{ padding: '4px 0' }}>
              <Flex gap={8} align="center" wrap>
                <Tag color={status?.color}>{status?.label ?? s.status}</Tag>
                <span>{s.summary}</span>
                {s.status === 'SUSPENDED' && s.fromPeriod && <Muted>自 {s.fromPeriod} 起暂停</Muted>}
                {s.status === 'RESTORED' && s.resumePeriod && <Muted>自 {s.resumePeriod} 起恢复</Muted>}
                <Link to={withArea(`/payment-suspensions/${s.id}`, orgId)} aria-label={`查看暂停发放 #${s.id}`}>
                  查看
                </Link>
              </Flex>
            </li>
          );
        })}
      </ul>
    </Flex>
  );
}

/** 生存认证 on a retiree's page: where the certification stands, the latest acts, and any payment suspension. */
export function RetireeCertificationCard({ retireeId }: { retireeId: string }) {
  const { data, loading, error, refetch } = useQuery(RETIREE_CERTIFICATION_QUERY, { variables: { id: retireeId } });
  const retiree = error ? undefined : data?.retiree;
  const records = retiree?.certificationRecords ?? [];

  return (
    <Panel title="生存认证" extra={records.length > RECORDS && <Muted>最近 {RECORDS} 次认证，共 {records.length} 次</Muted>}>
      {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !retiree && <div aria-busy="true" aria-label="正在加载" style={{ height: 80 }} />}
      {retiree && (
        <Flex vertical gap={16}>
          <Current c={retiree.certification ?? null} />
          {records.length > 0 && (
            <Table<CertificationRecord>
              aria-label="认证记录"
              rowKey="id"
              size="small"
              columns={recordColumns}
              dataSource={records.slice(0, RECORDS)}
              pagination={false}
              scroll={{ x: 640 }}
            />
          )}
          {retiree.paymentSuspensions.length > 0 && <Suspensions suspensions={retiree.paymentSuspensions} />}
        </Flex>
      )}
    </Panel>
  );
}
