/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionViewer on Viewer {\n    displayName\n    kind\n    retireeId\n  }\n": typeof types.SessionViewerFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionViewer\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query UnreadCount {\n    myNotifications(limit: 1) {\n      unreadCount\n    }\n  }\n": typeof types.UnreadCountDocument,
    "\n  mutation RequestLoginCode($idNumber: String!) {\n    requestLoginCode(idNumber: $idNumber) {\n      challengeId\n      sentTo\n      expiresAt\n      devCode\n    }\n  }\n": typeof types.RequestLoginCodeDocument,
    "\n  mutation VerifyLoginCode($challengeId: ID!, $code: String!) {\n    verifyLoginCode(challengeId: $challengeId, code: $code) {\n      user {\n        ...SessionViewer\n      }\n    }\n  }\n": typeof types.VerifyLoginCodeDocument,
    "\n  fragment ConfirmationView on InfoConfirmation {\n    id\n    status\n    sentAt\n    respondedAt\n    resolvedAt\n    items {\n      field\n      label\n      value\n    }\n    disputes {\n      id\n      field\n      label\n      status\n      comment\n      proposedValue\n      resolutionNote\n      resolvedAt\n    }\n  }\n": typeof types.ConfirmationViewFragmentDoc,
    "\n  query MyInfoConfirmation {\n    myInfoConfirmation {\n      ...ConfirmationView\n    }\n    myProfile {\n      id\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n    }\n  }\n": typeof types.MyInfoConfirmationDocument,
    "\n  mutation ConfirmMyInfo($id: ID!) {\n    confirmMyInfo(id: $id) {\n      ...ConfirmationView\n    }\n  }\n": typeof types.ConfirmMyInfoDocument,
    "\n  mutation DisputeMyInfo($id: ID!, $items: [DisputeItemInput!]!) {\n    disputeMyInfo(id: $id, items: $items) {\n      ...ConfirmationView\n    }\n  }\n": typeof types.DisputeMyInfoDocument,
    "\n  query Home {\n    myProfile {\n      id\n      name\n      status\n      monthlyPension\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n      payments(months: 6) {\n        id\n        period\n        amount\n        paidDate\n      }\n    }\n    myInfoConfirmation {\n      id\n      status\n      resolvedAt\n      disputes {\n        id\n        label\n        status\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  fragment Message on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n": typeof types.MessageFragmentDoc,
    "\n  query MyNotifications($limit: Int, $after: String) {\n    myNotifications(limit: $limit, after: $after) {\n      items {\n        ...Message\n      }\n      nextCursor\n      unreadCount\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query MyPayments {\n    myProfile {\n      id\n      monthlyPension\n      payments(months: 12) {\n        id\n        period\n        amount\n        paidDate\n      }\n    }\n  }\n": typeof types.MyPaymentsDocument,
    "\n  query MyProfile {\n    myProfile {\n      id\n      name\n      gender\n      birthDate\n      idNumber\n      phone\n      hukouAddress\n      residenceAddress\n      employer\n      retirementDate\n      bankName\n      bankAccount\n      citizenCardNo\n      community {\n        id\n        name\n        contactPhone\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
};
const documents: Documents = {
    "\n  fragment SessionViewer on Viewer {\n    displayName\n    kind\n    retireeId\n  }\n": types.SessionViewerFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionViewer\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query UnreadCount {\n    myNotifications(limit: 1) {\n      unreadCount\n    }\n  }\n": types.UnreadCountDocument,
    "\n  mutation RequestLoginCode($idNumber: String!) {\n    requestLoginCode(idNumber: $idNumber) {\n      challengeId\n      sentTo\n      expiresAt\n      devCode\n    }\n  }\n": types.RequestLoginCodeDocument,
    "\n  mutation VerifyLoginCode($challengeId: ID!, $code: String!) {\n    verifyLoginCode(challengeId: $challengeId, code: $code) {\n      user {\n        ...SessionViewer\n      }\n    }\n  }\n": types.VerifyLoginCodeDocument,
    "\n  fragment ConfirmationView on InfoConfirmation {\n    id\n    status\n    sentAt\n    respondedAt\n    resolvedAt\n    items {\n      field\n      label\n      value\n    }\n    disputes {\n      id\n      field\n      label\n      status\n      comment\n      proposedValue\n      resolutionNote\n      resolvedAt\n    }\n  }\n": types.ConfirmationViewFragmentDoc,
    "\n  query MyInfoConfirmation {\n    myInfoConfirmation {\n      ...ConfirmationView\n    }\n    myProfile {\n      id\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n    }\n  }\n": types.MyInfoConfirmationDocument,
    "\n  mutation ConfirmMyInfo($id: ID!) {\n    confirmMyInfo(id: $id) {\n      ...ConfirmationView\n    }\n  }\n": types.ConfirmMyInfoDocument,
    "\n  mutation DisputeMyInfo($id: ID!, $items: [DisputeItemInput!]!) {\n    disputeMyInfo(id: $id, items: $items) {\n      ...ConfirmationView\n    }\n  }\n": types.DisputeMyInfoDocument,
    "\n  query Home {\n    myProfile {\n      id\n      name\n      status\n      monthlyPension\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n      payments(months: 6) {\n        id\n        period\n        amount\n        paidDate\n      }\n    }\n    myInfoConfirmation {\n      id\n      status\n      resolvedAt\n      disputes {\n        id\n        label\n        status\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  fragment Message on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n": types.MessageFragmentDoc,
    "\n  query MyNotifications($limit: Int, $after: String) {\n    myNotifications(limit: $limit, after: $after) {\n      items {\n        ...Message\n      }\n      nextCursor\n      unreadCount\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query MyPayments {\n    myProfile {\n      id\n      monthlyPension\n      payments(months: 12) {\n        id\n        period\n        amount\n        paidDate\n      }\n    }\n  }\n": types.MyPaymentsDocument,
    "\n  query MyProfile {\n    myProfile {\n      id\n      name\n      gender\n      birthDate\n      idNumber\n      phone\n      hukouAddress\n      residenceAddress\n      employer\n      retirementDate\n      bankName\n      bankAccount\n      citizenCardNo\n      community {\n        id\n        name\n        contactPhone\n      }\n    }\n  }\n": types.MyProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionViewer on Viewer {\n    displayName\n    kind\n    retireeId\n  }\n"): typeof import('./graphql').SessionViewerFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionViewer\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount {\n    myNotifications(limit: 1) {\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').UnreadCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLoginCode($idNumber: String!) {\n    requestLoginCode(idNumber: $idNumber) {\n      challengeId\n      sentTo\n      expiresAt\n      devCode\n    }\n  }\n"): typeof import('./graphql').RequestLoginCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyLoginCode($challengeId: ID!, $code: String!) {\n    verifyLoginCode(challengeId: $challengeId, code: $code) {\n      user {\n        ...SessionViewer\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyLoginCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConfirmationView on InfoConfirmation {\n    id\n    status\n    sentAt\n    respondedAt\n    resolvedAt\n    items {\n      field\n      label\n      value\n    }\n    disputes {\n      id\n      field\n      label\n      status\n      comment\n      proposedValue\n      resolutionNote\n      resolvedAt\n    }\n  }\n"): typeof import('./graphql').ConfirmationViewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInfoConfirmation {\n    myInfoConfirmation {\n      ...ConfirmationView\n    }\n    myProfile {\n      id\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n    }\n  }\n"): typeof import('./graphql').MyInfoConfirmationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMyInfo($id: ID!) {\n    confirmMyInfo(id: $id) {\n      ...ConfirmationView\n    }\n  }\n"): typeof import('./graphql').ConfirmMyInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisputeMyInfo($id: ID!, $items: [DisputeItemInput!]!) {\n    disputeMyInfo(id: $id, items: $items) {\n      ...ConfirmationView\n    }\n  }\n"): typeof import('./graphql').DisputeMyInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    myProfile {\n      id\n      name\n      status\n      monthlyPension\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n      payments(months: 6) {\n        id\n        period\n        amount\n        paidDate\n      }\n    }\n    myInfoConfirmation {\n      id\n      status\n      resolvedAt\n      disputes {\n        id\n        label\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Message on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n"): typeof import('./graphql').MessageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($limit: Int, $after: String) {\n    myNotifications(limit: $limit, after: $after) {\n      items {\n        ...Message\n      }\n      nextCursor\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').MyNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): typeof import('./graphql').MarkNotificationReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): typeof import('./graphql').MarkAllNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPayments {\n    myProfile {\n      id\n      monthlyPension\n      payments(months: 12) {\n        id\n        period\n        amount\n        paidDate\n      }\n    }\n  }\n"): typeof import('./graphql').MyPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    myProfile {\n      id\n      name\n      gender\n      birthDate\n      idNumber\n      phone\n      hukouAddress\n      residenceAddress\n      employer\n      retirementDate\n      bankName\n      bankAccount\n      citizenCardNo\n      community {\n        id\n        name\n        contactPhone\n      }\n    }\n  }\n"): typeof import('./graphql').MyProfileDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
