import { graphql } from '../../gql';
import type { MyCertificationQuery as MyCertificationResult } from '../../gql/graphql';

export const MyCertificationQuery = graphql(`
  query MyCertification {
    myCertification {
      status
      validUntil
      method
      certifiedOn
      evidence {
        date
        text
      }
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

export const StartFaceCertificationMutation = graphql(`
  mutation StartFaceCertification {
    startFaceCertification {
      transactionId
      url
    }
  }
`);

export const MyFaceCertificationQuery = graphql(`
  query MyFaceCertification($transactionId: String!) {
    myFaceCertification(transactionId: $transactionId) {
      id
      passed
      certifiedOn
      validUntil
    }
  }
`);

export type MyCertification = NonNullable<MyCertificationResult['myCertification']>;
