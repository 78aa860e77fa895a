import { graphql } from '../../gql';
import type { MessageFragment } from '../../gql/graphql';

graphql(`
  fragment Message on Notification {
    id
    kind
    title
    body
    link
    createdAt
    readAt
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($limit: Int, $after: String) {
    myNotifications(limit: $limit, after: $after) {
      items {
        ...Message
      }
      nextCursor
      unreadCount
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export type Message = MessageFragment;
