import { graphql } from '../../gql';

/** Everything the batch detail shows; commit and discard answer with it, so the page updates in place. */
export const IMPORT_BATCH_FIELDS = graphql(`
  fragment ImportBatchFields on ImportBatch {
    id
    kind
    channel
    status
    fileName
    received
    inserted
    updated
    unchanged
    rejected
    warnings
    outcome {
      placedInCommunity
      awaitingPlacement
      matched
      pendingReview
      unmatched
    }
    changeSample {
      rowNo
      action
      subject
      summary
    }
    submittedBy
    createdAt
    committedAt
    durationMs
    errorReportUrl
  }
`);

export const IMPORT_BATCH_QUERY = graphql(`
  query ImportBatchDetail($id: ID!) {
    importBatch(id: $id) {
      ...ImportBatchFields
    }
  }
`);

export const IMPORT_BATCH_ERRORS_QUERY = graphql(`
  query ImportBatchErrors($id: ID!, $severity: ImportErrorSeverity, $limit: Int, $after: String) {
    importBatch(id: $id) {
      id
      errors(severity: $severity, limit: $limit, after: $after) {
        total
        nextCursor
        items {
          id
          rowNo
          field
          column
          code
          severity
          message
          value
        }
      }
    }
  }
`);

export const IMPORT_BATCHES_QUERY = graphql(`
  query ImportBatches($filter: ImportBatchFilter, $limit: Int, $after: String) {
    importBatches(filter: $filter, limit: $limit, after: $after) {
      total
      nextCursor
      items {
        id
        kind
        channel
        status
        fileName
        received
        inserted
        updated
        unchanged
        rejected
        warnings
        submittedBy
        createdAt
        durationMs
      }
    }
  }
`);

export const COMMIT_IMPORT_BATCH = graphql(`
  mutation CommitImportBatch($id: ID!) {
    commitImportBatch(id: $id) {
      ...ImportBatchFields
    }
  }
`);

export const DISCARD_IMPORT_BATCH = graphql(`
  mutation DiscardImportBatch($id: ID!) {
    discardImportBatch(id: $id) {
      ...ImportBatchFields
    }
  }
`);
