import { graphql } from '../../gql';

// Each answer carries what the detail page shows at once; the page then refetches the task (its
// timeline) and the inbox counts.

export const SIGN_TASK = graphql(`
  mutation SignTask($id: ID!) {
    signTask(id: $id) {
      id
      status
      allowedActions
    }
  }
`);

export const COMPLETE_TASK = graphql(`
  mutation CompleteTask($id: ID!, $feedback: TaskFeedbackInput!) {
    completeTask(id: $id, feedback: $feedback) {
      id
      status
      allowedActions
    }
  }
`);

export const RETURN_TASK = graphql(`
  mutation ReturnTask($id: ID!, $reason: String!) {
    returnTask(id: $id, reason: $reason) {
      id
      status
      allowedActions
    }
  }
`);

export const EVALUATE_TASK = graphql(`
  mutation EvaluateTask($id: ID!, $score: Int!, $comment: String) {
    evaluateTask(id: $id, score: $score, comment: $comment) {
      id
      status
      allowedActions
    }
  }
`);

export const CANCEL_TASK = graphql(`
  mutation CancelTask($id: ID!, $reason: String!) {
    cancelTask(id: $id, reason: $reason) {
      id
      status
      allowedActions
    }
  }
`);
