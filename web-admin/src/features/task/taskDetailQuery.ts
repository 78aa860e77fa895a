import { graphql } from '../../gql';

export const TASK_DETAIL_QUERY = graphql(`
  query TaskDetail($id: ID!) {
    task(id: $id) {
      id
      title
      type
      status
      priority
      instructions
      dueDate
      overdue
      createdAt
      creatorName
      creatorUnit {
        id
        name
      }
      assigneeUnit {
        id
        name
      }
      assigneeStaffName
      signDeadline
      signedAt
      signedByName
      signedOnTime
      completedAt
      completedByName
      completedOnTime
      outcome
      feedback
      attachments {
        id
        fileName
        contentType
        size
        url
      }
      score
      evaluationComment
      evaluatedAt
      evaluatedByName
      returnReason
      returnCount
      batchId
      source {
        kind
        label
        link
        closedBySource
      }
      retireeCount
      retirees(limit: 100) {
        id
        name
        gender
        age
        community {
          id
          name
        }
      }
      timeline {
        id
        kind
        actorName
        at
        note
      }
      allowedActions
    }
  }
`);
