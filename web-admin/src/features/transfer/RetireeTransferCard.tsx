import { SwapOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth';
import type { CommunityTransfersQuery } from '../../gql/graphql';
import { useArea, withArea } from '../../shared/area/useArea';
import { formatDateTime } from '../../shared/format';
import { Panel } from '../../shared/Panel';
import { EmptyState, QueryErrorAlert } from '../../shared/states';
import { OPEN_TRANSFER_STATUSES, TRANSFER_STATUS } from './labels';
import { RequestTransferModal } from './RequestTransferModal';
import { COMMUNITY_TRANSFERS_QUERY } from './transferQueries';

type Row = CommunityTransfersQuery['communityTransfers']['items'][number];

const HISTORY_LIMIT = 10;

interface RetireeTransferCardProps {
  /** A new retiree waiting for placement has no community yet, and nothing to transfer from. */
  retiree: { id: string; name: string; status: string; community?: { id: string; name: string } | null };
}

/** A retiree's community transfers, the open one first, and staff applying for one on their behalf. */
export function RetireeTransferCard({ retiree }: RetireeTransferCardProps) {
  const { can } = useAuth();
  const navigate = useNavigate();
  const [orgId] = useArea();
  const [requesting, setRequesting] = useState(false);
  const { data, loading, error, refetch } = useQuery(COMMUNITY_TRANSFERS_QUERY, { variables: { filter: { retireeId: retiree.id }, limit: HISTORY_LIMIT } });
  const transfers = error ? [] : (data?.communityTransfers.items ?? []);
  const open = transfers.find((t) => OPEN_TRANSFER_STATUSES.includes(t.status));
  const community = retiree.community;
  const canRequest = can('task:work') && retiree.status === 'ACTIVE' && !!community && !!data && !open;

  const columns: TableColumnsType<Row> = [
    { title: '申请时间', dataIndex: 'createdAt', width: 130, render: (v: string) => formatDateTime(v) },
    { title: '转出 → 转入', key: 'route', render: (_, t) => `${t.fromCommunity.name} → ${t.toCommunity.name}` },
    { title: '状态', dataIndex: 'status', width: 130, render: (s: string) => <Tag color={TRANSFER_STATUS[s]?.color}>{TRANSFER_STATUS[s]?.label ?? s}</Tag> },
    {
      title: '',
      key: 'open',
      width: 60,
      render: (_, t) => (
        <Link to={withArea(`/transfers/${t.id}`, orgId)} aria-label={`查看${t.fromCommunity.name}转往${t.toCommunity.name}的申请`}>
          查看
        </Link>
      ),
    },
  ];

  return (
    <Panel
      title="社区转移"
      extra={
        canRequest && (
          <Button icon={<SwapOutlined />} onClick={() => setRequesting(true)}>
            申请社区转移
          </Button>
        )
      }
    >
      {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
      {open && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`正在办理：转往${open.toCommunity.name}（${TRANSFER_STATUS[open.status]?.label ?? open.status}）`}
          action={<Link to={withArea(`/transfers/${open.id}`, orgId)}>查看进度</Link>}
        />
      )}
      <Table<Row>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={transfers}
        loading={loading}
        pagination={false}
        locale={{ emptyText: <EmptyState description={error ? '未能加载数据' : '没有社区转移记录'} /> }}
      />
      {requesting && community && (
        <RequestTransferModal
          retiree={{ ...retiree, community }}
          onClose={() => setRequesting(false)}
          onRequested={(id) => {
            setRequesting(false);
            void navigate(withArea(`/transfers/${id}`, orgId));
          }}
        />
      )}
    </Panel>
  );
}
