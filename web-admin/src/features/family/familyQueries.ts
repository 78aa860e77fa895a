import type { ApolloCache } from '@apollo/client';
import { graphql } from '../../gql';

export const FAMILY_MEMBERS_QUERY = graphql(`
  query FamilyMembers($filter: FamilyMemberFilter, $limit: Int, $after: String) {
    familyMembers(filter: $filter, limit: $limit, after: $after) {
      total
      nextCursor
      items {
        id
        relation
        name
        idNumber
        phone
        isNextOfKin
        isEmergencyContact
        retiree {
          id
          name
          community {
            id
            name
          }
        }
      }
    }
  }
`);

export const FAMILY_RELATIONS_QUERY = graphql(`
  query FamilyRelations {
    familyRelations
  }
`);

export const FAMILY_MEMBER_FIELDS = graphql(`
  fragment FamilyMemberFields on FamilyMember {
    id
    relation
    name
    idNumber
    phone
    isEmergencyContact
    isNextOfKin
  }
`);

export const ADD_FAMILY_MEMBER = graphql(`
  mutation AddFamilyMember($retireeId: ID!, $input: FamilyMemberInput!) {
    addFamilyMember(retireeId: $retireeId, input: $input) {
      ...FamilyMemberFields
    }
  }
`);

export const UPDATE_FAMILY_MEMBER = graphql(`
  mutation UpdateFamilyMember($id: ID!, $input: FamilyMemberInput!) {
    updateFamilyMember(id: $id, input: $input) {
      ...FamilyMemberFields
    }
  }
`);

export const REMOVE_FAMILY_MEMBER = graphql(`
  mutation RemoveFamilyMember($id: ID!) {
    removeFamilyMember(id: $id)
  }
`);

/**
 * A change to someone's family changes their record (members and change history) and the family
 * registry's lists. Dropping those fields from the cache has the record on screen read again
 * right away, and the registry when it is next shown.
 */
export function forgetFamilyOf(retireeId: string) {
  return (cache: ApolloCache) => {
    const retiree = cache.identify({ __typename: 'Retiree', id: retireeId });
    cache.evict({ id: retiree, fieldName: 'familyMembers' });
    cache.evict({ id: retiree, fieldName: 'history' });
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'familyMembers' });
    cache.gc();
  };
}
