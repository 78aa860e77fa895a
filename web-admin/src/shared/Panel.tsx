import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

interface PanelProps {
  title?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  style?: CSSProperties;
  bodyStyle?: CSSProperties;
}

/**
 * A borderless content panel that looks like antd's `Card variant="borderless"`. antd's Card
 * carries its Tabs (for `tabList`) into every page that uses it; the console never uses tabbed
 * cards, and the first page must stay within its size budget.
 */
export function Panel({ title, extra, children, style, bodyStyle }: PanelProps) {
  const { token } = theme.useToken();
  return (
    <section style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, ...style }}>
      {(title || extra) && (
        <header
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 16,
            minHeight: 56,
            padding: '0 24px',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <h2 style={{ margin: 0, fontSize: token.fontSizeLG, fontWeight: token.fontWeightStrong, color: token.colorTextHeading }}>{title}</h2>
          {extra}
        </header>
      )}
      <div style={{ padding: 24, ...bodyStyle }}>{children}</div>
    </section>
  );
}
