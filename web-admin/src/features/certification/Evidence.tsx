import { Flex, Tooltip } from 'antd';
import { formatDate } from '../../shared/format';
import { Muted } from '../../shared/text';

interface EvidenceItem {
  date: string;
  text: string;
}

/** A list's 认证依据 cell: the first item, and "等 N 条" with the rest in a tooltip. */
export function EvidenceCell({ evidence }: { evidence: readonly EvidenceItem[] }) {
  const [first, ...rest] = evidence;
  if (!first) return <Muted>—</Muted>;
  return (
    <Flex gap={4} wrap align="baseline">
      <span>{first.text}</span>
      {rest.length > 0 && (
        <Tooltip title={<EvidenceList evidence={rest} />}>
          {/* The tooltip listens on a DOM element: Muted does not pass its events on. */}
          <span tabIndex={0} style={{ cursor: 'help', textDecoration: 'underline dotted' }}>
            <Muted>等 {evidence.length} 条</Muted>
          </span>
        </Tooltip>
      )}
    </Flex>
  );
}

/** 认证依据, each with its date. */
export function EvidenceList({ evidence }: { evidence: readonly EvidenceItem[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {evidence.map((e, i) => (
        <li key={i}>
          {e.text.startsWith(e.date) ? e.text : `${formatDate(e.date)} ${e.text}`}
        </li>
      ))}
    </ul>
  );
}
