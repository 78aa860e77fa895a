import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

// Plain text in antd's colours. The app shell and the first page use these instead of antd's
// Typography, which brings its editing, copying and ellipsis machinery with it.

export function Muted({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  const { token } = theme.useToken();
  return <span style={{ color: token.colorTextSecondary, ...style }}>{children}</span>;
}

export function Strong({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  const { token } = theme.useToken();
  return <span style={{ color: token.colorText, fontWeight: token.fontWeightStrong, ...style }}>{children}</span>;
}

export const MONOSPACE: CSSProperties = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };
