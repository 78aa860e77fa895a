import { Link, useLocation } from 'react-router';
import { ChevronIcon, MessageIcon } from '../shared/icons';
import { unreadText, useUnreadCount } from './unread';

/** The count as drawn on a badge: a big number would push the top bar apart. */
export const shortCount = (count: number) => (count > 99 ? '99+' : String(count));

/**
 * Under the top bar while something is unread, a strip across the screen that says so in words
 * ("您有 3 条未读消息") and opens 消息. Gone once all is read, and on 消息 itself.
 */
export function MessagesLink() {
  const count = useUnreadCount();
  const { pathname } = useLocation();
  if (!count || pathname === '/messages') return null;
  return (
    <Link className="topbar__unread" to="/messages">
      <MessageIcon />
      <span>
        您有 <span className="count-badge">{shortCount(count)}</span> 条未读消息
      </span>
      <ChevronIcon />
    </Link>
  );
}

/** On the 消息 tile: "3 条未读" in words, so it never relies on the red alone. */
export function UnreadTileBadge() {
  const count = useUnreadCount();
  if (!count) return null;
  return (
    <span className="tile__badge">
      <span aria-hidden="true">{shortCount(count)} 条未读</span>
      <span className="sr-only">{unreadText(count)}</span>
    </span>
  );
}
