import { useQuery } from '@apollo/client/react';
import { Col, Input, Row, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { OrgTreeQuery } from '../../gql/graphql';
import { buildOrgTree, type TreeOf } from '../../shared/area/orgTree';
import { withArea } from '../../shared/area/useArea';
import { labelOf, ORG_KIND_LABEL, ORG_LEVEL_LABEL } from '../../shared/format';
import { PageContainer } from '../../shared/page';
import { Panel } from '../../shared/Panel';
import { QueryErrorResult } from '../../shared/results';
import { PageSkeleton } from '../../shared/PageSkeleton';
import { EmptyState } from '../../shared/states';

export const ORG_TREE_QUERY = graphql(`
  query OrgTree {
    orgUnits {
      id
      name
      parentId
      code
      level
      kind
      contactName
      contactPhone
      address
      retireeCount
    }
  }
`);

type Unit = OrgTreeQuery['orgUnits'][number];
/** antd's tree table hides the expander when `children` is absent, so leaves carry none. */
type Node = Omit<TreeOf<Unit>, 'children'> & { children?: Node[] };

function prune(nodes: TreeOf<Unit>[], keep: (u: Unit) => boolean): Node[] {
  const out: Node[] = [];
  for (const n of nodes) {
    const children = prune(n.children, keep);
    if (keep(n) || children.length) out.push({ ...n, children: children.length ? children : undefined });
  }
  return out;
}

export function OrgTreePage() {
  const { data, loading, error, refetch } = useQuery(ORG_TREE_QUERY);
  const [keyword, setKeyword] = useState('');
  const units = useMemo(() => data?.orgUnits ?? [], [data]);
  const tree = useMemo(() => {
    const k = keyword.trim();
    return prune(buildOrgTree(units), (u) => !k || u.name.includes(k) || u.code.startsWith(k));
  }, [units, keyword]);

  if (error) return <QueryErrorResult error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <PageSkeleton rows={12} />;

  const townships = units.filter((u) => u.level === 'TOWNSHIP').length;
  const communities = units.filter((u) => u.level === 'COMMUNITY').length;
  const total = tree.length ? units.filter((u) => !units.some((p) => p.id === u.parentId)).reduce((sum, u) => sum + u.retireeCount, 0) : 0;

  const columns: TableColumnsType<Node> = [
    { title: '单位名称', dataIndex: 'name', width: 260, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
    {
      title: '类型',
      key: 'kind',
      width: 100,
      render: (_, u) => <Tag color={u.level === 'CITY' ? 'gold' : u.level === 'TOWNSHIP' ? 'blue' : 'green'}>{u.kind ? labelOf(ORG_KIND_LABEL, u.kind) : labelOf(ORG_LEVEL_LABEL, u.level)}</Tag>,
    },
    { title: '区划代码', dataIndex: 'code', width: 130, render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text> },
    {
      title: '退休人员',
      dataIndex: 'retireeCount',
      width: 110,
      align: 'right',
      render: (v: number, u) => <Link to={withArea('/retirees', u.id)}>{v.toLocaleString('zh-CN')} 人</Link>,
    },
    { title: '联系人', dataIndex: 'contactName', width: 100, render: (v: string | null) => v || '—' },
    { title: '办公电话', dataIndex: 'contactPhone', width: 140, render: (v: string | null) => v || '—' },
    { title: '办公地址', dataIndex: 'address', ellipsis: true, render: (v: string | null) => v || '—' },
  ];

  return (
    <PageContainer title="组织架构" subTitle="市人社局 → 镇乡街道 → 社区村">
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={24} sm={8}>
          <Panel>
            <Statistic title="镇乡街道" value={townships} suffix="个" />
          </Panel>
        </Col>
        <Col xs={24} sm={8}>
          <Panel>
            <Statistic title="社区村" value={communities} suffix="个" />
          </Panel>
        </Col>
        <Col xs={24} sm={8}>
          <Panel>
            <Statistic title="管理的退休人员" value={total} suffix="人" />
          </Panel>
        </Col>
      </Row>
      <Panel title="单位列表" extra={<Input.Search allowClear placeholder="按名称或区划代码查找" onSearch={setKeyword} onChange={(e) => !e.target.value && setKeyword('')} style={{ width: 260 }} />}>
        <Table<Node>
          key={keyword}
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={tree}
          pagination={false}
          scroll={{ x: 1000 }}
          expandable={{ defaultExpandedRowKeys: keyword ? units.map((u) => u.id) : tree.map((n) => n.id) }}
          locale={{ emptyText: <EmptyState description="没有匹配的单位" /> }}
        />
      </Panel>
    </PageContainer>
  );
}

export default OrgTreePage;
