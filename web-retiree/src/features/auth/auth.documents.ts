import { graphql } from '../../gql';

export const RequestLoginCodeMutation = graphql(`
  mutation RequestLoginCode($idNumber: String!) {
    requestLoginCode(idNumber: $idNumber) {
      challengeId
      sentTo
      expiresAt
      devCode
    }
  }
`);

// The token stays in the httpOnly cookie the API sets: never asked for, never stored here.
export const VerifyLoginCodeMutation = graphql(`
  mutation VerifyLoginCode($challengeId: ID!, $code: String!) {
    verifyLoginCode(challengeId: $challengeId, code: $code) {
      user {
        ...SessionViewer
      }
    }
  }
`);
