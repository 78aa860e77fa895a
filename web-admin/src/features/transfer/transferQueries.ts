import { graphql } from '../../gql';

/** Everything the detail page shows; the mutations answer with it too, so the cache stays whole. */
export const TRANSFER_DETAIL_FIELDS = graphql(`
  fragment TransferDetailFields on CommunityTransfer {
    id
    status
    allowedActions
    newAddress
    reason
    requestedByName
    requestedByRetiree
    createdAt
    originReviewedAt
    originReviewerName
    originNote
    targetReviewedAt
    targetReviewerName
    targetNote
    completedAt
    cancelledAt
    applicant {
      id
      name
      gender
      birthDate
      idNumberMasked
      phoneMasked
    }
    fromCommunity {
      id
      name
    }
    fromTownship {
      id
      name
    }
    toCommunity {
      id
      name
    }
    toTownship {
      id
      name
    }
  }
`);

export const COMMUNITY_TRANSFER_QUERY = graphql(`
  query CommunityTransferDetail($id: ID!) {
    communityTransfer(id: $id) {
      ...TransferDetailFields
    }
  }
`);

export const COMMUNITY_TRANSFERS_QUERY = graphql(`
  query CommunityTransfers($filter: TransferFilter, $limit: Int, $after: String) {
    communityTransfers(filter: $filter, limit: $limit, after: $after) {
      total
      nextCursor
      items {
        id
        status
        createdAt
        completedAt
        requestedByName
        requestedByRetiree
        applicant {
          id
          name
        }
        fromCommunity {
          id
          name
        }
        fromTownship {
          id
          name
        }
        toCommunity {
          id
          name
        }
        toTownship {
          id
          name
        }
      }
    }
  }
`);

export const REVIEW_TRANSFER = graphql(`
  mutation ReviewCommunityTransfer($id: ID!, $approve: Boolean!, $reason: String) {
    reviewCommunityTransfer(id: $id, approve: $approve, reason: $reason) {
      ...TransferDetailFields
    }
  }
`);

export const ACCEPT_TRANSFER = graphql(`
  mutation AcceptCommunityTransfer($id: ID!, $accept: Boolean!, $reason: String) {
    acceptCommunityTransfer(id: $id, accept: $accept, reason: $reason) {
      ...TransferDetailFields
    }
  }
`);

export const CANCEL_TRANSFER = graphql(`
  mutation CancelCommunityTransfer($id: ID!) {
    cancelCommunityTransfer(id: $id) {
      ...TransferDetailFields
    }
  }
`);

export const REQUEST_TRANSFER = graphql(`
  mutation RequestCommunityTransfer($input: TransferRequestInput!) {
    requestCommunityTransfer(input: $input) {
      id
    }
  }
`);

export const COMMUNITIES_QUERY = graphql(`
  query Communities($search: String, $address: String, $limit: Int) {
    communities(search: $search, address: $address, limit: $limit) {
      id
      name
      parent {
        id
        name
      }
    }
  }
`);
