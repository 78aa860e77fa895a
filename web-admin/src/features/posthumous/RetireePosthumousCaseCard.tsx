import { Descriptions, Tag, type DescriptionsProps } from 'antd';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { RetireePosthumousCaseFragment } from '../../gql/graphql';
import { useArea, withArea } from '../../shared/area/useArea';
import { formatDate, formatDateTime } from '../../shared/format';
import { Panel } from '../../shared/Panel';
import { Muted } from '../../shared/text';
import { CaseProgress } from './CaseProgress';
import { CASE_STATUS } from './labels';

/** What the retiree's page shows of their 身后一件事 (read with the record: `Retiree.posthumousCase`). */
export const RETIREE_POSTHUMOUS_CASE = graphql(`
  fragment RetireePosthumousCase on PosthumousCase {
    id
    status
    deathDate
    notifiedRelative
    notifiedAt
    openedAt
    closedAt
    items {
      id
      status
    }
  }
`);

/** 身后一件事 on a deceased retiree's page: where the case stands, and the way to it. */
export function RetireePosthumousCaseCard({ posthumousCase: c }: { posthumousCase: RetireePosthumousCaseFragment }) {
  const [orgId] = useArea();
  const status = CASE_STATUS[c.status];
  const items: DescriptionsProps['items'] = [
    { key: 'status', label: '办理状态', children: <Tag color={status?.color}>{status?.label ?? c.status}</Tag> },
    { key: 'deathDate', label: '死亡日期', children: formatDate(c.deathDate) },
    { key: 'progress', label: '办理进度', children: <CaseProgress items={c.items} /> },
    { key: 'openedAt', label: '启动时间', children: formatDateTime(c.openedAt) },
    { key: 'relative', label: '近亲属通知', children: c.notifiedAt ? `${c.notifiedRelative ?? '近亲属'} · ${formatDateTime(c.notifiedAt)}` : <Muted>未能短信通知，请社区联系家属</Muted> },
    ...(c.closedAt ? [{ key: 'closedAt', label: '办结时间', children: formatDateTime(c.closedAt) }] : []),
  ];
  return (
    <Panel
      title="身后一件事"
      extra={
        <Link to={withArea(`/posthumous-cases/${c.id}`, orgId)}>查看身后一件事</Link>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />
    </Panel>
  );
}
