import { graphql } from '../../gql';

export const PERFORMANCE_ROW_FIELDS = graphql(`
  fragment PerformanceRowFields on PerformanceRow {
    rank
    name
    staffId
    orgUnit {
      id
      name
      level
    }
    received
    signedOnTime
    signedOnTimeRate
    completed
    completedOnTime
    onTimeRate
    overdue
    evaluated
    averageScore
    retirees
    infoConfirmedRate
    certifiedRate
  }
`);

export const PERFORMANCE_QUERY = graphql(`
  query Performance($orgUnitId: ID, $from: String!, $to: String!) {
    performance(orgUnitId: $orgUnitId, from: $from, to: $to) {
      breakdown
      from
      to
      orgUnit {
        id
        name
        level
        parent {
          id
          name
          level
          parent {
            id
            name
            level
          }
        }
      }
      rows {
        ...PerformanceRowFields
      }
      total {
        ...PerformanceRowFields
      }
    }
  }
`);
