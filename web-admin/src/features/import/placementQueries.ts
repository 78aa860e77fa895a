import { graphql } from '../../gql';

export const AWAITING_PLACEMENT_QUERY = graphql(`
  query RetireesAwaitingPlacement($orgUnitId: ID, $limit: Int, $after: String) {
    retireesAwaitingPlacement(orgUnitId: $orgUnitId, limit: $limit, after: $after) {
      total
      nextCursor
      items {
        id
        name
        gender
        idNumber
        hukouAddress
        residenceAddress
        placementNote
        createdAt
        township {
          id
          name
        }
      }
    }
  }
`);

export const PLACE_RETIREE = graphql(`
  mutation PlaceRetiree($retireeId: ID!, $communityId: ID!) {
    placeRetiree(retireeId: $retireeId, communityId: $communityId) {
      id
      placementNote
      checkedInAt
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
`);
