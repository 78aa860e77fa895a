import { graphql } from '../../gql';

/** 身后一件事 of the area, newest first: enough for the list's progress and notification columns. */
export const POSTHUMOUS_CASES_QUERY = graphql(`
  query PosthumousCases($filter: PosthumousCaseFilter, $limit: Int, $after: String) {
    posthumousCases(filter: $filter, limit: $limit, after: $after) {
      total
      nextCursor
      items {
        id
        status
        deathDate
        notifiedRelative
        notifiedAt
        openedAt
        closedAt
        retiree {
          id
          name
          community {
            id
            name
          }
        }
        items {
          id
          status
        }
      }
    }
  }
`);

/** Everything the case page shows. */
export const POSTHUMOUS_CASE_FIELDS = graphql(`
  fragment PosthumousCaseFields on PosthumousCase {
    id
    status
    allowedActions
    deathDate
    riskAlertId
    notifiedRelative
    notificationText
    notifiedAt
    openedByName
    openedAt
    closedAt
    retiree {
      id
      name
      idNumber
      community {
        id
        name
      }
      township {
        id
        name
      }
    }
    items {
      id
      allowedActions
      kind
      department
      status
      amount
      basis
      reference
      note
      sentAt
      doneAt
      doneByName
    }
    timeline {
      id
      actorName
      text
      at
    }
  }
`);

export const POSTHUMOUS_CASE_QUERY = graphql(`
  query PosthumousCaseDetail($id: ID!) {
    posthumousCase(id: $id) {
      ...PosthumousCaseFields
    }
  }
`);

/**
 * 登记办结 of one item. The API answers with the item alone: the case's status and timeline are
 * read again afterwards (see `PosthumousCaseDetailPage`).
 */
export const COMPLETE_CASE_ITEM = graphql(`
  mutation CompleteCaseItem($id: ID!, $input: CaseItemResultInput!) {
    completeCaseItem(id: $id, input: $input) {
      id
      status
      amount
      reference
      note
      doneAt
      doneByName
      allowedActions
    }
  }
`);

/**
 * 短信通知家属 (again): the API picks the relative from the family registry (spouse first) and
 * answers with the whole case, so the notification and the timeline are updated in the cache.
 */
export const NOTIFY_CASE_NEXT_OF_KIN = graphql(`
  mutation NotifyCaseNextOfKin($id: ID!) {
    notifyCaseNextOfKin(id: $id) {
      ...PosthumousCaseFields
    }
  }
`);
