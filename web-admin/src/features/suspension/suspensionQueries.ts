import { graphql } from '../../gql';

/** The area's suspensions by status, and the back pay paid on restoring. */
export const SUSPENSION_SUMMARY_QUERY = graphql(`
  query SuspensionSummary($orgUnitId: ID) {
    suspensionSummary(orgUnitId: $orgUnitId) {
      proposed
      suspended
      restored
      withdrawn
      backPayAmount
    }
  }
`);

export const PAYMENT_SUSPENSIONS_QUERY = graphql(`
  query PaymentSuspensions($filter: PaymentSuspensionFilter, $limit: Int, $after: String) {
    paymentSuspensions(filter: $filter, limit: $limit, after: $after) {
      total
      nextCursor
      items {
        id
        status
        summary
        lapsedOn
        noticedOn
        proposedAt
        fromPeriod
        resumePeriod
        backPayAmount
        retiree {
          id
          name
          ...RetireeUnits
        }
      }
    }
  }
`);

/** Everything the detail shows; the decisions answer with it, so the page updates in place. */
export const PAYMENT_SUSPENSION_FIELDS = graphql(`
  fragment PaymentSuspensionFields on PaymentSuspension {
    id
    status
    reason
    summary
    lapsedOn
    noticedOn
    proposedAt
    fromPeriod
    decisionNote
    decidedByName
    decidedAt
    certifiedOn
    certifiedBy
    resumePeriod
    backPayPeriods
    monthlyAmount
    backPayAmount
    closedAt
    allowedActions
    retiree {
      id
      name
      idNumber
      status
      ...RetireeUnits
    }
  }
`);

export const PAYMENT_SUSPENSION_QUERY = graphql(`
  query PaymentSuspensionDetail($id: ID!) {
    paymentSuspension(id: $id) {
      ...PaymentSuspensionFields
    }
  }
`);

export const CONFIRM_PAYMENT_SUSPENSION = graphql(`
  mutation ConfirmPaymentSuspension($id: ID!, $note: String!) {
    confirmPaymentSuspension(id: $id, note: $note) {
      ...PaymentSuspensionFields
    }
  }
`);

export const WITHDRAW_PAYMENT_SUSPENSION = graphql(`
  mutation WithdrawPaymentSuspension($id: ID!, $reason: String!) {
    withdrawPaymentSuspension(id: $id, reason: $reason) {
      ...PaymentSuspensionFields
    }
  }
`);
