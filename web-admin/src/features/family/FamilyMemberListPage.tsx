import { useQuery } from '@apollo/client/react';
import { Button, Checkbox, Flex, Input, type TableColumnsType } from 'antd';
import { startTransition, useMemo, useOptimistic } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { FamilyMemberFilter, FamilyMembersQuery } from '../../gql/graphql';
import { AREA_PARAM, useArea, withArea } from '../../shared/area/useArea';
import { CursorTable } from '../../shared/CursorTable';
import { fieldError } from '../../shared/errors';
import { PageContainer } from '../../shared/page';
import { useCursorPages, pageVariables } from '../../shared/pagination';
import { Panel } from '../../shared/Panel';
import { MONOSPACE, Muted } from '../../shared/text';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { FamilyTags } from './FamilyTags';
import { FAMILY_MEMBERS_QUERY } from './familyQueries';

type Row = FamilyMembersQuery['familyMembers']['items'][number];

/** URL parameters of the page's filters. */
const Q = 'q';
const KIN = 'kin';
const EMERGENCY = 'emergency';
const TOTAL_CAP = 10_000;

/** 家庭成员信息库：谁是某位退休人员的近亲属、紧急联系人，按姓名查找。 */
export function FamilyMemberListPage() {
  const [params, setParams] = useSearchParams();
  const [orgId] = useArea();
  const pages = useCursorPages();
  const search = params.get(Q)?.trim() ?? '';
  const nextOfKinOnly = params.get(KIN) === '1';
  const emergencyContactOnly = params.get(EMERGENCY) === '1';
  // The URL changes in a router transition: the boxes show the click at once, not when it commits.
  const [shown, showFlag] = useOptimistic({ [KIN]: nextOfKinOnly, [EMERGENCY]: emergencyContactOnly }, (current, [name, on]: [string, boolean]) => ({ ...current, [name]: on }));

  const variables = useMemo(() => {
    const filter: FamilyMemberFilter = {};
    if (search) filter.search = search;
    if (nextOfKinOnly) filter.nextOfKinOnly = true;
    if (emergencyContactOnly) filter.emergencyContactOnly = true;
    if (orgId) filter.orgUnitId = orgId;
    return pageVariables(filter, pages);
  }, [search, nextOfKinOnly, emergencyContactOnly, orgId, pages.pageSize, pages.after]);

  const committedVariables = useCommittedVariables(variables);
  const { data, previousData, loading, error, refetch } = useQuery(FAMILY_MEMBERS_QUERY, { variables: committedVariables, notifyOnNetworkStatusChange: true });
  const list = error ? undefined : (data ?? previousData)?.familyMembers;
  const badInput = fieldError(error);

  /** Sets one filter, keeping the area and page size; the pages start over. */
  const setFilter = (name: string, value: string | null) =>
    setParams((prev) => {
      const out = new URLSearchParams();
      for (const keep of [AREA_PARAM, Q, KIN, EMERGENCY, 'size']) {
        const v = keep === name ? value : prev.get(keep);
        if (v) out.set(keep, v);
      }
      return out;
    });

  const toggle = (name: string, on: boolean) =>
    startTransition(() => {
      showFlag([name, on]);
      setFilter(name, on ? '1' : null);
    });

  const columns: TableColumnsType<Row> = [
    {
      title: '退休人员',
      key: 'retiree',
      width: 150,
      render: (_, r) =>
        r.retiree ? (
          <Flex vertical>
            <Link to={withArea(`/retirees/${r.retiree.id}`, orgId)}>{r.retiree.name}</Link>
            <Muted style={{ fontSize: 12 }}>{r.retiree.community?.name ?? '待分配社区'}</Muted>
          </Flex>
        ) : (
          '—'
        ),
    },
    { title: '关系', dataIndex: 'relation', width: 90 },
    { title: '家庭成员', dataIndex: 'name', width: 110 },
    { title: '联系电话', dataIndex: 'phone', width: 140, render: (v: string | null) => (v ? <span style={MONOSPACE}>{v}</span> : '—') },
    { title: '身份证号', dataIndex: 'idNumber', width: 190, render: (v: string | null) => (v ? <span style={MONOSPACE}>{v}</span> : '—') },
    { title: '标记', key: 'tags', render: (_, r) => <FamilyTags member={r} /> },
  ];

  return (
    <PageContainer title="家庭成员信息库" subTitle="管辖区域内退休人员登记的家庭成员">
      <Panel style={{ marginBottom: 16 }}>
        <Flex align="center" gap={16} wrap>
          <Input.Search
            key={search}
            aria-label="姓名"
            placeholder="退休人员或家属姓名"
            defaultValue={search}
            allowClear
            enterButton={
              <Button type="primary" autoInsertSpace={false}>
                查询
              </Button>
            }
            maxLength={20}
            style={{ width: 320 }}
            status={badInput ? 'error' : undefined}
            onSearch={(value) => {
              const next = value.trim();
              if (next === search) void refetch();
              else setFilter(Q, next || null);
            }}
          />
          <Checkbox checked={shown[KIN]} onChange={(e) => toggle(KIN, e.target.checked)}>
            只看近亲属
          </Checkbox>
          <Checkbox checked={shown[EMERGENCY]} onChange={(e) => toggle(EMERGENCY, e.target.checked)}>
            只看紧急联系人
          </Checkbox>
        </Flex>
      </Panel>
      <Panel>
        <CursorTable<Row>
          rowKey="id"
          columns={columns}
          list={list}
          loading={loading}
          error={error}
          onRetry={badInput ? undefined : () => void refetch()}
          pages={pages}
          emptyText={search ? `没有姓名以「${search}」开头的退休人员或家庭成员` : '没有符合条件的家庭成员'}
          // The API stops counting at 10,000.
          unit={list && list.total >= TOTAL_CAP ? '人以上' : '人'}
          scroll={{ x: 860 }}
        />
      </Panel>
    </PageContainer>
  );
}

export default FamilyMemberListPage;
