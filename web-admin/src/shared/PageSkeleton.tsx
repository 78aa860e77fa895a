import { Skeleton, theme } from 'antd';

// Its own module: the pages that show it are not the first page, and antd's Skeleton is not small.

/** A page's data is on its way: the outline of what is coming. */
export function PageSkeleton({ rows = 6 }: { rows?: number }) {
  const { token } = theme.useToken();
  return (
    <div aria-busy="true" aria-label="正在加载" style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: 24 }}>
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}
