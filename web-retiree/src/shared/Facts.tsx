import type { ReactNode } from 'react';
import './facts.css';

export const NOT_RECORDED = <span className="value--empty">未登记</span>;

/** Plain label → value rows; an empty value says 未登记 rather than leaving a gap. */
export function Facts({ rows }: { rows: [label: string, value: ReactNode][] }) {
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div className="facts__row" key={label}>
          <dt>{label}</dt>
          <dd>{value ?? NOT_RECORDED}</dd>
        </div>
      ))}
    </dl>
  );
}
