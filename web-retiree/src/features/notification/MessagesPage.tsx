import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { isApiError, request, SERVER_MESSAGE } from '../../app/api';
import { useSession } from '../../app/session';
import { setUnreadCount, unreadText } from '../../app/unread';
import { useQuery } from '../../app/useQuery';
import type { MyNotificationsQuery as MyNotificationsResult, NotificationKind } from '../../gql/graphql';
import { Button, buttonClass } from '../../shared/Button';
import { formatDate } from '../../shared/format';
import { ChevronIcon } from '../../shared/icons';
import { Notice } from '../../shared/Notice';
import { Page } from '../../shared/Page';
import { QueryState } from '../../shared/QueryState';
import { MarkAllNotificationsReadMutation, MarkNotificationReadMutation, MyNotificationsQuery, type Message } from './notification.documents';
import './messages.css';

export const PAGE_SIZE = 10;

/** What the button under a message says, by what the message is about, then by where it leads. */
const LINK_TEXT_BY_KIND: Partial<Record<NotificationKind, string>> = {
  INFO_CONFIRMATION_REQUEST: '去核对个人信息',
  INFO_DISPUTE_RECEIVED: '查看处理进度',
  INFO_DISPUTE_RESOLVED: '查看处理结果',
  COMMUNITY_TRANSFER: '查看社区转移进度',
  PAYMENT_ARRIVED: '查看养老金到账',
  WELCOME: '查看我的社区',
  CERTIFICATION_DUE: '去认证',
  PAYMENT_SUSPENDED: '去认证，恢复发放',
  PAYMENT_RESTORED: '查看我的认证',
};
const LINK_TEXT_BY_PATH: Record<string, string> = {
  '/confirmation': '去核对个人信息',
  '/payments': '查看养老金到账',
  '/profile': '查看我的信息',
  '/certification': '查看我的认证',
};

/** Only a screen of this app: a message never sends anyone to an address elsewhere. */
const appPath = (link: string | null | undefined) => (link && link.startsWith('/') && !link.startsWith('//') ? link : null);

function MessageItem({ message, open, onToggle, toggleRef }: { message: Message; open: boolean; onToggle(): void; toggleRef?: (el: HTMLButtonElement | null) => void }) {
  const unread = !message.readAt;
  const path = appPath(message.link);
  const bodyId = `message-${message.id}`;
  return (
    <li className={`message${unread ? ' is-unread' : ''}${open ? ' is-open' : ''}`}>
      <h2 className="message__heading">
        <button ref={toggleRef} type="button" className="message__toggle" aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
          <span className="message__title">{message.title}</span>
          <span className="message__meta">
            {unread && <span className="badge badge--unread">未读</span>}
            <span>{formatDate(message.createdAt)}</span>
            <span className="message__hint">{open ? '收起' : '点开看全文'}</span>
          </span>
          <ChevronIcon />
        </button>
      </h2>
      <div id={bodyId} className="message__body" hidden={!open}>
        <p>{message.body}</p>
        {path && (
          <Link className={buttonClass('primary')} to={path}>
            {LINK_TEXT_BY_KIND[message.kind] ?? LINK_TEXT_BY_PATH[path.split('?')[0]!] ?? '去看看'}
          </Link>
        )}
      </div>
    </li>
  );
}

type Inbox = MyNotificationsResult['myNotifications'];

/** The list itself: opened, marked read and extended here, the count shared with every badge. */
function InboxList({ first }: { first: Inbox }) {
  const { state, expire } = useSession();
  const owner = state.status === 'signedIn' ? (state.viewer.retireeId ?? null) : null;
  const [items, setItems] = useState(first.items);
  const [cursor, setCursor] = useState(first.nextCursor ?? null);
  const [unread, setUnread] = useState(first.unreadCount);
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const [markingAll, setMarkingAll] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [allDone, setAllDone] = useState(false);
  const doneNotice = useRef<HTMLParagraphElement>(null);
  const toggles = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    if (owner) setUnreadCount(owner, unread);
  }, [owner, unread]);

  useEffect(() => {
    if (allDone) doneNotice.current?.focus();
  }, [allDone]);

  useEffect(() => {
    if (!focusNext.current) return;
    toggles.current.get(focusNext.current)?.focus();
    focusNext.current = null;
  }, [items]);

  const failed = (e: unknown) => {
    if (isApiError(e, 'UNAUTHENTICATED')) expire();
    else setError(isApiError(e) ? e.message : SERVER_MESSAGE);
  };

  const setReadAt = (ids: (id: string) => boolean, readAt: string | null) =>
    setItems((list) => list.map((m) => (ids(m.id) && (readAt === null || !m.readAt) ? { ...m, readAt } : m)));

  const toggle = async (message: Message) => {
    const opening = !opened.has(message.id);
    setOpened((set) => {
      const next = new Set(set);
      if (opening) next.add(message.id);
      else next.delete(message.id);
      return next;
    });
    if (!opening || message.readAt) return;
    // Read as soon as it is opened; put back as unread if the server did not take it.
    setReadAt((id) => id === message.id, new Date().toISOString());
    setUnread((n) => Math.max(0, n - 1));
    try {
      await request(MarkNotificationReadMutation, { id: message.id });
    } catch (e) {
      setReadAt((id) => id === message.id, null);
      setUnread((n) => n + 1);
      failed(e);
    }
  };

  const markAll = async () => {
    setMarkingAll(true);
    setError(null);
    try {
      await request(MarkAllNotificationsReadMutation);
      const now = new Date().toISOString();
      setReadAt(() => true, now);
      setUnread(0);
      setAllDone(true);
    } catch (e) {
      failed(e);
    } finally {
      setMarkingAll(false);
    }
  };

  const loadMore = async () => {
    if (!cursor) return;
    setLoadingMore(true);
    setError(null);
    try {
      const { myNotifications: page } = await request(MyNotificationsQuery, { limit: PAGE_SIZE, after: cursor });
      const known = new Set(items.map((m) => m.id));
      const fresh = page.items.filter((m) => !known.has(m.id));
      // Keyboard and screen-reader users land on the first of the newly shown messages.
      focusNext.current = fresh[0]?.id ?? null;
      setItems((list) => [...list, ...fresh]);
      setCursor(page.nextCursor ?? null);
      setUnread(page.unreadCount);
    } catch (e) {
      failed(e);
    } finally {
      setLoadingMore(false);
    }
  };

  if (!items.length) {
    return <p className="lead">还没有消息。社保部门和社区发给您的通知，会显示在这里。</p>;
  }

  return (
    <>
      <div className="inbox__summary">
        {unread > 0 ? (
          <>
            <p className="inbox__count">
              您有 <strong>{unread}</strong> 条未读消息
            </p>
            <Button variant="secondary" busy={markingAll} busyText="正在标记……" onClick={markAll}>
              全部标为已读
            </Button>
          </>
        ) : allDone ? (
          <p className="notice notice--success" role="status" ref={doneNotice} tabIndex={-1}>
            已全部标为已读。
          </p>
        ) : (
          <p className="inbox__count">没有未读消息。</p>
        )}
      </div>
      <p className="sr-only" aria-live="polite">
        {unread > 0 ? unreadText(unread) : ''}
      </p>

      {error && <Notice tone="error">{error}</Notice>}

      <ul className="messages">
        {items.map((m) => (
          <MessageItem
            key={m.id}
            message={m}
            open={opened.has(m.id)}
            onToggle={() => void toggle(m)}
            toggleRef={(el) => {
              if (el) toggles.current.set(m.id, el);
              else toggles.current.delete(m.id);
            }}
          />
        ))}
      </ul>

      {cursor ? (
        <Button variant="secondary" busy={loadingMore} busyText="正在加载……" onClick={loadMore}>
          加载更多
        </Button>
      ) : (
        items.length > PAGE_SIZE && <p className="inbox__end">消息已经全部显示。</p>
      )}
    </>
  );
}

export default function MessagesPage() {
  const result = useQuery(MyNotificationsQuery, { limit: PAGE_SIZE });
  return (
    <Page title="消息" backTo="/">
      <QueryState result={result}>{({ myNotifications }) => <InboxList first={myNotifications} />}</QueryState>
    </Page>
  );
}
