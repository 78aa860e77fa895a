import { graphql } from '../../gql';
import type { FamilyMemberViewFragment } from '../../gql/graphql';

graphql(`
  fragment FamilyMemberView on FamilyMember {
    id
    relation
    name
    phone
    idNumber
    isEmergencyContact
    isNextOfKin
  }
`);

export const MyFamilyQuery = graphql(`
  query MyFamily {
    myFamilyMembers {
      ...FamilyMemberView
    }
    familyRelations
  }
`);

export const AddMyFamilyMemberMutation = graphql(`
  mutation AddMyFamilyMember($input: FamilyMemberInput!) {
    addMyFamilyMember(input: $input) {
      ...FamilyMemberView
    }
  }
`);

export const UpdateMyFamilyMemberMutation = graphql(`
  mutation UpdateMyFamilyMember($id: ID!, $input: FamilyMemberInput!) {
    updateMyFamilyMember(id: $id, input: $input) {
      ...FamilyMemberView
    }
  }
`);

export const RemoveMyFamilyMemberMutation = graphql(`
  mutation RemoveMyFamilyMember($id: ID!) {
    removeMyFamilyMember(id: $id)
  }
`);

export type FamilyMember = FamilyMemberViewFragment;
