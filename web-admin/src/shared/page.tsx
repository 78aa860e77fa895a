import { ArrowLeftOutlined, HomeOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Flex, theme } from 'antd';
import { Muted } from './text';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';

export interface Crumb {
  title: string;
  /** Where the crumb leads; the current page has none. */
  to?: string;
}

/** The layout knows where the page sits in the route table and shares it with the page header. */
export const PageTrailContext = createContext<Crumb[]>([]);

interface PageContainerProps {
  title: ReactNode;
  subTitle?: ReactNode;
  /** Buttons on the right of the title. */
  extra?: ReactNode;
  /** Shows a back arrow before the title. */
  onBack?: () => void;
  /** Document title; defaults to `title` when it is text. */
  documentTitle?: string;
  children: ReactNode;
}

/** Breadcrumb, title row and content: the frame of every console page (Ant Design Pro's PageContainer). */
export function PageContainer({ title, subTitle, extra, onBack, documentTitle, children }: PageContainerProps) {
  const trail = useContext(PageTrailContext);
  const { token } = theme.useToken();
  const docTitle = documentTitle ?? (typeof title === 'string' ? title : undefined);
  useEffect(() => {
    if (docTitle) document.title = `${docTitle} · 退休人员智慧管理平台`;
  }, [docTitle]);
  return (
    <div>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/" aria-label="首页"><HomeOutlined /></Link> },
          ...trail.map((c) => ({ title: c.to ? <Link to={c.to}>{c.title}</Link> : c.title })),
        ]}
      />
      <Flex align="center" justify="space-between" gap={16} wrap style={{ marginBottom: 16 }}>
        <Flex align="center" gap={8} style={{ minWidth: 0 }}>
          {onBack && <Button type="text" aria-label="返回" icon={<ArrowLeftOutlined />} onClick={onBack} />}
          <h1 style={{ margin: 0, fontSize: token.fontSizeHeading4, fontWeight: token.fontWeightStrong, color: token.colorTextHeading, lineHeight: 1.4 }}>{title}</h1>
          {subTitle && <Muted>{subTitle}</Muted>}
        </Flex>
        {extra && (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        )}
      </Flex>
      {children}
    </div>
  );
}
