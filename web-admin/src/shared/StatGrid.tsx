import { Col, Row, Statistic, type ColProps } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { Muted } from './text';

export interface Stat {
  key: string;
  /** The figure's name; also its accessible name. */
  title: string;
  /** The figure as shown; `undefined` until it has arrived (shown as "—", without its suffix). */
  value: string | undefined;
  suffix?: string;
  color?: string;
  /** A small line under the figure, e.g. its share of the whole. */
  note?: ReactNode;
}

interface StatGridProps {
  /** What the figures are, e.g. 预警汇总 (the list's accessible name). */
  label: string;
  stats: readonly Stat[];
  /** Still loading with nothing to show yet. */
  loading?: boolean;
  /** Each figure's column, by breakpoint. */
  col?: ColProps;
  style?: CSSProperties;
}

/** A dashboard's headline figures (antd Statistic), one per column, as a list a screen reader can read. */
export function StatGrid({ label, stats, loading = false, col = { xs: 12, xl: 6 }, style }: StatGridProps) {
  return (
    <Row gutter={[16, 16]} role="list" aria-label={label} style={style}>
      {stats.map((s) => (
        <Col key={s.key} {...col} role="listitem" aria-label={s.title}>
          <Statistic
            title={s.title}
            value={s.value ?? '—'}
            suffix={s.value === undefined ? undefined : s.suffix}
            loading={loading}
            styles={{ content: s.color ? { color: s.color } : undefined }}
          />
          {s.note && s.value !== undefined && <Muted style={{ fontSize: 12 }}>{s.note}</Muted>}
        </Col>
      ))}
    </Row>
  );
}
