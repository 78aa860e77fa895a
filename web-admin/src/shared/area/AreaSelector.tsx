import { DownOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Flex, theme } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Muted } from '../text';
import { AREA_TREE_QUERY } from './areaTreeQuery';
import { useArea } from './useArea';

// The tree select is loaded when the user reaches for it (or hovers it): until then a look-alike
// shows the current area. It is the largest part of the list pages' header.
const loadTreeSelect = () => import('./OrgTreeSelect').then((m) => ({ default: m.OrgTreeSelect }));
const OrgTreeSelect = lazy(loadTreeSelect);

const WIDTH = 280;

/** The header's area filter: its value is `?org=` in the URL, which every list reads. */
export function AreaSelector() {
  const [orgId, setArea] = useArea();
  const [active, setActive] = useState(false);
  const { token } = theme.useToken();
  const { data } = useQuery(AREA_TREE_QUERY);
  const current = orgId ? data?.orgUnits.find((u) => u.id === orgId)?.name : undefined;

  const lookAlike = (
    <button
      type="button"
      aria-label="区域"
      aria-haspopup="tree"
      onMouseEnter={() => void loadTreeSelect()}
      onFocus={() => void loadTreeSelect()}
      onClick={() => setActive(true)}
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        width: WIDTH,
        height: token.controlHeight,
        padding: `0 ${token.paddingSM - 1}px`,
        border: `1px solid ${token.colorBorder}`,
        borderRadius: token.borderRadius,
        background: token.colorBgContainer,
        color: current ? token.colorText : token.colorTextPlaceholder,
        font: 'inherit',
        cursor: 'pointer',
      }}
    >
      <span>{current ?? (orgId ? '…' : '全部管辖区域')}</span>
      <DownOutlined style={{ fontSize: 12, color: token.colorTextQuaternary }} />
    </button>
  );

  return (
    <Flex align="center" gap={8}>
      <Muted>
        <EnvironmentOutlined /> 区域
      </Muted>
      {active ? (
        <Suspense fallback={lookAlike}>
          <OrgTreeSelect aria-label="区域" value={orgId} onChange={setArea} allowClear placeholder="全部管辖区域" style={{ width: WIDTH }} autoFocus defaultOpen />
        </Suspense>
      ) : (
        lookAlike
      )}
    </Flex>
  );
}
