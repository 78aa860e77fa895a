import { useQuery } from '@apollo/client/react';
import { Alert, Button, Col, Descriptions, Flex, Row, Tag, theme, Typography } from 'antd';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { RetireeMessagesQuery } from '../../gql/graphql';
import { CONFIRMATION_STATUS, DISPUTE_STATUS, NOTIFICATION_KIND_LABEL, SMS_STATUS } from '../confirmation/labels';
import { errorMessage } from '../../shared/errors';
import { formatDateTime, labelOf } from '../../shared/format';
import { Panel } from '../../shared/Panel';
import { EmptyState } from '../../shared/states';

export const RETIREE_MESSAGES_QUERY = graphql(`
  query RetireeMessages($id: ID!) {
    retiree(id: $id) {
      id
      latestInfoConfirmation {
        id
        status
        sentAt
        respondedAt
        resolvedAt
        disputes {
          id
          label
          status
          resolvedByName
        }
      }
      notifications {
        id
        kind
        title
        body
        createdAt
        smsStatus
        readAt
      }
    }
  }
`);

type Retiree = NonNullable<RetireeMessagesQuery['retiree']>;
type Message = Retiree['notifications'][number];

function LatestConfirmation({ confirmation }: { confirmation: Retiree['latestInfoConfirmation'] }) {
  if (!confirmation) return <EmptyState description="尚未发送过信息确认" />;
  const status = CONFIRMATION_STATUS[confirmation.status];
  return (
    <Descriptions
      size="small"
      column={1}
      styles={{ label: { width: 96 } }}
      items={[
        { key: 'status', label: '状态', children: <Tag color={status?.color}>{status?.label ?? confirmation.status}</Tag> },
        { key: 'sent', label: '发送时间', children: formatDateTime(confirmation.sentAt) },
        { key: 'responded', label: '本人回复', children: confirmation.respondedAt ? formatDateTime(confirmation.respondedAt) : '尚未回复' },
        ...(confirmation.resolvedAt ? [{ key: 'resolved', label: '处理完毕', children: formatDateTime(confirmation.resolvedAt) }] : []),
        ...(confirmation.disputes.length
          ? [
              {
                key: 'disputes',
                label: '异议',
                children: (
                  <Flex vertical gap={4}>
                    {confirmation.disputes.map((d) => (
                      <span key={d.id}>
                        {d.label}：<Tag color={DISPUTE_STATUS[d.status]?.color}>{DISPUTE_STATUS[d.status]?.label ?? d.status}</Tag>
                        {d.resolvedByName && <Typography.Text type="secondary">{d.resolvedByName}</Typography.Text>}
                      </span>
                    ))}
                  </Flex>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function MessageItem({ m }: { m: Message }) {
  const sms = SMS_STATUS[m.smsStatus];
  const { token } = theme.useToken();
  return (
    <li style={{ padding: '12px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex justify="space-between" gap={8} wrap>
          <span>
            <Tag>{labelOf(NOTIFICATION_KIND_LABEL, m.kind)}</Tag>
            <Typography.Text strong>{m.title}</Typography.Text>
          </span>
          <Typography.Text type="secondary">{formatDateTime(m.createdAt)}</Typography.Text>
        </Flex>
        <Typography.Text>{m.body}</Typography.Text>
        <Flex gap={8} wrap>
          <Tag color={m.readAt ? 'default' : 'blue'}>{m.readAt ? `站内已读 ${formatDateTime(m.readAt)}` : '站内未读'}</Tag>
          <Tag color={sms?.color}>{sms?.label ?? m.smsStatus}</Tag>
        </Flex>
      </Flex>
    </li>
  );
}

const FIRST_SHOWN = 10;

function MessageList({ messages, loading }: { messages: readonly Message[] | undefined; loading: boolean }) {
  const [all, setAll] = useState(false);
  if (!messages) return loading ? <div style={{ height: 120 }} /> : null;
  if (!messages.length) return <EmptyState description="还没有发给本人的消息" />;
  const shown = all ? messages : messages.slice(0, FIRST_SHOWN);
  return (
    <>
      <ul aria-label="消息记录" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {shown.map((m) => (
          <MessageItem key={m.id} m={m} />
        ))}
      </ul>
      {shown.length < messages.length && (
        <Button type="link" onClick={() => setAll(true)}>
          显示全部 {messages.length} 条
        </Button>
      )}
    </>
  );
}

/** 信息确认 and 消息记录 of one retiree: what was asked of them and what they were told. */
export function RetireeMessages({ retireeId }: { retireeId: string }) {
  const { data, loading, error } = useQuery(RETIREE_MESSAGES_QUERY, { variables: { id: retireeId } });
  const retiree = error ? undefined : data?.retiree;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={8}>
        <Panel title="信息确认" style={{ height: '100%' }}>
          {error ? <Alert type="error" showIcon title={errorMessage(error)} /> : loading && !retiree ? null : <LatestConfirmation confirmation={retiree?.latestInfoConfirmation ?? null} />}
        </Panel>
      </Col>
      <Col xs={24} xl={16}>
        <Panel title="消息记录" extra={<Typography.Text type="secondary">发给本人的站内消息与短信，新的在前</Typography.Text>} style={{ height: '100%' }}>
          {error ? (
            <Alert type="error" showIcon title={errorMessage(error)} />
          ) : (
            <MessageList messages={retiree?.notifications} loading={loading} />
          )}
        </Panel>
      </Col>
    </Row>
  );
}
