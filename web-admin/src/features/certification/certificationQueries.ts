import { graphql } from '../../gql';

/** The area's ACTIVE retirees by certification status, and how the valid ones certified. */
export const CERTIFICATION_SUMMARY_QUERY = graphql(`
  query CertificationSummary($orgUnitId: ID) {
    certificationSummary(orgUnitId: $orgUnitId) {
      active
      valid
      dueSoon
      expired
      never
      blocked
      passive
      face
      visit
    }
  }
`);

/** The same figures for each unit one level below (a community: itself). */
export const CERTIFICATION_BY_AREA_QUERY = graphql(`
  query CertificationByArea($orgUnitId: ID) {
    certificationByArea(orgUnitId: $orgUnitId) {
      orgUnitId
      name
      level
      active
      valid
      dueSoon
      expired
      never
      blocked
      passive
      face
      visit
    }
  }
`);

/** The people of one status in the area, the earliest to lapse first. */
export const CERTIFICATIONS_QUERY = graphql(`
  query Certifications($filter: CertificationListFilter!, $limit: Int, $after: String) {
    certifications(filter: $filter, limit: $limit, after: $after) {
      total
      nextCursor
      items {
        status
        validUntil
        method
        certifiedOn
        score
        blockedReason
        evidence {
          date
          text
        }
        retiree {
          id
          name
          age
          ...RetireeUnits
        }
      }
    }
  }
`);

/** A retiree's certification, their certification acts (newest first) and their payment suspensions, for the card on their page. */
export const RETIREE_CERTIFICATION_QUERY = graphql(`
  query RetireeCertification($id: ID!) {
    retiree(id: $id) {
      id
      certification {
        status
        validUntil
        method
        certifiedOn
        score
        blockedReason
        evidence {
          date
          text
        }
      }
      certificationRecords {
        id
        method
        passed
        certifiedOn
        score
        liveness
        similarity
        createdAt
      }
      paymentSuspensions {
        id
        status
        summary
        fromPeriod
        resumePeriod
        proposedAt
      }
    }
  }
`);
