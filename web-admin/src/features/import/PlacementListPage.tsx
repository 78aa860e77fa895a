import { useQuery } from '@apollo/client/react';
import { Button, Flex, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { RetireesAwaitingPlacementQuery, RetireesAwaitingPlacementQueryVariables } from '../../gql/graphql';
import { useArea, withArea } from '../../shared/area/useArea';
import { CursorTable } from '../../shared/CursorTable';
import { formatDateTime } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { useCursorPages } from '../../shared/pagination';
import { Panel } from '../../shared/Panel';
import { MONOSPACE, Muted } from '../../shared/text';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { PlaceRetireeModal } from './PlaceRetireeModal';
import { AWAITING_PLACEMENT_QUERY } from './placementQueries';

type Row = RetireesAwaitingPlacementQuery['retireesAwaitingPlacement']['items'][number];

/** 待分配社区：新退休人员的地址未能自动对应到一个社区，由镇街（或市局）分配管理社区。 */
export function PlacementListPage() {
  const [orgId] = useArea();
  const pages = useCursorPages();
  const [placing, setPlacing] = useState<Row | null>(null);
  const variables = useMemo(() => {
    const v: RetireesAwaitingPlacementQueryVariables = { limit: pages.pageSize };
    if (orgId) v.orgUnitId = orgId;
    if (pages.after) v.after = pages.after;
    return v;
  }, [orgId, pages.pageSize, pages.after]);
  const committedVariables = useCommittedVariables(variables);
  const { data, previousData, loading, error, refetch } = useQuery(AWAITING_PLACEMENT_QUERY, { variables: committedVariables, notifyOnNetworkStatusChange: true });
  const list = error ? undefined : (data ?? previousData)?.retireesAwaitingPlacement;

  const columns: TableColumnsType<Row> = [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 90,
      fixed: 'left',
      render: (name: string, r) => <Link to={withArea(`/retirees/${r.id}`, orgId)}>{name}</Link>,
    },
    { title: '身份证号', dataIndex: 'idNumber', width: 180, render: (v: string) => <span style={MONOSPACE}>{v}</span> },
    {
      title: '地址',
      key: 'address',
      width: 300,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span>常住：{r.residenceAddress || <Muted>未登记</Muted>}</span>
          <Muted>户籍：{!r.hukouAddress ? '未登记' : r.hukouAddress === r.residenceAddress ? '同常住地址' : r.hukouAddress}</Muted>
        </Flex>
      ),
    },
    { title: '所属镇街', key: 'township', width: 100, render: (_, r) => r.township?.name ?? <Muted>未定</Muted> },
    { title: '待分配原因', dataIndex: 'placementNote', render: (v: string | null) => v || <Muted>—</Muted> },
    { title: '登记时间', dataIndex: 'createdAt', width: 140, render: (v: string) => formatDateTime(v) },
    {
      title: '操作',
      key: 'place',
      width: 96,
      fixed: 'right',
      render: (_, r) => (
        <Button type="link" size="small" onClick={() => setPlacing(r)} aria-label={`为${r.name}分配社区`}>
          分配社区
        </Button>
      ),
    },
  ];

  return (
    <PageContainer title="待分配社区" subTitle="新退休人员的地址未能对应到社区，请为其分配管理社区">
      <Panel>
        <CursorTable<Row>
          rowKey="id"
          columns={columns}
          list={list}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          pages={pages}
          emptyText={orgId ? '该区域没有待分配社区的人员' : '没有待分配社区的人员'}
          unit="人"
          scroll={{ x: 1120 }}
        />
      </Panel>
      {placing && (
        <PlaceRetireeModal
          retiree={placing}
          onClose={() => setPlacing(null)}
          onPlaced={() => setPlacing(null)}
          onStale={() => {
            setPlacing(null);
            void refetch();
          }}
        />
      )}
    </PageContainer>
  );
}

export default PlacementListPage;
