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
    "\n  query MyCertification {\n    myCertification {\n      status\n      validUntil\n      method\n      certifiedOn\n      evidence {\n        date\n        text\n      }\n    }\n    myProfile {\n      id\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n    }\n  }\n": typeof types.MyCertificationDocument,
    "\n  mutation StartFaceCertification {\n    startFaceCertification {\n      transactionId\n      url\n    }\n  }\n": typeof types.StartFaceCertificationDocument,
    "\n  query MyFaceCertification($transactionId: String!) {\n    myFaceCertification(transactionId: $transactionId) {\n      id\n      passed\n      certifiedOn\n      validUntil\n    }\n  }\n": typeof types.MyFaceCertificationDocument,
    "\n  fragment ConfirmationView on InfoConfirmation {\n    id\n    status\n    sentAt\n    respondedAt\n    resolvedAt\n    items {\n      field\n      label\n      value\n    }\n    disputes {\n      id\n      field\n      label\n      status\n      comment\n      proposedValue\n      resolutionNote\n      resolvedAt\n    }\n  }\n": typeof types.ConfirmationViewFragmentDoc,
    "\n  query MyInfoConfirmation {\n    myInfoConfirmation {\n      ...ConfirmationView\n    }\n    myProfile {\n      id\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n    }\n  }\n": typeof types.MyInfoConfirmationDocument,
    "\n  mutation ConfirmMyInfo($id: ID!) {\n    confirmMyInfo(id: $id) {\n      ...ConfirmationView\n    }\n  }\n": typeof types.ConfirmMyInfoDocument,
    "\n  mutation DisputeMyInfo($id: ID!, $items: [DisputeItemInput!]!) {\n    disputeMyInfo(id: $id, items: $items) {\n      ...ConfirmationView\n    }\n  }\n": typeof types.DisputeMyInfoDocument,
    "\n  fragment FamilyMemberView on FamilyMember {\n    id\n    relation\n    name\n    phone\n    idNumber\n    isEmergencyContact\n    isNextOfKin\n  }\n": typeof types.FamilyMemberViewFragmentDoc,
    "\n  query MyFamily {\n    myFamilyMembers {\n      ...FamilyMemberView\n    }\n    familyRelations\n  }\n": typeof types.MyFamilyDocument,
    "\n  mutation AddMyFamilyMember($input: FamilyMemberInput!) {\n    addMyFamilyMember(input: $input) {\n      ...FamilyMemberView\n    }\n  }\n": typeof types.AddMyFamilyMemberDocument,
    "\n  mutation UpdateMyFamilyMember($id: ID!, $input: FamilyMemberInput!) {\n    updateMyFamilyMember(id: $id, input: $input) {\n      ...FamilyMemberView\n    }\n  }\n": typeof types.UpdateMyFamilyMemberDocument,
    "\n  mutation RemoveMyFamilyMember($id: ID!) {\n    removeMyFamilyMember(id: $id)\n  }\n": typeof types.RemoveMyFamilyMemberDocument,
    "\n  query Home {\n    myProfile {\n      id\n      name\n      status\n      monthlyPension\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n      payments(months: 6) {\n        id\n        period\n        amount\n        paidDate\n      }\n    }\n    myCertification {\n      status\n    }\n    myInfoConfirmation {\n      id\n      status\n      resolvedAt\n      disputes {\n        id\n        label\n        status\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  fragment Message on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n": typeof types.MessageFragmentDoc,
    "\n  query MyNotifications($limit: Int, $after: String) {\n    myNotifications(limit: $limit, after: $after) {\n      items {\n        ...Message\n      }\n      nextCursor\n      unreadCount\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query MyPayments {\n    myProfile {\n      id\n      monthlyPension\n      payments(months: 12) {\n        id\n        period\n        amount\n        paidDate\n      }\n    }\n  }\n": typeof types.MyPaymentsDocument,
    "\n  query MyProfile {\n    myProfile {\n      id\n      name\n      gender\n      birthDate\n      idNumber\n      phone\n      hukouAddress\n      residenceAddress\n      employer\n      retirementDate\n      bankName\n      bankAccount\n      citizenCardNo\n      community {\n        id\n        name\n        contactPhone\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  fragment CommunityChoice on OrgUnit {\n    id\n    name\n    address\n    contactPhone\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.CommunityChoiceFragmentDoc,
    "\n  fragment TransferView on CommunityTransfer {\n    id\n    status\n    newAddress\n    reason\n    createdAt\n    originReviewedAt\n    originNote\n    targetReviewedAt\n    targetNote\n    completedAt\n    cancelledAt\n    allowedActions\n    fromCommunity {\n      id\n      name\n      contactPhone\n      address\n    }\n    toCommunity {\n      id\n      name\n      contactPhone\n      address\n    }\n    fromTownship {\n      id\n      name\n    }\n    toTownship {\n      id\n      name\n    }\n  }\n": typeof types.TransferViewFragmentDoc,
    "\n  query MyTransfers {\n    myProfile {\n      id\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n      township {\n        id\n        name\n      }\n    }\n    myCommunityTransfers {\n      ...TransferView\n    }\n  }\n": typeof types.MyTransfersDocument,
    "\n  query Communities($search: String, $address: String, $limit: Int) {\n    communities(search: $search, address: $address, limit: $limit) {\n      ...CommunityChoice\n    }\n  }\n": typeof types.CommunitiesDocument,
    "\n  mutation RequestCommunityTransfer($input: TransferRequestInput!) {\n    requestCommunityTransfer(input: $input) {\n      ...TransferView\n    }\n  }\n": typeof types.RequestCommunityTransferDocument,
    "\n  mutation CancelCommunityTransfer($id: ID!) {\n    cancelCommunityTransfer(id: $id) {\n      ...TransferView\n    }\n  }\n": typeof types.CancelCommunityTransferDocument,
};
const documents: Documents = {
    "\n  fragment SessionViewer on Viewer {\n    displayName\n    kind\n    retireeId\n  }\n": types.SessionViewerFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionViewer\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query UnreadCount {\n    myNotifications(limit: 1) {\n      unreadCount\n    }\n  }\n": types.UnreadCountDocument,
    "\n  mutation RequestLoginCode($idNumber: String!) {\n    requestLoginCode(idNumber: $idNumber) {\n      challengeId\n      sentTo\n      expiresAt\n      devCode\n    }\n  }\n": types.RequestLoginCodeDocument,
    "\n  mutation VerifyLoginCode($challengeId: ID!, $code: String!) {\n    verifyLoginCode(challengeId: $challengeId, code: $code) {\n      user {\n        ...SessionViewer\n      }\n    }\n  }\n": types.VerifyLoginCodeDocument,
    "\n  query MyCertification {\n    myCertification {\n      status\n      validUntil\n      method\n      certifiedOn\n      evidence {\n        date\n        text\n      }\n    }\n    myProfile {\n      id\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n    }\n  }\n": types.MyCertificationDocument,
    "\n  mutation StartFaceCertification {\n    startFaceCertification {\n      transactionId\n      url\n    }\n  }\n": types.StartFaceCertificationDocument,
    "\n  query MyFaceCertification($transactionId: String!) {\n    myFaceCertification(transactionId: $transactionId) {\n      id\n      passed\n      certifiedOn\n      validUntil\n    }\n  }\n": types.MyFaceCertificationDocument,
    "\n  fragment ConfirmationView on InfoConfirmation {\n    id\n    status\n    sentAt\n    respondedAt\n    resolvedAt\n    items {\n      field\n      label\n      value\n    }\n    disputes {\n      id\n      field\n      label\n      status\n      comment\n      proposedValue\n      resolutionNote\n      resolvedAt\n    }\n  }\n": types.ConfirmationViewFragmentDoc,
    "\n  query MyInfoConfirmation {\n    myInfoConfirmation {\n      ...ConfirmationView\n    }\n    myProfile {\n      id\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n    }\n  }\n": types.MyInfoConfirmationDocument,
    "\n  mutation ConfirmMyInfo($id: ID!) {\n    confirmMyInfo(id: $id) {\n      ...ConfirmationView\n    }\n  }\n": types.ConfirmMyInfoDocument,
    "\n  mutation DisputeMyInfo($id: ID!, $items: [DisputeItemInput!]!) {\n    disputeMyInfo(id: $id, items: $items) {\n      ...ConfirmationView\n    }\n  }\n": types.DisputeMyInfoDocument,
    "\n  fragment FamilyMemberView on FamilyMember {\n    id\n    relation\n    name\n    phone\n    idNumber\n    isEmergencyContact\n    isNextOfKin\n  }\n": types.FamilyMemberViewFragmentDoc,
    "\n  query MyFamily {\n    myFamilyMembers {\n      ...FamilyMemberView\n    }\n    familyRelations\n  }\n": types.MyFamilyDocument,
    "\n  mutation AddMyFamilyMember($input: FamilyMemberInput!) {\n    addMyFamilyMember(input: $input) {\n      ...FamilyMemberView\n    }\n  }\n": types.AddMyFamilyMemberDocument,
    "\n  mutation UpdateMyFamilyMember($id: ID!, $input: FamilyMemberInput!) {\n    updateMyFamilyMember(id: $id, input: $input) {\n      ...FamilyMemberView\n    }\n  }\n": types.UpdateMyFamilyMemberDocument,
    "\n  mutation RemoveMyFamilyMember($id: ID!) {\n    removeMyFamilyMember(id: $id)\n  }\n": types.RemoveMyFamilyMemberDocument,
    "\n  query Home {\n    myProfile {\n      id\n      name\n      status\n      monthlyPension\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n      payments(months: 6) {\n        id\n        period\n        amount\n        paidDate\n      }\n    }\n    myCertification {\n      status\n    }\n    myInfoConfirmation {\n      id\n      status\n      resolvedAt\n      disputes {\n        id\n        label\n        status\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  fragment Message on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n": types.MessageFragmentDoc,
    "\n  query MyNotifications($limit: Int, $after: String) {\n    myNotifications(limit: $limit, after: $after) {\n      items {\n        ...Message\n      }\n      nextCursor\n      unreadCount\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query MyPayments {\n    myProfile {\n      id\n      monthlyPension\n      payments(months: 12) {\n        id\n        period\n        amount\n        paidDate\n      }\n    }\n  }\n": types.MyPaymentsDocument,
    "\n  query MyProfile {\n    myProfile {\n      id\n      name\n      gender\n      birthDate\n      idNumber\n      phone\n      hukouAddress\n      residenceAddress\n      employer\n      retirementDate\n      bankName\n      bankAccount\n      citizenCardNo\n      community {\n        id\n        name\n        contactPhone\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  fragment CommunityChoice on OrgUnit {\n    id\n    name\n    address\n    contactPhone\n    parent {\n      id\n      name\n    }\n  }\n": types.CommunityChoiceFragmentDoc,
    "\n  fragment TransferView on CommunityTransfer {\n    id\n    status\n    newAddress\n    reason\n    createdAt\n    originReviewedAt\n    originNote\n    targetReviewedAt\n    targetNote\n    completedAt\n    cancelledAt\n    allowedActions\n    fromCommunity {\n      id\n      name\n      contactPhone\n      address\n    }\n    toCommunity {\n      id\n      name\n      contactPhone\n      address\n    }\n    fromTownship {\n      id\n      name\n    }\n    toTownship {\n      id\n      name\n    }\n  }\n": types.TransferViewFragmentDoc,
    "\n  query MyTransfers {\n    myProfile {\n      id\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n      township {\n        id\n        name\n      }\n    }\n    myCommunityTransfers {\n      ...TransferView\n    }\n  }\n": types.MyTransfersDocument,
    "\n  query Communities($search: String, $address: String, $limit: Int) {\n    communities(search: $search, address: $address, limit: $limit) {\n      ...CommunityChoice\n    }\n  }\n": types.CommunitiesDocument,
    "\n  mutation RequestCommunityTransfer($input: TransferRequestInput!) {\n    requestCommunityTransfer(input: $input) {\n      ...TransferView\n    }\n  }\n": types.RequestCommunityTransferDocument,
    "\n  mutation CancelCommunityTransfer($id: ID!) {\n    cancelCommunityTransfer(id: $id) {\n      ...TransferView\n    }\n  }\n": types.CancelCommunityTransferDocument,
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
export function graphql(source: "\n  query MyCertification {\n    myCertification {\n      status\n      validUntil\n      method\n      certifiedOn\n      evidence {\n        date\n        text\n      }\n    }\n    myProfile {\n      id\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n    }\n  }\n"): typeof import('./graphql').MyCertificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartFaceCertification {\n    startFaceCertification {\n      transactionId\n      url\n    }\n  }\n"): typeof import('./graphql').StartFaceCertificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFaceCertification($transactionId: String!) {\n    myFaceCertification(transactionId: $transactionId) {\n      id\n      passed\n      certifiedOn\n      validUntil\n    }\n  }\n"): typeof import('./graphql').MyFaceCertificationDocument;
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
export function graphql(source: "\n  fragment FamilyMemberView on FamilyMember {\n    id\n    relation\n    name\n    phone\n    idNumber\n    isEmergencyContact\n    isNextOfKin\n  }\n"): typeof import('./graphql').FamilyMemberViewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFamily {\n    myFamilyMembers {\n      ...FamilyMemberView\n    }\n    familyRelations\n  }\n"): typeof import('./graphql').MyFamilyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMyFamilyMember($input: FamilyMemberInput!) {\n    addMyFamilyMember(input: $input) {\n      ...FamilyMemberView\n    }\n  }\n"): typeof import('./graphql').AddMyFamilyMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyFamilyMember($id: ID!, $input: FamilyMemberInput!) {\n    updateMyFamilyMember(id: $id, input: $input) {\n      ...FamilyMemberView\n    }\n  }\n"): typeof import('./graphql').UpdateMyFamilyMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMyFamilyMember($id: ID!) {\n    removeMyFamilyMember(id: $id)\n  }\n"): typeof import('./graphql').RemoveMyFamilyMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    myProfile {\n      id\n      name\n      status\n      monthlyPension\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n      payments(months: 6) {\n        id\n        period\n        amount\n        paidDate\n      }\n    }\n    myCertification {\n      status\n    }\n    myInfoConfirmation {\n      id\n      status\n      resolvedAt\n      disputes {\n        id\n        label\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').HomeDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityChoice on OrgUnit {\n    id\n    name\n    address\n    contactPhone\n    parent {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CommunityChoiceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransferView on CommunityTransfer {\n    id\n    status\n    newAddress\n    reason\n    createdAt\n    originReviewedAt\n    originNote\n    targetReviewedAt\n    targetNote\n    completedAt\n    cancelledAt\n    allowedActions\n    fromCommunity {\n      id\n      name\n      contactPhone\n      address\n    }\n    toCommunity {\n      id\n      name\n      contactPhone\n      address\n    }\n    fromTownship {\n      id\n      name\n    }\n    toTownship {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').TransferViewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTransfers {\n    myProfile {\n      id\n      community {\n        id\n        name\n        contactName\n        contactPhone\n        address\n      }\n      township {\n        id\n        name\n      }\n    }\n    myCommunityTransfers {\n      ...TransferView\n    }\n  }\n"): typeof import('./graphql').MyTransfersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Communities($search: String, $address: String, $limit: Int) {\n    communities(search: $search, address: $address, limit: $limit) {\n      ...CommunityChoice\n    }\n  }\n"): typeof import('./graphql').CommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCommunityTransfer($input: TransferRequestInput!) {\n    requestCommunityTransfer(input: $input) {\n      ...TransferView\n    }\n  }\n"): typeof import('./graphql').RequestCommunityTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCommunityTransfer($id: ID!) {\n    cancelCommunityTransfer(id: $id) {\n      ...TransferView\n    }\n  }\n"): typeof import('./graphql').CancelCommunityTransferDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
