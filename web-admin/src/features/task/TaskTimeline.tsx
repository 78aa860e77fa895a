import { Flex, Timeline } from 'antd';
import type { TaskDetailQuery } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { Muted, Strong } from '../../shared/text';
import { TASK_EVENT_KIND } from './labels';

type TaskEvent = TaskDetailQuery['task']['timeline'][number];

/** 流转记录: each step of the task, oldest first, in Shanghai time. */
export function TaskTimeline({ events }: { events: readonly TaskEvent[] }) {
  return (
    <Timeline
      items={events.map((e) => {
        const kind = TASK_EVENT_KIND[e.kind];
        return {
          key: e.id,
          color: kind?.color,
          content: (
            <Flex vertical gap={2} data-testid="task-event">
              <span>
                <Strong>{kind?.label ?? e.kind}</Strong> · {e.actorName}
              </span>
              <Muted style={{ fontSize: 12 }}>{formatDateTime(e.at, 'YYYY-MM-DD HH:mm:ss')}</Muted>
              {e.note && <span style={{ whiteSpace: 'pre-wrap' }}>{e.note}</span>}
            </Flex>
          ),
        };
      })}
    />
  );
}
