import { Flex, Tag, Timeline, Typography } from 'antd';
import type { RetireeDetailQuery } from '../../gql/graphql';
import { CHANGE_SOURCE_LABEL, formatDateTime, labelOf, RETIREE_FIELD_LABEL } from '../../shared/format';
import { EmptyState } from '../../shared/states';

type Change = NonNullable<RetireeDetailQuery['retiree']>['history'][number];

const SOURCE_COLOR: Record<string, string> = { STAFF: 'blue', RETIREE: 'green', PROVINCIAL: 'purple', IMPORT: 'cyan', SEED: 'default', SYSTEM: 'geekblue' };

/** A retiree's profile changes, newest first: what changed, from what to what, by whom, from where. */
export function ChangeHistory({ history }: { history: readonly Change[] }) {
  if (!history.length) return <EmptyState description="暂无变更记录" />;
  return (
    <Timeline
      items={history.map((c) => ({
        key: c.id,
        color: c.source === 'STAFF' ? 'blue' : 'gray',
        content: (
          <Flex vertical gap={4}>
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>{labelOf(RETIREE_FIELD_LABEL, c.field)}</Typography.Text>
              <Tag color={SOURCE_COLOR[c.source]}>{labelOf(CHANGE_SOURCE_LABEL, c.source)}</Tag>
            </Flex>
            <span>
              {c.oldValue ? <Typography.Text delete type="secondary">{c.oldValue}</Typography.Text> : <Typography.Text type="secondary">（空）</Typography.Text>}
              <Typography.Text type="secondary"> → </Typography.Text>
              {c.newValue ? <Typography.Text>{c.newValue}</Typography.Text> : <Typography.Text type="secondary">（空）</Typography.Text>}
            </span>
            {c.note && <Typography.Text type="secondary">说明：{c.note}</Typography.Text>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(c.changedAt)} · {c.actorName ?? '系统'}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}
