import { graphql } from '../../gql';
import type { CommunityChoiceFragment, TransferViewFragment } from '../../gql/graphql';

graphql(`
  fragment CommunityChoice on OrgUnit {
    id
    name
    address
    contactPhone
    parent {
      id
      name
    }
  }
`);

graphql(`
  fragment TransferView on CommunityTransfer {
    id
    status
    newAddress
    reason
    createdAt
    originReviewedAt
    originNote
    targetReviewedAt
    targetNote
    completedAt
    cancelledAt
    allowedActions
    fromCommunity {
      id
      name
      contactPhone
      address
    }
    toCommunity {
      id
      name
      contactPhone
      address
    }
    fromTownship {
      id
      name
    }
    toTownship {
      id
      name
    }
  }
`);

export const MyTransfersQuery = graphql(`
  query MyTransfers {
    myProfile {
      id
      community {
        id
        name
        contactName
        contactPhone
        address
      }
      township {
        id
        name
      }
    }
    myCommunityTransfers {
      ...TransferView
    }
  }
`);

export const CommunitiesQuery = graphql(`
  query Communities($search: String, $address: String, $limit: Int) {
    communities(search: $search, address: $address, limit: $limit) {
      ...CommunityChoice
    }
  }
`);

export const RequestCommunityTransferMutation = graphql(`
  mutation RequestCommunityTransfer($input: TransferRequestInput!) {
    requestCommunityTransfer(input: $input) {
      ...TransferView
    }
  }
`);

export const CancelCommunityTransferMutation = graphql(`
  mutation CancelCommunityTransfer($id: ID!) {
    cancelCommunityTransfer(id: $id) {
      ...TransferView
    }
  }
`);

export type Transfer = TransferViewFragment;
export type CommunityChoice = CommunityChoiceFragment;

export const OPEN_STATUSES: readonly Transfer['status'][] = ['PENDING_ORIGIN', 'PENDING_TARGET'];
export const isOpen = (t: Transfer) => OPEN_STATUSES.includes(t.status);
