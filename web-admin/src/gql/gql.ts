/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment ViewerFields on Viewer {\n    kind\n    displayName\n    role\n    permissions\n    orgUnit {\n      id\n      name\n      level\n    }\n    staff {\n      id\n      username\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $limit: Int, $after: String) {\n    auditLog(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        at\n        action\n        field\n        actorKind\n        actorName\n        actorOrgName\n        actorRole\n        retireeId\n        retireeName\n        reason\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query ConfirmationStats($orgUnitId: ID) {\n    infoConfirmationStats(orgUnitId: $orgUnitId) {\n      orgUnit {\n        id\n        name\n        level\n      }\n      retirees\n      sent\n      pending\n      confirmed\n      disputed\n      resolved\n      completionRate\n    }\n  }\n": typeof types.ConfirmationStatsDocument,
    "\n  mutation SendInfoConfirmations($orgUnitId: ID) {\n    sendInfoConfirmations(orgUnitId: $orgUnitId)\n  }\n": typeof types.SendInfoConfirmationsDocument,
    "\n  query InfoDisputes($filter: DisputeFilter, $limit: Int, $after: String) {\n    infoDisputes(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        field\n        label\n        sentValue\n        comment\n        proposedValue\n        correctable\n        status\n        createdAt\n        resolutionNote\n        resolvedAt\n        resolvedByName\n        retiree {\n          id\n          name\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InfoDisputesDocument,
    "\n  mutation ResolveInfoDispute($id: ID!, $input: ResolveDisputeInput!) {\n    resolveInfoDispute(id: $id, input: $input) {\n      id\n      status\n      resolutionNote\n      resolvedAt\n      resolvedByName\n    }\n  }\n": typeof types.ResolveInfoDisputeDocument,
    "\n  query FamilyMembers($filter: FamilyMemberFilter, $limit: Int, $after: String) {\n    familyMembers(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        relation\n        name\n        idNumber\n        phone\n        isNextOfKin\n        isEmergencyContact\n        retiree {\n          id\n          name\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.FamilyMembersDocument,
    "\n  query FamilyRelations {\n    familyRelations\n  }\n": typeof types.FamilyRelationsDocument,
    "\n  fragment FamilyMemberFields on FamilyMember {\n    id\n    relation\n    name\n    idNumber\n    phone\n    isEmergencyContact\n    isNextOfKin\n  }\n": typeof types.FamilyMemberFieldsFragmentDoc,
    "\n  mutation AddFamilyMember($retireeId: ID!, $input: FamilyMemberInput!) {\n    addFamilyMember(retireeId: $retireeId, input: $input) {\n      ...FamilyMemberFields\n    }\n  }\n": typeof types.AddFamilyMemberDocument,
    "\n  mutation UpdateFamilyMember($id: ID!, $input: FamilyMemberInput!) {\n    updateFamilyMember(id: $id, input: $input) {\n      ...FamilyMemberFields\n    }\n  }\n": typeof types.UpdateFamilyMemberDocument,
    "\n  mutation RemoveFamilyMember($id: ID!) {\n    removeFamilyMember(id: $id)\n  }\n": typeof types.RemoveFamilyMemberDocument,
    "\n  query OrgTree {\n    orgUnits {\n      id\n      name\n      parentId\n      code\n      level\n      kind\n      contactName\n      contactPhone\n      address\n      retireeCount\n    }\n  }\n": typeof types.OrgTreeDocument,
    "\n  query RetireeDetail($id: ID!) {\n    retiree(id: $id) {\n      id\n      name\n      gender\n      birthDate\n      age\n      idNumber\n      phone\n      employer\n      hukouAddress\n      residenceAddress\n      bankName\n      bankAccount\n      citizenCardNo\n      retirementDate\n      monthlyPension\n      status\n      version\n      updatedAt\n      community {\n        id\n        name\n      }\n      township {\n        id\n        name\n      }\n      familyMembers {\n        id\n        relation\n        name\n        idNumber\n        phone\n        isEmergencyContact\n        isNextOfKin\n      }\n      payments(months: 12) {\n        id\n        period\n        amount\n        paidDate\n      }\n      history {\n        id\n        field\n        oldValue\n        newValue\n        source\n        actorName\n        changedAt\n        note\n      }\n    }\n  }\n": typeof types.RetireeDetailDocument,
    "\n  mutation UpdateRetiree($id: ID!, $input: RetireeUpdateInput!, $note: String, $expectedVersion: Int) {\n    updateRetiree(id: $id, input: $input, note: $note, expectedVersion: $expectedVersion) {\n      id\n      name\n      phone\n      employer\n      hukouAddress\n      residenceAddress\n      bankName\n      bankAccount\n      citizenCardNo\n      version\n      updatedAt\n      history {\n        id\n        field\n        oldValue\n        newValue\n        source\n        actorName\n        changedAt\n        note\n      }\n    }\n  }\n": typeof types.UpdateRetireeDocument,
    "\n  query RetireeList($filter: RetireeFilter, $limit: Int, $after: String) {\n    retirees(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        name\n        gender\n        age\n        idNumber\n        retirementDate\n        monthlyPension\n        status\n        community {\n          id\n          name\n        }\n        township {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RetireeListDocument,
    "\n  query RetireeMessages($id: ID!) {\n    retiree(id: $id) {\n      id\n      latestInfoConfirmation {\n        id\n        status\n        sentAt\n        respondedAt\n        resolvedAt\n        disputes {\n          id\n          label\n          status\n          resolvedByName\n        }\n      }\n      notifications {\n        id\n        kind\n        title\n        body\n        createdAt\n        smsStatus\n        readAt\n      }\n    }\n  }\n": typeof types.RetireeMessagesDocument,
    "\n  mutation RevealIdNumber($retireeId: ID!, $reason: String!) {\n    revealIdNumber(retireeId: $retireeId, reason: $reason)\n  }\n": typeof types.RevealIdNumberDocument,
    "\n  mutation RevealPhone($retireeId: ID!, $reason: String!) {\n    revealPhone(retireeId: $retireeId, reason: $reason)\n  }\n": typeof types.RevealPhoneDocument,
    "\n  mutation RevealBankAccount($retireeId: ID!, $reason: String!) {\n    revealBankAccount(retireeId: $retireeId, reason: $reason)\n  }\n": typeof types.RevealBankAccountDocument,
    "\n  mutation CreateStaffUser($input: CreateStaffInput!) {\n    createStaffUser(input: $input) {\n      temporaryPassword\n      staff {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.CreateStaffUserDocument,
    "\n  query StaffList($filter: StaffFilter, $limit: Int, $after: String) {\n    staffUsers(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        username\n        displayName\n        role\n        active\n        lastLoginAt\n        createdAt\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.StaffListDocument,
    "\n  mutation SetStaffActive($id: ID!, $active: Boolean!) {\n    setStaffActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetStaffActiveDocument,
    "\n  mutation ResetStaffPassword($id: ID!) {\n    resetStaffPassword(id: $id) {\n      temporaryPassword\n      staff {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.ResetStaffPasswordDocument,
    "\n  mutation AssignTask($input: AssignTaskInput!) {\n    assignTask(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.AssignTaskDocument,
    "\n  query AssignableStaff {\n    assignableStaff {\n      id\n      displayName\n      username\n    }\n  }\n": typeof types.AssignableStaffDocument,
    "\n  query PreviewBulkTasks($criteria: BulkTaskCriteriaInput!) {\n    previewBulkTasks(criteria: $criteria) {\n      taskCount\n      retireeCount\n      communities {\n        orgUnit {\n          id\n          name\n        }\n        retirees\n      }\n    }\n  }\n": typeof types.PreviewBulkTasksDocument,
    "\n  mutation AssignTasksInBulk($input: BulkAssignInput!) {\n    assignTasksInBulk(input: $input) {\n      batchId\n      taskCount\n      retireeCount\n    }\n  }\n": typeof types.AssignTasksInBulkDocument,
    "\n  query RetireeTasks($filter: TaskFilter, $limit: Int) {\n    tasks(filter: $filter, limit: $limit) {\n      total\n      items {\n        id\n        title\n        type\n        status\n        dueDate\n        overdue\n      }\n    }\n  }\n": typeof types.RetireeTasksDocument,
    "\n  query TaskBatches($limit: Int) {\n    taskBatches(limit: $limit) {\n      batchId\n      title\n      createdAt\n      dueDate\n      taskCount\n      retireeCount\n      doneCount\n    }\n  }\n": typeof types.TaskBatchesDocument,
    "\n  query TaskProgress($batchId: String) {\n    taskProgress(batchId: $batchId) {\n      orgUnit {\n        id\n        name\n      }\n      total\n      assigned\n      inProgress\n      done\n      overdue\n      completionRate\n    }\n  }\n": typeof types.TaskProgressDocument,
    "\n  query TaskList($filter: TaskFilter, $limit: Int, $after: String) {\n    tasks(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        title\n        type\n        priority\n        status\n        dueDate\n        overdue\n        retireeCount\n        creatorUnit {\n          id\n          name\n        }\n        assigneeUnit {\n          id\n          name\n        }\n        assigneeStaffName\n      }\n    }\n  }\n": typeof types.TaskListDocument,
    "\n  query TaskInboxCounts {\n    taskInboxCounts {\n      toSign\n      inProgress\n      overdue\n      toEvaluate\n    }\n  }\n": typeof types.TaskInboxCountsDocument,
    "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      type\n      status\n      priority\n      instructions\n      dueDate\n      overdue\n      createdAt\n      creatorName\n      creatorUnit {\n        id\n        name\n      }\n      assigneeUnit {\n        id\n        name\n      }\n      assigneeStaffName\n      signDeadline\n      signedAt\n      signedByName\n      signedOnTime\n      completedAt\n      completedByName\n      completedOnTime\n      outcome\n      feedback\n      attachments {\n        id\n        fileName\n        contentType\n        size\n        url\n      }\n      score\n      evaluationComment\n      evaluatedAt\n      evaluatedByName\n      returnReason\n      returnCount\n      batchId\n      source {\n        kind\n        label\n        link\n        closedBySource\n      }\n      retireeCount\n      retirees(limit: 100) {\n        id\n        name\n        gender\n        age\n        community {\n          id\n          name\n        }\n      }\n      timeline {\n        id\n        kind\n        actorName\n        at\n        note\n      }\n      allowedActions\n    }\n  }\n": typeof types.TaskDetailDocument,
    "\n  mutation SignTask($id: ID!) {\n    signTask(id: $id) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.SignTaskDocument,
    "\n  mutation CompleteTask($id: ID!, $feedback: TaskFeedbackInput!) {\n    completeTask(id: $id, feedback: $feedback) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  mutation ReturnTask($id: ID!, $reason: String!) {\n    returnTask(id: $id, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.ReturnTaskDocument,
    "\n  mutation EvaluateTask($id: ID!, $score: Int!, $comment: String) {\n    evaluateTask(id: $id, score: $score, comment: $comment) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.EvaluateTaskDocument,
    "\n  mutation CancelTask($id: ID!, $reason: String!) {\n    cancelTask(id: $id, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.CancelTaskDocument,
    "\n  fragment TransferDetailFields on CommunityTransfer {\n    id\n    status\n    allowedActions\n    newAddress\n    reason\n    requestedByName\n    requestedByRetiree\n    createdAt\n    originReviewedAt\n    originReviewerName\n    originNote\n    targetReviewedAt\n    targetReviewerName\n    targetNote\n    completedAt\n    cancelledAt\n    applicant {\n      id\n      name\n      gender\n      birthDate\n      idNumberMasked\n      phoneMasked\n    }\n    fromCommunity {\n      id\n      name\n    }\n    fromTownship {\n      id\n      name\n    }\n    toCommunity {\n      id\n      name\n    }\n    toTownship {\n      id\n      name\n    }\n  }\n": typeof types.TransferDetailFieldsFragmentDoc,
    "\n  query CommunityTransferDetail($id: ID!) {\n    communityTransfer(id: $id) {\n      ...TransferDetailFields\n    }\n  }\n": typeof types.CommunityTransferDetailDocument,
    "\n  query CommunityTransfers($filter: TransferFilter, $limit: Int, $after: String) {\n    communityTransfers(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        status\n        createdAt\n        completedAt\n        requestedByName\n        requestedByRetiree\n        applicant {\n          id\n          name\n        }\n        fromCommunity {\n          id\n          name\n        }\n        fromTownship {\n          id\n          name\n        }\n        toCommunity {\n          id\n          name\n        }\n        toTownship {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CommunityTransfersDocument,
    "\n  mutation ReviewCommunityTransfer($id: ID!, $approve: Boolean!, $reason: String) {\n    reviewCommunityTransfer(id: $id, approve: $approve, reason: $reason) {\n      ...TransferDetailFields\n    }\n  }\n": typeof types.ReviewCommunityTransferDocument,
    "\n  mutation AcceptCommunityTransfer($id: ID!, $accept: Boolean!, $reason: String) {\n    acceptCommunityTransfer(id: $id, accept: $accept, reason: $reason) {\n      ...TransferDetailFields\n    }\n  }\n": typeof types.AcceptCommunityTransferDocument,
    "\n  mutation CancelCommunityTransfer($id: ID!) {\n    cancelCommunityTransfer(id: $id) {\n      ...TransferDetailFields\n    }\n  }\n": typeof types.CancelCommunityTransferDocument,
    "\n  mutation RequestCommunityTransfer($input: TransferRequestInput!) {\n    requestCommunityTransfer(input: $input) {\n      id\n    }\n  }\n": typeof types.RequestCommunityTransferDocument,
    "\n  query Communities($search: String, $address: String, $limit: Int) {\n    communities(search: $search, address: $address, limit: $limit) {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CommunitiesDocument,
    "\n  query AreaTree {\n    orgUnits {\n      id\n      name\n      parentId\n      level\n      retireeCount\n    }\n  }\n": typeof types.AreaTreeDocument,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment ViewerFields on Viewer {\n    kind\n    displayName\n    role\n    permissions\n    orgUnit {\n      id\n      name\n      level\n    }\n    staff {\n      id\n      username\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $limit: Int, $after: String) {\n    auditLog(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        at\n        action\n        field\n        actorKind\n        actorName\n        actorOrgName\n        actorRole\n        retireeId\n        retireeName\n        reason\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangeMyPasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  query ConfirmationStats($orgUnitId: ID) {\n    infoConfirmationStats(orgUnitId: $orgUnitId) {\n      orgUnit {\n        id\n        name\n        level\n      }\n      retirees\n      sent\n      pending\n      confirmed\n      disputed\n      resolved\n      completionRate\n    }\n  }\n": types.ConfirmationStatsDocument,
    "\n  mutation SendInfoConfirmations($orgUnitId: ID) {\n    sendInfoConfirmations(orgUnitId: $orgUnitId)\n  }\n": types.SendInfoConfirmationsDocument,
    "\n  query InfoDisputes($filter: DisputeFilter, $limit: Int, $after: String) {\n    infoDisputes(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        field\n        label\n        sentValue\n        comment\n        proposedValue\n        correctable\n        status\n        createdAt\n        resolutionNote\n        resolvedAt\n        resolvedByName\n        retiree {\n          id\n          name\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InfoDisputesDocument,
    "\n  mutation ResolveInfoDispute($id: ID!, $input: ResolveDisputeInput!) {\n    resolveInfoDispute(id: $id, input: $input) {\n      id\n      status\n      resolutionNote\n      resolvedAt\n      resolvedByName\n    }\n  }\n": types.ResolveInfoDisputeDocument,
    "\n  query FamilyMembers($filter: FamilyMemberFilter, $limit: Int, $after: String) {\n    familyMembers(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        relation\n        name\n        idNumber\n        phone\n        isNextOfKin\n        isEmergencyContact\n        retiree {\n          id\n          name\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.FamilyMembersDocument,
    "\n  query FamilyRelations {\n    familyRelations\n  }\n": types.FamilyRelationsDocument,
    "\n  fragment FamilyMemberFields on FamilyMember {\n    id\n    relation\n    name\n    idNumber\n    phone\n    isEmergencyContact\n    isNextOfKin\n  }\n": types.FamilyMemberFieldsFragmentDoc,
    "\n  mutation AddFamilyMember($retireeId: ID!, $input: FamilyMemberInput!) {\n    addFamilyMember(retireeId: $retireeId, input: $input) {\n      ...FamilyMemberFields\n    }\n  }\n": types.AddFamilyMemberDocument,
    "\n  mutation UpdateFamilyMember($id: ID!, $input: FamilyMemberInput!) {\n    updateFamilyMember(id: $id, input: $input) {\n      ...FamilyMemberFields\n    }\n  }\n": types.UpdateFamilyMemberDocument,
    "\n  mutation RemoveFamilyMember($id: ID!) {\n    removeFamilyMember(id: $id)\n  }\n": types.RemoveFamilyMemberDocument,
    "\n  query OrgTree {\n    orgUnits {\n      id\n      name\n      parentId\n      code\n      level\n      kind\n      contactName\n      contactPhone\n      address\n      retireeCount\n    }\n  }\n": types.OrgTreeDocument,
    "\n  query RetireeDetail($id: ID!) {\n    retiree(id: $id) {\n      id\n      name\n      gender\n      birthDate\n      age\n      idNumber\n      phone\n      employer\n      hukouAddress\n      residenceAddress\n      bankName\n      bankAccount\n      citizenCardNo\n      retirementDate\n      monthlyPension\n      status\n      version\n      updatedAt\n      community {\n        id\n        name\n      }\n      township {\n        id\n        name\n      }\n      familyMembers {\n        id\n        relation\n        name\n        idNumber\n        phone\n        isEmergencyContact\n        isNextOfKin\n      }\n      payments(months: 12) {\n        id\n        period\n        amount\n        paidDate\n      }\n      history {\n        id\n        field\n        oldValue\n        newValue\n        source\n        actorName\n        changedAt\n        note\n      }\n    }\n  }\n": types.RetireeDetailDocument,
    "\n  mutation UpdateRetiree($id: ID!, $input: RetireeUpdateInput!, $note: String, $expectedVersion: Int) {\n    updateRetiree(id: $id, input: $input, note: $note, expectedVersion: $expectedVersion) {\n      id\n      name\n      phone\n      employer\n      hukouAddress\n      residenceAddress\n      bankName\n      bankAccount\n      citizenCardNo\n      version\n      updatedAt\n      history {\n        id\n        field\n        oldValue\n        newValue\n        source\n        actorName\n        changedAt\n        note\n      }\n    }\n  }\n": types.UpdateRetireeDocument,
    "\n  query RetireeList($filter: RetireeFilter, $limit: Int, $after: String) {\n    retirees(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        name\n        gender\n        age\n        idNumber\n        retirementDate\n        monthlyPension\n        status\n        community {\n          id\n          name\n        }\n        township {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RetireeListDocument,
    "\n  query RetireeMessages($id: ID!) {\n    retiree(id: $id) {\n      id\n      latestInfoConfirmation {\n        id\n        status\n        sentAt\n        respondedAt\n        resolvedAt\n        disputes {\n          id\n          label\n          status\n          resolvedByName\n        }\n      }\n      notifications {\n        id\n        kind\n        title\n        body\n        createdAt\n        smsStatus\n        readAt\n      }\n    }\n  }\n": types.RetireeMessagesDocument,
    "\n  mutation RevealIdNumber($retireeId: ID!, $reason: String!) {\n    revealIdNumber(retireeId: $retireeId, reason: $reason)\n  }\n": types.RevealIdNumberDocument,
    "\n  mutation RevealPhone($retireeId: ID!, $reason: String!) {\n    revealPhone(retireeId: $retireeId, reason: $reason)\n  }\n": types.RevealPhoneDocument,
    "\n  mutation RevealBankAccount($retireeId: ID!, $reason: String!) {\n    revealBankAccount(retireeId: $retireeId, reason: $reason)\n  }\n": types.RevealBankAccountDocument,
    "\n  mutation CreateStaffUser($input: CreateStaffInput!) {\n    createStaffUser(input: $input) {\n      temporaryPassword\n      staff {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.CreateStaffUserDocument,
    "\n  query StaffList($filter: StaffFilter, $limit: Int, $after: String) {\n    staffUsers(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        username\n        displayName\n        role\n        active\n        lastLoginAt\n        createdAt\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.StaffListDocument,
    "\n  mutation SetStaffActive($id: ID!, $active: Boolean!) {\n    setStaffActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.SetStaffActiveDocument,
    "\n  mutation ResetStaffPassword($id: ID!) {\n    resetStaffPassword(id: $id) {\n      temporaryPassword\n      staff {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.ResetStaffPasswordDocument,
    "\n  mutation AssignTask($input: AssignTaskInput!) {\n    assignTask(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.AssignTaskDocument,
    "\n  query AssignableStaff {\n    assignableStaff {\n      id\n      displayName\n      username\n    }\n  }\n": types.AssignableStaffDocument,
    "\n  query PreviewBulkTasks($criteria: BulkTaskCriteriaInput!) {\n    previewBulkTasks(criteria: $criteria) {\n      taskCount\n      retireeCount\n      communities {\n        orgUnit {\n          id\n          name\n        }\n        retirees\n      }\n    }\n  }\n": types.PreviewBulkTasksDocument,
    "\n  mutation AssignTasksInBulk($input: BulkAssignInput!) {\n    assignTasksInBulk(input: $input) {\n      batchId\n      taskCount\n      retireeCount\n    }\n  }\n": types.AssignTasksInBulkDocument,
    "\n  query RetireeTasks($filter: TaskFilter, $limit: Int) {\n    tasks(filter: $filter, limit: $limit) {\n      total\n      items {\n        id\n        title\n        type\n        status\n        dueDate\n        overdue\n      }\n    }\n  }\n": types.RetireeTasksDocument,
    "\n  query TaskBatches($limit: Int) {\n    taskBatches(limit: $limit) {\n      batchId\n      title\n      createdAt\n      dueDate\n      taskCount\n      retireeCount\n      doneCount\n    }\n  }\n": types.TaskBatchesDocument,
    "\n  query TaskProgress($batchId: String) {\n    taskProgress(batchId: $batchId) {\n      orgUnit {\n        id\n        name\n      }\n      total\n      assigned\n      inProgress\n      done\n      overdue\n      completionRate\n    }\n  }\n": types.TaskProgressDocument,
    "\n  query TaskList($filter: TaskFilter, $limit: Int, $after: String) {\n    tasks(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        title\n        type\n        priority\n        status\n        dueDate\n        overdue\n        retireeCount\n        creatorUnit {\n          id\n          name\n        }\n        assigneeUnit {\n          id\n          name\n        }\n        assigneeStaffName\n      }\n    }\n  }\n": types.TaskListDocument,
    "\n  query TaskInboxCounts {\n    taskInboxCounts {\n      toSign\n      inProgress\n      overdue\n      toEvaluate\n    }\n  }\n": types.TaskInboxCountsDocument,
    "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      type\n      status\n      priority\n      instructions\n      dueDate\n      overdue\n      createdAt\n      creatorName\n      creatorUnit {\n        id\n        name\n      }\n      assigneeUnit {\n        id\n        name\n      }\n      assigneeStaffName\n      signDeadline\n      signedAt\n      signedByName\n      signedOnTime\n      completedAt\n      completedByName\n      completedOnTime\n      outcome\n      feedback\n      attachments {\n        id\n        fileName\n        contentType\n        size\n        url\n      }\n      score\n      evaluationComment\n      evaluatedAt\n      evaluatedByName\n      returnReason\n      returnCount\n      batchId\n      source {\n        kind\n        label\n        link\n        closedBySource\n      }\n      retireeCount\n      retirees(limit: 100) {\n        id\n        name\n        gender\n        age\n        community {\n          id\n          name\n        }\n      }\n      timeline {\n        id\n        kind\n        actorName\n        at\n        note\n      }\n      allowedActions\n    }\n  }\n": types.TaskDetailDocument,
    "\n  mutation SignTask($id: ID!) {\n    signTask(id: $id) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.SignTaskDocument,
    "\n  mutation CompleteTask($id: ID!, $feedback: TaskFeedbackInput!) {\n    completeTask(id: $id, feedback: $feedback) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  mutation ReturnTask($id: ID!, $reason: String!) {\n    returnTask(id: $id, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.ReturnTaskDocument,
    "\n  mutation EvaluateTask($id: ID!, $score: Int!, $comment: String) {\n    evaluateTask(id: $id, score: $score, comment: $comment) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.EvaluateTaskDocument,
    "\n  mutation CancelTask($id: ID!, $reason: String!) {\n    cancelTask(id: $id, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.CancelTaskDocument,
    "\n  fragment TransferDetailFields on CommunityTransfer {\n    id\n    status\n    allowedActions\n    newAddress\n    reason\n    requestedByName\n    requestedByRetiree\n    createdAt\n    originReviewedAt\n    originReviewerName\n    originNote\n    targetReviewedAt\n    targetReviewerName\n    targetNote\n    completedAt\n    cancelledAt\n    applicant {\n      id\n      name\n      gender\n      birthDate\n      idNumberMasked\n      phoneMasked\n    }\n    fromCommunity {\n      id\n      name\n    }\n    fromTownship {\n      id\n      name\n    }\n    toCommunity {\n      id\n      name\n    }\n    toTownship {\n      id\n      name\n    }\n  }\n": types.TransferDetailFieldsFragmentDoc,
    "\n  query CommunityTransferDetail($id: ID!) {\n    communityTransfer(id: $id) {\n      ...TransferDetailFields\n    }\n  }\n": types.CommunityTransferDetailDocument,
    "\n  query CommunityTransfers($filter: TransferFilter, $limit: Int, $after: String) {\n    communityTransfers(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        status\n        createdAt\n        completedAt\n        requestedByName\n        requestedByRetiree\n        applicant {\n          id\n          name\n        }\n        fromCommunity {\n          id\n          name\n        }\n        fromTownship {\n          id\n          name\n        }\n        toCommunity {\n          id\n          name\n        }\n        toTownship {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CommunityTransfersDocument,
    "\n  mutation ReviewCommunityTransfer($id: ID!, $approve: Boolean!, $reason: String) {\n    reviewCommunityTransfer(id: $id, approve: $approve, reason: $reason) {\n      ...TransferDetailFields\n    }\n  }\n": types.ReviewCommunityTransferDocument,
    "\n  mutation AcceptCommunityTransfer($id: ID!, $accept: Boolean!, $reason: String) {\n    acceptCommunityTransfer(id: $id, accept: $accept, reason: $reason) {\n      ...TransferDetailFields\n    }\n  }\n": types.AcceptCommunityTransferDocument,
    "\n  mutation CancelCommunityTransfer($id: ID!) {\n    cancelCommunityTransfer(id: $id) {\n      ...TransferDetailFields\n    }\n  }\n": types.CancelCommunityTransferDocument,
    "\n  mutation RequestCommunityTransfer($input: TransferRequestInput!) {\n    requestCommunityTransfer(input: $input) {\n      id\n    }\n  }\n": types.RequestCommunityTransferDocument,
    "\n  query Communities($search: String, $address: String, $limit: Int) {\n    communities(search: $search, address: $address, limit: $limit) {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n  }\n": types.CommunitiesDocument,
    "\n  query AreaTree {\n    orgUnits {\n      id\n      name\n      parentId\n      level\n      retireeCount\n    }\n  }\n": types.AreaTreeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    kind\n    displayName\n    role\n    permissions\n    orgUnit {\n      id\n      name\n      level\n    }\n    staff {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    kind\n    displayName\n    role\n    permissions\n    orgUnit {\n      id\n      name\n      level\n    }\n    staff {\n      id\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $limit: Int, $after: String) {\n    auditLog(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        at\n        action\n        field\n        actorKind\n        actorName\n        actorOrgName\n        actorRole\n        retireeId\n        retireeName\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $limit: Int, $after: String) {\n    auditLog(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        at\n        action\n        field\n        actorKind\n        actorName\n        actorOrgName\n        actorRole\n        retireeId\n        retireeName\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfirmationStats($orgUnitId: ID) {\n    infoConfirmationStats(orgUnitId: $orgUnitId) {\n      orgUnit {\n        id\n        name\n        level\n      }\n      retirees\n      sent\n      pending\n      confirmed\n      disputed\n      resolved\n      completionRate\n    }\n  }\n"): (typeof documents)["\n  query ConfirmationStats($orgUnitId: ID) {\n    infoConfirmationStats(orgUnitId: $orgUnitId) {\n      orgUnit {\n        id\n        name\n        level\n      }\n      retirees\n      sent\n      pending\n      confirmed\n      disputed\n      resolved\n      completionRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendInfoConfirmations($orgUnitId: ID) {\n    sendInfoConfirmations(orgUnitId: $orgUnitId)\n  }\n"): (typeof documents)["\n  mutation SendInfoConfirmations($orgUnitId: ID) {\n    sendInfoConfirmations(orgUnitId: $orgUnitId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InfoDisputes($filter: DisputeFilter, $limit: Int, $after: String) {\n    infoDisputes(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        field\n        label\n        sentValue\n        comment\n        proposedValue\n        correctable\n        status\n        createdAt\n        resolutionNote\n        resolvedAt\n        resolvedByName\n        retiree {\n          id\n          name\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InfoDisputes($filter: DisputeFilter, $limit: Int, $after: String) {\n    infoDisputes(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        field\n        label\n        sentValue\n        comment\n        proposedValue\n        correctable\n        status\n        createdAt\n        resolutionNote\n        resolvedAt\n        resolvedByName\n        retiree {\n          id\n          name\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveInfoDispute($id: ID!, $input: ResolveDisputeInput!) {\n    resolveInfoDispute(id: $id, input: $input) {\n      id\n      status\n      resolutionNote\n      resolvedAt\n      resolvedByName\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveInfoDispute($id: ID!, $input: ResolveDisputeInput!) {\n    resolveInfoDispute(id: $id, input: $input) {\n      id\n      status\n      resolutionNote\n      resolvedAt\n      resolvedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyMembers($filter: FamilyMemberFilter, $limit: Int, $after: String) {\n    familyMembers(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        relation\n        name\n        idNumber\n        phone\n        isNextOfKin\n        isEmergencyContact\n        retiree {\n          id\n          name\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FamilyMembers($filter: FamilyMemberFilter, $limit: Int, $after: String) {\n    familyMembers(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        relation\n        name\n        idNumber\n        phone\n        isNextOfKin\n        isEmergencyContact\n        retiree {\n          id\n          name\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyRelations {\n    familyRelations\n  }\n"): (typeof documents)["\n  query FamilyRelations {\n    familyRelations\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FamilyMemberFields on FamilyMember {\n    id\n    relation\n    name\n    idNumber\n    phone\n    isEmergencyContact\n    isNextOfKin\n  }\n"): (typeof documents)["\n  fragment FamilyMemberFields on FamilyMember {\n    id\n    relation\n    name\n    idNumber\n    phone\n    isEmergencyContact\n    isNextOfKin\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFamilyMember($retireeId: ID!, $input: FamilyMemberInput!) {\n    addFamilyMember(retireeId: $retireeId, input: $input) {\n      ...FamilyMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddFamilyMember($retireeId: ID!, $input: FamilyMemberInput!) {\n    addFamilyMember(retireeId: $retireeId, input: $input) {\n      ...FamilyMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFamilyMember($id: ID!, $input: FamilyMemberInput!) {\n    updateFamilyMember(id: $id, input: $input) {\n      ...FamilyMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFamilyMember($id: ID!, $input: FamilyMemberInput!) {\n    updateFamilyMember(id: $id, input: $input) {\n      ...FamilyMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFamilyMember($id: ID!) {\n    removeFamilyMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveFamilyMember($id: ID!) {\n    removeFamilyMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgTree {\n    orgUnits {\n      id\n      name\n      parentId\n      code\n      level\n      kind\n      contactName\n      contactPhone\n      address\n      retireeCount\n    }\n  }\n"): (typeof documents)["\n  query OrgTree {\n    orgUnits {\n      id\n      name\n      parentId\n      code\n      level\n      kind\n      contactName\n      contactPhone\n      address\n      retireeCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetireeDetail($id: ID!) {\n    retiree(id: $id) {\n      id\n      name\n      gender\n      birthDate\n      age\n      idNumber\n      phone\n      employer\n      hukouAddress\n      residenceAddress\n      bankName\n      bankAccount\n      citizenCardNo\n      retirementDate\n      monthlyPension\n      status\n      version\n      updatedAt\n      community {\n        id\n        name\n      }\n      township {\n        id\n        name\n      }\n      familyMembers {\n        id\n        relation\n        name\n        idNumber\n        phone\n        isEmergencyContact\n        isNextOfKin\n      }\n      payments(months: 12) {\n        id\n        period\n        amount\n        paidDate\n      }\n      history {\n        id\n        field\n        oldValue\n        newValue\n        source\n        actorName\n        changedAt\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query RetireeDetail($id: ID!) {\n    retiree(id: $id) {\n      id\n      name\n      gender\n      birthDate\n      age\n      idNumber\n      phone\n      employer\n      hukouAddress\n      residenceAddress\n      bankName\n      bankAccount\n      citizenCardNo\n      retirementDate\n      monthlyPension\n      status\n      version\n      updatedAt\n      community {\n        id\n        name\n      }\n      township {\n        id\n        name\n      }\n      familyMembers {\n        id\n        relation\n        name\n        idNumber\n        phone\n        isEmergencyContact\n        isNextOfKin\n      }\n      payments(months: 12) {\n        id\n        period\n        amount\n        paidDate\n      }\n      history {\n        id\n        field\n        oldValue\n        newValue\n        source\n        actorName\n        changedAt\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRetiree($id: ID!, $input: RetireeUpdateInput!, $note: String, $expectedVersion: Int) {\n    updateRetiree(id: $id, input: $input, note: $note, expectedVersion: $expectedVersion) {\n      id\n      name\n      phone\n      employer\n      hukouAddress\n      residenceAddress\n      bankName\n      bankAccount\n      citizenCardNo\n      version\n      updatedAt\n      history {\n        id\n        field\n        oldValue\n        newValue\n        source\n        actorName\n        changedAt\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRetiree($id: ID!, $input: RetireeUpdateInput!, $note: String, $expectedVersion: Int) {\n    updateRetiree(id: $id, input: $input, note: $note, expectedVersion: $expectedVersion) {\n      id\n      name\n      phone\n      employer\n      hukouAddress\n      residenceAddress\n      bankName\n      bankAccount\n      citizenCardNo\n      version\n      updatedAt\n      history {\n        id\n        field\n        oldValue\n        newValue\n        source\n        actorName\n        changedAt\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetireeList($filter: RetireeFilter, $limit: Int, $after: String) {\n    retirees(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        name\n        gender\n        age\n        idNumber\n        retirementDate\n        monthlyPension\n        status\n        community {\n          id\n          name\n        }\n        township {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RetireeList($filter: RetireeFilter, $limit: Int, $after: String) {\n    retirees(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        name\n        gender\n        age\n        idNumber\n        retirementDate\n        monthlyPension\n        status\n        community {\n          id\n          name\n        }\n        township {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetireeMessages($id: ID!) {\n    retiree(id: $id) {\n      id\n      latestInfoConfirmation {\n        id\n        status\n        sentAt\n        respondedAt\n        resolvedAt\n        disputes {\n          id\n          label\n          status\n          resolvedByName\n        }\n      }\n      notifications {\n        id\n        kind\n        title\n        body\n        createdAt\n        smsStatus\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query RetireeMessages($id: ID!) {\n    retiree(id: $id) {\n      id\n      latestInfoConfirmation {\n        id\n        status\n        sentAt\n        respondedAt\n        resolvedAt\n        disputes {\n          id\n          label\n          status\n          resolvedByName\n        }\n      }\n      notifications {\n        id\n        kind\n        title\n        body\n        createdAt\n        smsStatus\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealIdNumber($retireeId: ID!, $reason: String!) {\n    revealIdNumber(retireeId: $retireeId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation RevealIdNumber($retireeId: ID!, $reason: String!) {\n    revealIdNumber(retireeId: $retireeId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealPhone($retireeId: ID!, $reason: String!) {\n    revealPhone(retireeId: $retireeId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation RevealPhone($retireeId: ID!, $reason: String!) {\n    revealPhone(retireeId: $retireeId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealBankAccount($retireeId: ID!, $reason: String!) {\n    revealBankAccount(retireeId: $retireeId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation RevealBankAccount($retireeId: ID!, $reason: String!) {\n    revealBankAccount(retireeId: $retireeId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffUser($input: CreateStaffInput!) {\n    createStaffUser(input: $input) {\n      temporaryPassword\n      staff {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffUser($input: CreateStaffInput!) {\n    createStaffUser(input: $input) {\n      temporaryPassword\n      staff {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffList($filter: StaffFilter, $limit: Int, $after: String) {\n    staffUsers(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        username\n        displayName\n        role\n        active\n        lastLoginAt\n        createdAt\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffList($filter: StaffFilter, $limit: Int, $after: String) {\n    staffUsers(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        username\n        displayName\n        role\n        active\n        lastLoginAt\n        createdAt\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaffActive($id: ID!, $active: Boolean!) {\n    setStaffActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetStaffActive($id: ID!, $active: Boolean!) {\n    setStaffActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetStaffPassword($id: ID!) {\n    resetStaffPassword(id: $id) {\n      temporaryPassword\n      staff {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetStaffPassword($id: ID!) {\n    resetStaffPassword(id: $id) {\n      temporaryPassword\n      staff {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTask($input: AssignTaskInput!) {\n    assignTask(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTask($input: AssignTaskInput!) {\n    assignTask(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignableStaff {\n    assignableStaff {\n      id\n      displayName\n      username\n    }\n  }\n"): (typeof documents)["\n  query AssignableStaff {\n    assignableStaff {\n      id\n      displayName\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewBulkTasks($criteria: BulkTaskCriteriaInput!) {\n    previewBulkTasks(criteria: $criteria) {\n      taskCount\n      retireeCount\n      communities {\n        orgUnit {\n          id\n          name\n        }\n        retirees\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewBulkTasks($criteria: BulkTaskCriteriaInput!) {\n    previewBulkTasks(criteria: $criteria) {\n      taskCount\n      retireeCount\n      communities {\n        orgUnit {\n          id\n          name\n        }\n        retirees\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTasksInBulk($input: BulkAssignInput!) {\n    assignTasksInBulk(input: $input) {\n      batchId\n      taskCount\n      retireeCount\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTasksInBulk($input: BulkAssignInput!) {\n    assignTasksInBulk(input: $input) {\n      batchId\n      taskCount\n      retireeCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetireeTasks($filter: TaskFilter, $limit: Int) {\n    tasks(filter: $filter, limit: $limit) {\n      total\n      items {\n        id\n        title\n        type\n        status\n        dueDate\n        overdue\n      }\n    }\n  }\n"): (typeof documents)["\n  query RetireeTasks($filter: TaskFilter, $limit: Int) {\n    tasks(filter: $filter, limit: $limit) {\n      total\n      items {\n        id\n        title\n        type\n        status\n        dueDate\n        overdue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskBatches($limit: Int) {\n    taskBatches(limit: $limit) {\n      batchId\n      title\n      createdAt\n      dueDate\n      taskCount\n      retireeCount\n      doneCount\n    }\n  }\n"): (typeof documents)["\n  query TaskBatches($limit: Int) {\n    taskBatches(limit: $limit) {\n      batchId\n      title\n      createdAt\n      dueDate\n      taskCount\n      retireeCount\n      doneCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskProgress($batchId: String) {\n    taskProgress(batchId: $batchId) {\n      orgUnit {\n        id\n        name\n      }\n      total\n      assigned\n      inProgress\n      done\n      overdue\n      completionRate\n    }\n  }\n"): (typeof documents)["\n  query TaskProgress($batchId: String) {\n    taskProgress(batchId: $batchId) {\n      orgUnit {\n        id\n        name\n      }\n      total\n      assigned\n      inProgress\n      done\n      overdue\n      completionRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskList($filter: TaskFilter, $limit: Int, $after: String) {\n    tasks(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        title\n        type\n        priority\n        status\n        dueDate\n        overdue\n        retireeCount\n        creatorUnit {\n          id\n          name\n        }\n        assigneeUnit {\n          id\n          name\n        }\n        assigneeStaffName\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskList($filter: TaskFilter, $limit: Int, $after: String) {\n    tasks(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        title\n        type\n        priority\n        status\n        dueDate\n        overdue\n        retireeCount\n        creatorUnit {\n          id\n          name\n        }\n        assigneeUnit {\n          id\n          name\n        }\n        assigneeStaffName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskInboxCounts {\n    taskInboxCounts {\n      toSign\n      inProgress\n      overdue\n      toEvaluate\n    }\n  }\n"): (typeof documents)["\n  query TaskInboxCounts {\n    taskInboxCounts {\n      toSign\n      inProgress\n      overdue\n      toEvaluate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      type\n      status\n      priority\n      instructions\n      dueDate\n      overdue\n      createdAt\n      creatorName\n      creatorUnit {\n        id\n        name\n      }\n      assigneeUnit {\n        id\n        name\n      }\n      assigneeStaffName\n      signDeadline\n      signedAt\n      signedByName\n      signedOnTime\n      completedAt\n      completedByName\n      completedOnTime\n      outcome\n      feedback\n      attachments {\n        id\n        fileName\n        contentType\n        size\n        url\n      }\n      score\n      evaluationComment\n      evaluatedAt\n      evaluatedByName\n      returnReason\n      returnCount\n      batchId\n      source {\n        kind\n        label\n        link\n        closedBySource\n      }\n      retireeCount\n      retirees(limit: 100) {\n        id\n        name\n        gender\n        age\n        community {\n          id\n          name\n        }\n      }\n      timeline {\n        id\n        kind\n        actorName\n        at\n        note\n      }\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      type\n      status\n      priority\n      instructions\n      dueDate\n      overdue\n      createdAt\n      creatorName\n      creatorUnit {\n        id\n        name\n      }\n      assigneeUnit {\n        id\n        name\n      }\n      assigneeStaffName\n      signDeadline\n      signedAt\n      signedByName\n      signedOnTime\n      completedAt\n      completedByName\n      completedOnTime\n      outcome\n      feedback\n      attachments {\n        id\n        fileName\n        contentType\n        size\n        url\n      }\n      score\n      evaluationComment\n      evaluatedAt\n      evaluatedByName\n      returnReason\n      returnCount\n      batchId\n      source {\n        kind\n        label\n        link\n        closedBySource\n      }\n      retireeCount\n      retirees(limit: 100) {\n        id\n        name\n        gender\n        age\n        community {\n          id\n          name\n        }\n      }\n      timeline {\n        id\n        kind\n        actorName\n        at\n        note\n      }\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignTask($id: ID!) {\n    signTask(id: $id) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation SignTask($id: ID!) {\n    signTask(id: $id) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($id: ID!, $feedback: TaskFeedbackInput!) {\n    completeTask(id: $id, feedback: $feedback) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTask($id: ID!, $feedback: TaskFeedbackInput!) {\n    completeTask(id: $id, feedback: $feedback) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnTask($id: ID!, $reason: String!) {\n    returnTask(id: $id, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnTask($id: ID!, $reason: String!) {\n    returnTask(id: $id, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluateTask($id: ID!, $score: Int!, $comment: String) {\n    evaluateTask(id: $id, score: $score, comment: $comment) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation EvaluateTask($id: ID!, $score: Int!, $comment: String) {\n    evaluateTask(id: $id, score: $score, comment: $comment) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTask($id: ID!, $reason: String!) {\n    cancelTask(id: $id, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTask($id: ID!, $reason: String!) {\n    cancelTask(id: $id, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransferDetailFields on CommunityTransfer {\n    id\n    status\n    allowedActions\n    newAddress\n    reason\n    requestedByName\n    requestedByRetiree\n    createdAt\n    originReviewedAt\n    originReviewerName\n    originNote\n    targetReviewedAt\n    targetReviewerName\n    targetNote\n    completedAt\n    cancelledAt\n    applicant {\n      id\n      name\n      gender\n      birthDate\n      idNumberMasked\n      phoneMasked\n    }\n    fromCommunity {\n      id\n      name\n    }\n    fromTownship {\n      id\n      name\n    }\n    toCommunity {\n      id\n      name\n    }\n    toTownship {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TransferDetailFields on CommunityTransfer {\n    id\n    status\n    allowedActions\n    newAddress\n    reason\n    requestedByName\n    requestedByRetiree\n    createdAt\n    originReviewedAt\n    originReviewerName\n    originNote\n    targetReviewedAt\n    targetReviewerName\n    targetNote\n    completedAt\n    cancelledAt\n    applicant {\n      id\n      name\n      gender\n      birthDate\n      idNumberMasked\n      phoneMasked\n    }\n    fromCommunity {\n      id\n      name\n    }\n    fromTownship {\n      id\n      name\n    }\n    toCommunity {\n      id\n      name\n    }\n    toTownship {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityTransferDetail($id: ID!) {\n    communityTransfer(id: $id) {\n      ...TransferDetailFields\n    }\n  }\n"): (typeof documents)["\n  query CommunityTransferDetail($id: ID!) {\n    communityTransfer(id: $id) {\n      ...TransferDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityTransfers($filter: TransferFilter, $limit: Int, $after: String) {\n    communityTransfers(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        status\n        createdAt\n        completedAt\n        requestedByName\n        requestedByRetiree\n        applicant {\n          id\n          name\n        }\n        fromCommunity {\n          id\n          name\n        }\n        fromTownship {\n          id\n          name\n        }\n        toCommunity {\n          id\n          name\n        }\n        toTownship {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityTransfers($filter: TransferFilter, $limit: Int, $after: String) {\n    communityTransfers(filter: $filter, limit: $limit, after: $after) {\n      total\n      nextCursor\n      items {\n        id\n        status\n        createdAt\n        completedAt\n        requestedByName\n        requestedByRetiree\n        applicant {\n          id\n          name\n        }\n        fromCommunity {\n          id\n          name\n        }\n        fromTownship {\n          id\n          name\n        }\n        toCommunity {\n          id\n          name\n        }\n        toTownship {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewCommunityTransfer($id: ID!, $approve: Boolean!, $reason: String) {\n    reviewCommunityTransfer(id: $id, approve: $approve, reason: $reason) {\n      ...TransferDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewCommunityTransfer($id: ID!, $approve: Boolean!, $reason: String) {\n    reviewCommunityTransfer(id: $id, approve: $approve, reason: $reason) {\n      ...TransferDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCommunityTransfer($id: ID!, $accept: Boolean!, $reason: String) {\n    acceptCommunityTransfer(id: $id, accept: $accept, reason: $reason) {\n      ...TransferDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCommunityTransfer($id: ID!, $accept: Boolean!, $reason: String) {\n    acceptCommunityTransfer(id: $id, accept: $accept, reason: $reason) {\n      ...TransferDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCommunityTransfer($id: ID!) {\n    cancelCommunityTransfer(id: $id) {\n      ...TransferDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCommunityTransfer($id: ID!) {\n    cancelCommunityTransfer(id: $id) {\n      ...TransferDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCommunityTransfer($input: TransferRequestInput!) {\n    requestCommunityTransfer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RequestCommunityTransfer($input: TransferRequestInput!) {\n    requestCommunityTransfer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Communities($search: String, $address: String, $limit: Int) {\n    communities(search: $search, address: $address, limit: $limit) {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Communities($search: String, $address: String, $limit: Int) {\n    communities(search: $search, address: $address, limit: $limit) {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaTree {\n    orgUnits {\n      id\n      name\n      parentId\n      level\n      retireeCount\n    }\n  }\n"): (typeof documents)["\n  query AreaTree {\n    orgUnits {\n      id\n      name\n      parentId\n      level\n      retireeCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;