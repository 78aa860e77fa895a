import { useQuery } from '@apollo/client/react';
import { Flex, Tabs, Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { CommunityTransfersQuery, TransferFilter } from '../../gql/graphql';
import { useArea, withArea } from '../../shared/area/useArea';
import { CursorTable } from '../../shared/CursorTable';
import { formatDateTime } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { useCursorPages, pageVariables, keptListParams } from '../../shared/pagination';
import { Panel } from '../../shared/Panel';
import { Muted } from '../../shared/text';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { useRowLink } from '../../shared/useRowLink';
import { TRANSFER_STATUS } from './labels';
import { COMMUNITY_TRANSFERS_QUERY } from './transferQueries';

type Row = CommunityTransfersQuery['communityTransfers']['items'][number];

const TAB_PARAM = 'tab';

/** The tabs: what each asks the API for, relative to the selected area (or the viewer's own). */
const TABS: readonly { key: string; label: string; filter: () => TransferFilter; empty: string }[] = [
  { key: 'outgoing', label: '待转出审核', filter: () => ({ direction: 'OUTGOING', status: ['PENDING_ORIGIN'] }), empty: '没有待审核的转出申请' },
  { key: 'incoming', label: '待接收', filter: () => ({ direction: 'INCOMING', status: ['PENDING_TARGET'] }), empty: '没有待接收的转入申请' },
  { key: 'all', label: '全部', filter: () => ({}), empty: '没有社区转移申请' },
];

function Unit({ community, township }: { community: { name: string }; township?: { name: string } | null }) {
  return (
    <Flex vertical>
      <span>{community.name}</span>
      {township && <Muted style={{ fontSize: 12 }}>{township.name}</Muted>}
    </Flex>
  );
}

/** 社区转移：转出社区先审核，同意后转入社区才看得到并接收。 */
export function TransferListPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const [orgId] = useArea();
  const pages = useCursorPages();
  const tab = TABS.find((t) => t.key === params.get(TAB_PARAM)) ?? TABS[0]!;

  const variables = useMemo(() => {
    const filter = tab.filter();
    if (orgId) filter.orgUnitId = orgId;
    return pageVariables(filter, pages);
  }, [tab, orgId, pages.pageSize, pages.after]);

  const committedVariables = useCommittedVariables(variables);
  const { data, previousData, loading, error, refetch } = useQuery(COMMUNITY_TRANSFERS_QUERY, { variables: committedVariables, notifyOnNetworkStatusChange: true });
  const list = error ? undefined : (data ?? previousData)?.communityTransfers;

  const setTab = (key: string) =>
    setParams((prev) => {
      const out = keptListParams(prev);
      if (key !== TABS[0]!.key) out.set(TAB_PARAM, key);
      return out;
    });

  const detailState = { fromList: `${location.pathname}${location.search}` };
  const detailPath = (r: Row) => withArea(`/transfers/${r.id}`, orgId);
  const openRow = useRowLink(detailPath, detailState);
  const columns: TableColumnsType<Row> = [
    {
      title: '申请人',
      key: 'applicant',
      width: 110,
      render: (_, r) => (
        <Link to={detailPath(r)} state={detailState}>
          {r.applicant.name}
        </Link>
      ),
    },
    {
      title: '转出社区 → 转入社区',
      key: 'route',
      render: (_, r) => (
        <Flex align="center" gap={16}>
          <Unit community={r.fromCommunity} township={r.fromTownship} />
          <Muted>→</Muted>
          <Unit community={r.toCommunity} township={r.toTownship} />
        </Flex>
      ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 130,
      render: (s: string) => <Tag color={TRANSFER_STATUS[s]?.color}>{TRANSFER_STATUS[s]?.label ?? s}</Tag>,
    },
    { title: '申请时间', dataIndex: 'createdAt', width: 140, render: (v: string) => formatDateTime(v) },
    {
      title: '提交人',
      key: 'requestedBy',
      width: 140,
      render: (_, r) => (r.requestedByRetiree ? '本人申请' : <span title="工作人员代为申请">{r.requestedByName}（代办）</span>),
    },
  ];

  return (
    <PageContainer title="社区转移" subTitle="转出社区同意后，转入社区才能看到并接收">
      <Panel bodyStyle={{ paddingTop: 8 }}>
        <Tabs activeKey={tab.key} onChange={setTab} items={TABS.map((t) => ({ key: t.key, label: t.label }))} />
        <CursorTable<Row>
          rowKey="id"
          columns={columns}
          list={list}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          pages={pages}
          emptyText={tab.empty}
          unit="份申请"
          scroll={{ x: 900 }}
          onRow={openRow}
        />
      </Panel>
    </PageContainer>
  );
}

export default TransferListPage;
