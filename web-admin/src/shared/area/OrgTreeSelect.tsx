import { useQuery } from '@apollo/client/react';
import { TreeSelect } from 'antd';
import { Muted } from '../text';
import { useMemo, type CSSProperties, type ReactNode } from 'react';
import type { AreaTreeQuery } from '../../gql/graphql';
import { AREA_TREE_QUERY } from './areaTreeQuery';
import { buildOrgTree, type TreeOf } from './orgTree';



type Unit = AreaTreeQuery['orgUnits'][number];

interface TreeOption {
  value: string;
  title: ReactNode;
  label: string;
  name: string;
  children: TreeOption[];
}

function toOptions(nodes: TreeOf<Unit>[], showCounts: boolean): TreeOption[] {
  return nodes.map((n) => ({
    value: n.id,
    label: n.name,
    name: n.name,
    title: showCounts ? (
      <span>
        {n.name}
        <Muted style={{ marginInlineStart: 8, fontSize: 12 }}>
          {n.retireeCount.toLocaleString('zh-CN')} 人
        </Muted>
      </span>
    ) : (
      n.name
    ),
    children: toOptions(n.children, showCounts),
  }));
}

interface OrgTreeSelectProps {
  autoFocus?: boolean;
  defaultOpen?: boolean;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  showCounts?: boolean;
  style?: CSSProperties;
  id?: string;
  'aria-label'?: string;
  status?: 'error' | 'warning';
}

/** Pick an org unit from the tree the viewer may see (bureau → township → community). */
export function OrgTreeSelect({ value, onChange, placeholder = '请选择单位', allowClear, showCounts = true, style, id, status, autoFocus, defaultOpen, ...rest }: OrgTreeSelectProps) {
  const { data, loading, error } = useQuery(AREA_TREE_QUERY);
  const treeData = useMemo(() => toOptions(buildOrgTree(data?.orgUnits ?? []), showCounts), [data, showCounts]);
  const rootId = treeData[0]?.value;
  return (
    <TreeSelect
      id={id}
      aria-label={rest['aria-label']}
      autoFocus={autoFocus}
      defaultOpen={defaultOpen}
      status={error ? 'error' : status}
      style={style}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      treeData={treeData}
      treeNodeLabelProp="label"
      showSearch={{ treeNodeFilterProp: 'name' }}
      allowClear={allowClear}
      loading={loading}
      placeholder={error ? '单位列表加载失败' : placeholder}
      treeDefaultExpandedKeys={rootId ? [rootId] : []}
      popupMatchSelectWidth={false}
      listHeight={420}
      notFoundContent={loading ? '加载中…' : '没有匹配的单位'}
    />
  );
}
