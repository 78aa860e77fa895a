import { graphql } from '../../gql';

/** The dashboard: counts and money by kind in the area. */
export const RISK_SUMMARY_QUERY = graphql(`
  query RiskSummary($orgUnitId: ID) {
    riskSummary(orgUnitId: $orgUnitId) {
      kind
      open
      confirmed
      closed
      dismissed
      overpaidAmount
      recoveryAmount
      recoveredAmount
    }
  }
`);

export const RISK_ALERTS_QUERY = graphql(`
  query RiskAlerts($filter: RiskAlertFilter, $limit: Int, $after: String) {
    riskAlerts(filter: $filter, limit: $limit, after: $after) {
      total
      nextCursor
      items {
        id
        kind
        status
        summary
        overpaidAmount
        raisedAt
        retiree {
          id
          name
          ...RetireeUnits
        }
      }
    }
  }
`);

/**
 * Everything the detail shows; the decisions answer with it, so the page updates in place.
 * `allowedActions` says which decisions the caller may take now (the page shows exactly those).
 */
export const RISK_ALERT_FIELDS = graphql(`
  fragment RiskAlertFields on RiskAlert {
    id
    kind
    status
    summary
    evidence {
      date
      text
    }
    eventDate
    overpaidPeriods
    overpaidAmount
    recoveryAmount
    recoveredAmount
    stopFromPeriod
    raisedAt
    lastSeenAt
    verificationNote
    verifiedByName
    verifiedAt
    decisionNote
    decidedByName
    decidedAt
    closedAt
    allowedActions
    verificationTask {
      id
      status
      assigneeUnit {
        id
        name
      }
    }
    recoveries {
      id
      amount
      note
      recordedByName
      recordedAt
    }
    posthumousCase {
      id
      status
    }
    retiree {
      id
      name
      idNumber
      status
      ...RetireeUnits
    }
  }
`);

export const RISK_ALERT_QUERY = graphql(`
  query RiskAlertDetail($id: ID!) {
    riskAlert(id: $id) {
      ...RiskAlertFields
    }
  }
`);

export const CONFIRM_RISK_ALERT = graphql(`
  mutation ConfirmRiskAlert($id: ID!, $input: ConfirmRiskAlertInput!) {
    confirmRiskAlert(id: $id, input: $input) {
      ...RiskAlertFields
    }
  }
`);

export const DISMISS_RISK_ALERT = graphql(`
  mutation DismissRiskAlert($id: ID!, $reason: String!) {
    dismissRiskAlert(id: $id, reason: $reason) {
      ...RiskAlertFields
    }
  }
`);

export const RECORD_RECOVERY = graphql(`
  mutation RecordRecovery($id: ID!, $amount: Int!, $note: String) {
    recordRecovery(id: $id, amount: $amount, note: $note) {
      ...RiskAlertFields
    }
  }
`);

export const RUN_RISK_SCAN = graphql(`
  mutation RunRiskScan {
    runRiskScan {
      raised
      refreshed
      durationMs
    }
  }
`);

/** A retiree's alerts, for the card on their page. */
export const RETIREE_RISK_ALERTS_QUERY = graphql(`
  query RetireeRiskAlerts($filter: RiskAlertFilter, $limit: Int) {
    riskAlerts(filter: $filter, limit: $limit) {
      total
      items {
        id
        kind
        status
        summary
        overpaidAmount
        raisedAt
      }
    }
  }
`);
