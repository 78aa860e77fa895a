import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Flex, Rate, Tag, type DescriptionsProps } from 'antd';
import type { TaskDetailQuery } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { Muted } from '../../shared/text';
import { SCORE_DESC } from './EvaluateTaskModal';
import { TASK_OUTCOME } from './labels';

type Task = TaskDetailQuery['task'];
type Attachment = Task['attachments'][number];

/** Photos as thumbnails (opening the full image), other files as links. */
export function Attachments({ files }: { files: readonly Attachment[] }) {
  if (!files.length) return <Muted>无</Muted>;
  return (
    <Flex gap={8} wrap>
      {files.map((f) =>
        f.contentType.startsWith('image/') ? (
          <a key={f.id} href={f.url} target="_blank" rel="noreferrer" title={f.fileName}>
            <img src={f.url} alt={f.fileName} width={96} height={96} loading="lazy" style={{ objectFit: 'cover', borderRadius: 6, border: '1px solid rgba(5, 5, 5, 0.06)' }} />
          </a>
        ) : (
          <a key={f.id} href={f.url} target="_blank" rel="noreferrer">
            <FilePdfOutlined /> {f.fileName}
          </a>
        ),
      )}
    </Flex>
  );
}

/** What the assignee reported, and what the assigning side made of it. */
export function TaskFeedback({ task }: { task: Task }) {
  const returned = task.status === 'RETURNED' && task.returnReason;
  if (!task.outcome && !returned) return <Muted>尚未办结</Muted>;
  const items: DescriptionsProps['items'] = [];
  if (task.outcome) {
    items.push(
      { key: 'outcome', label: '办理结果', children: TASK_OUTCOME[task.outcome] ?? task.outcome },
      {
        key: 'completed',
        label: '办结',
        children: (
          <Flex gap={4} wrap align="center">
            <span>
              {task.completedByName ?? '—'} · {formatDateTime(task.completedAt)}
            </span>
            {task.completedOnTime === false && <Tag color="warning">逾期办结</Tag>}
          </Flex>
        ),
      },
      { key: 'notes', label: '办理情况', span: 'filled', children: <span style={{ whiteSpace: 'pre-wrap' }}>{task.feedback || '—'}</span> },
      { key: 'files', label: '照片和文件', span: 'filled', children: <Attachments files={task.attachments} /> },
    );
  }
  if (task.score != null) {
    items.push(
      {
        key: 'score',
        label: '评分',
        children: (
          <Flex gap={8} align="center">
            <Rate disabled value={task.score} aria-label={`评分 ${task.score} 分`} />
            <span>
              {task.score} 分 · {SCORE_DESC[task.score - 1]}
            </span>
          </Flex>
        ),
      },
      { key: 'evaluator', label: '评价', children: `${task.evaluatedByName ?? '—'} · ${formatDateTime(task.evaluatedAt)}` },
      { key: 'comment', label: '评价意见', span: 'filled', children: task.evaluationComment || '—' },
    );
  }
  return (
    <Flex vertical gap={12}>
      {returned && <Alert type="warning" showIcon title={`已退回重办（第 ${task.returnCount} 次）`} description={`退回原因：${task.returnReason}`} />}
      {items.length > 0 && <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} styles={{ label: { width: 110 } }} />}
    </Flex>
  );
}
