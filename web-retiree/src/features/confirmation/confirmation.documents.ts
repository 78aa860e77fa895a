import { graphql } from '../../gql';
import type { ConfirmationViewFragment } from '../../gql/graphql';

graphql(`
  fragment ConfirmationView on InfoConfirmation {
    id
    status
    sentAt
    respondedAt
    resolvedAt
    items {
      field
      label
      value
    }
    disputes {
      id
      field
      label
      status
      comment
      proposedValue
      resolutionNote
      resolvedAt
    }
  }
`);

export const MyInfoConfirmationQuery = graphql(`
  query MyInfoConfirmation {
    myInfoConfirmation {
      ...ConfirmationView
    }
    myProfile {
      id
      community {
        id
        name
        contactName
        contactPhone
        address
      }
    }
  }
`);

export const ConfirmMyInfoMutation = graphql(`
  mutation ConfirmMyInfo($id: ID!) {
    confirmMyInfo(id: $id) {
      ...ConfirmationView
    }
  }
`);

export const DisputeMyInfoMutation = graphql(`
  mutation DisputeMyInfo($id: ID!, $items: [DisputeItemInput!]!) {
    disputeMyInfo(id: $id, items: $items) {
      ...ConfirmationView
    }
  }
`);

export type Confirmation = ConfirmationViewFragment;
export type ConfirmationItem = Confirmation['items'][number];
export type Dispute = Confirmation['disputes'][number];
