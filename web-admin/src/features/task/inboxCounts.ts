import { graphql } from '../../gql';

/** The badges of 我的待办; refetched after every change to a task. */
export const TASK_INBOX_COUNTS_QUERY = graphql(`
  query TaskInboxCounts {
    taskInboxCounts {
      toSign
      inProgress
      overdue
      toEvaluate
    }
  }
`);
