import { useQuery } from '@apollo/client/react';
import { Badge, Flex, Tabs } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { TaskBox, TaskFilter } from '../../gql/graphql';
import { PageContainer } from '../../shared/page';
import { Panel } from '../../shared/Panel';
import { TASK_INBOX_COUNTS_QUERY } from './inboxCounts';
import { INBOX_TABS } from './labels';
import { TaskTable } from './TaskTable';

const BOX_PARAM = 'box';
const EMPTY_TEXT: Record<string, string> = {
  TO_SIGN: '没有待签领的任务',
  IN_PROGRESS: '没有办理中的任务',
  OVERDUE: '没有逾期的任务',
  TO_EVALUATE: '没有待评价的任务',
};

/** Waiting for the viewer (to sign, overdue) is red; work under way is blue; nothing is grey. */
function badgeColor(box: string, n: number): string | undefined {
  if (!n) return 'rgba(0, 0, 0, 0.25)';
  return box === 'IN_PROGRESS' || box === 'TO_EVALUATE' ? 'blue' : undefined;
}

/** 我的待办: tasks for the viewer's unit (or the viewer by name), by stage; the tab is `?box=`. */
export function TaskInboxPage() {
  const [params, setParams] = useSearchParams();
  const boxParam = params.get(BOX_PARAM);
  const box = (INBOX_TABS.find((t) => t.box === boxParam) ?? INBOX_TABS[0]).box;
  const { data } = useQuery(TASK_INBOX_COUNTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const counts = data?.taskInboxCounts;
  const filter = useMemo<TaskFilter>(() => ({ box: box as TaskBox }), [box]);

  const setBox = (next: string) =>
    setParams((prev) => {
      const out = new URLSearchParams();
      const org = prev.get('org');
      if (org) out.set('org', org);
      const size = prev.get('size');
      if (size) out.set('size', size);
      if (next !== INBOX_TABS[0].box) out.set(BOX_PARAM, next);
      return out;
    });

  return (
    <PageContainer title="我的待办" subTitle="派给本单位或点名给您的工作任务">
      <Panel bodyStyle={{ paddingTop: 8 }}>
        <Tabs
          activeKey={box}
          onChange={setBox}
          items={INBOX_TABS.map((t) => {
            const n = counts?.[t.count];
            return {
              key: t.box,
              label: (
                <Flex align="center" gap={6}>
                  <span>{t.label}</span>
                  {n != null && <Badge count={n} showZero overflowCount={999} color={badgeColor(t.box, n)} />}
                </Flex>
              ),
            };
          })}
        />
        <TaskTable key={box} filter={filter} unitColumn={box === 'TO_EVALUATE' ? 'assignee' : 'creator'} emptyText={EMPTY_TEXT[box]!} />
      </Panel>
    </PageContainer>
  );
}

export default TaskInboxPage;
