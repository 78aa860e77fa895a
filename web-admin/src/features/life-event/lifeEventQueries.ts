import { graphql } from '../../gql';

export const LIFE_EVENT_REVIEWS_QUERY = graphql(`
  query LifeEventReviews($filter: LifeEventFilter, $limit: Int, $after: String) {
    lifeEvents(filter: $filter, limit: $limit, after: $after) {
      total
      nextCursor
      items {
        id
        source
        kind
        sourceRecordId
        idNumber
        name
        birthDate
        eventDate
        details
        matchStatus
        matchNote
        receivedAt
        revision
        candidates {
          reason
          retiree {
            id
            name
            idNumber
            birthDate
            community {
              id
              name
            }
            township {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** After a decision the record leaves the queue: the mutation answers with its settled state. */
export const CONFIRM_LIFE_EVENT_MATCH = graphql(`
  mutation ConfirmLifeEventMatch($id: ID!, $retireeId: ID!) {
    confirmLifeEventMatch(id: $id, retireeId: $retireeId) {
      id
      matchStatus
      matchNote
      reviewedByName
      reviewedAt
    }
  }
`);

export const REJECT_LIFE_EVENT_MATCH = graphql(`
  mutation RejectLifeEventMatch($id: ID!, $note: String!) {
    rejectLifeEventMatch(id: $id, note: $note) {
      id
      matchStatus
      matchNote
      reviewedByName
      reviewedAt
    }
  }
`);

export const RETIREE_LIFE_EVENTS_QUERY = graphql(`
  query RetireeLifeEvents($id: ID!, $limit: Int) {
    retiree(id: $id) {
      id
      lifeEvents(limit: $limit) {
        id
        source
        kind
        eventDate
        details
        matchStatus
        matchNote
        receivedAt
      }
    }
  }
`);
