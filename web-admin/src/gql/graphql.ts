import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

export type ActorKind =
  | 'CLIENT'
  | 'RETIREE'
  | 'STAFF';

/** 派发一项任务 */
export type AssignTaskInput = {
  /** 承办人（仅限本单位工作人员） */
  assigneeStaffId?: InputMaybe<Scalars['ID']['input']>;
  /** 承办单位：下级单位，或本单位（须同时指定承办人） */
  assigneeUnitId: Scalars['ID']['input'];
  /** 办理期限 YYYY-MM-DD */
  dueDate: Scalars['String']['input'];
  /** 工作要求 */
  instructions?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<TaskPriority>;
  /** 涉及的退休人员（须在承办单位范围内） */
  retireeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
  type: TaskType;
};

/** 附件（照片、文件） */
export type Attachment = {
  __typename?: 'Attachment';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 字节数 */
  size: Scalars['Int']['output'];
  /** 下载地址（需登录） */
  url: Scalars['String']['output'];
};

export type AuditAction =
  | 'EXPORT'
  | 'REVEAL';

/** 审计记录 */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: AuditAction;
  actorId: Scalars['String']['output'];
  actorKind: ActorKind;
  /** 操作人 */
  actorName: Scalars['String']['output'];
  /** 操作人所属单位 */
  actorOrgName?: Maybe<Scalars['String']['output']>;
  actorRole?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  field?: Maybe<SensitiveField>;
  id: Scalars['ID']['output'];
  /** 事由 */
  reason: Scalars['String']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
  retireeId?: Maybe<Scalars['ID']['output']>;
  /** 对象姓名 */
  retireeName?: Maybe<Scalars['String']['output']>;
};

/** 审计记录查询条件 */
export type AuditLogFilter = {
  action?: InputMaybe<AuditAction>;
  /** 操作人姓名（前缀） */
  actorName?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<SensitiveField>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 被查看数据所属区域（含下级） */
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  retireeId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type AuditLogList = {
  __typename?: 'AuditLogList';
  items: Array<AuditEntry>;
  nextCursor?: Maybe<Scalars['String']['output']>;
  total: Scalars['Int']['output'];
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Bearer 令牌：请求头 Authorization: Bearer <token> */
  token: Scalars['String']['output'];
  user: Viewer;
};

/** 批量派发 */
export type BulkAssignInput = {
  criteria: BulkTaskCriteriaInput;
  /** 办理期限 YYYY-MM-DD */
  dueDate: Scalars['String']['input'];
  /** 预览时看到的任务数；人员已变化时拒绝派发，请重新预览 */
  expectedTaskCount?: InputMaybe<Scalars['Int']['input']>;
  instructions?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<TaskPriority>;
  title: Scalars['String']['input'];
  type: TaskType;
};

/** 批量派发结果 */
export type BulkAssignResult = {
  __typename?: 'BulkAssignResult';
  batchId: Scalars['String']['output'];
  retireeCount: Scalars['Int']['output'];
  taskCount: Scalars['Int']['output'];
};

/** 批量派发预览：一个社区 */
export type BulkTaskCommunity = {
  __typename?: 'BulkTaskCommunity';
  orgUnit: OrgUnit;
  retirees: Scalars['Int']['output'];
};

/** 批量派发的人员条件：在所选区域内，按社区各生成一项任务 */
export type BulkTaskCriteriaInput = {
  gender?: InputMaybe<Gender>;
  /** 年龄不大于 */
  maxAge?: InputMaybe<Scalars['Int']['input']>;
  /** 年龄不小于 */
  minAge?: InputMaybe<Scalars['Int']['input']>;
  /** 只含本年度尚未走访的人员 */
  notVisitedThisYear?: InputMaybe<Scalars['Boolean']['input']>;
  /** 区域：本单位或下级镇街 */
  orgUnitId: Scalars['ID']['input'];
  /** 人员状态，不填为正常发放 */
  status?: InputMaybe<Array<RetireeStatus>>;
};

/** 批量派发预览 */
export type BulkTaskPreview = {
  __typename?: 'BulkTaskPreview';
  communities: Array<BulkTaskCommunity>;
  /** 涉及人数 */
  retireeCount: Scalars['Int']['output'];
  /** 将生成的任务数（每个社区一项） */
  taskCount: Scalars['Int']['output'];
};

/** 身后一件事事项 */
export type CaseItemKind =
  | 'CREMATION_CERTIFICATE'
  | 'FUNERAL_AND_SURVIVOR'
  | 'HOUSEHOLD_DEREGISTRATION'
  | 'MEDICAL_ACCOUNT_REFUND'
  | 'PENSION_ACCOUNT_REFUND';

/** 事项办结结果（责任部门回传或工作人员登记） */
export type CaseItemResultInput = {
  /** 金额（分），如个人账户余额 */
  amount?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** 办结文号 */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** 事项状态 */
export type CaseItemStatus =
  | 'DONE'
  | 'NOT_APPLICABLE'
  | 'SENT';

/** 身后一件事办理状态 */
export type CaseStatus =
  | 'CLOSED'
  | 'OPEN';

/** 生存认证 */
export type Certification = {
  __typename?: 'Certification';
  /** 不能无感认证的原因（如共享数据显示死亡、失踪、服刑） */
  blockedReason?: Maybe<Scalars['String']['output']>;
  /** 最近一次认证日期（依据的日期） */
  certifiedOn?: Maybe<Scalars['LocalDate']['output']>;
  evidence: Array<CertificationEvidence>;
  /** 最近一次认证方式 */
  method?: Maybe<CertificationMethod>;
  retiree?: Maybe<Retiree>;
  /** 无感认证得分 */
  score?: Maybe<Scalars['Float']['output']>;
  /** 认证状态 */
  status: CertificationStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 认证有效期至 */
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
};

/** 某区域的认证情况（下一级区域逐个列出） */
export type CertificationAreaRow = {
  __typename?: 'CertificationAreaRow';
  /** 正常发放人数 */
  active: Scalars['Int']['output'];
  /** 因死亡、失踪、服刑记录不能无感认证 */
  blocked: Scalars['Int']['output'];
  /** 3 个月内到期 */
  dueSoon: Scalars['Int']['output'];
  /** 已过期 */
  expired: Scalars['Int']['output'];
  /** 有效认证中：刷脸认证 */
  face: Scalars['Int']['output'];
  level: OrgLevel;
  name: Scalars['String']['output'];
  /** 从未认证 */
  never: Scalars['Int']['output'];
  orgUnitId: Scalars['ID']['output'];
  /** 有效认证中：无感认证 */
  passive: Scalars['Int']['output'];
  /** 认证有效（距到期 3 个月以上） */
  valid: Scalars['Int']['output'];
  /** 有效认证中：上门认证 */
  visit: Scalars['Int']['output'];
};

/** 认证依据 */
export type CertificationEvidence = {
  __typename?: 'CertificationEvidence';
  date: Scalars['LocalDate']['output'];
  /** 如「2026-10-03 市人民医院门诊」 */
  text: Scalars['String']['output'];
};

export type CertificationList = {
  __typename?: 'CertificationList';
  items: Array<Certification>;
  /** 下一页游标；没有更多时为空 */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** 符合条件的正常发放人数 */
  total: Scalars['Int']['output'];
};

export type CertificationListFilter = {
  /** 只看某种方式的最近一次认证 */
  method?: InputMaybe<CertificationMethod>;
  /** 区域，须在本人管辖范围内（默认本人管辖范围） */
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  status: CertificationStatus;
};

/** 认证方式 */
export type CertificationMethod =
  | 'FACE'
  | 'PASSIVE'
  | 'VISIT';

/** 认证记录 */
export type CertificationRecord = {
  __typename?: 'CertificationRecord';
  certifiedOn: Scalars['LocalDate']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  evidence: Array<CertificationEvidence>;
  id: Scalars['ID']['output'];
  /** 活体检测分 */
  liveness?: Maybe<Scalars['Float']['output']>;
  method: CertificationMethod;
  /** 是否通过 */
  passed: Scalars['Boolean']['output'];
  score?: Maybe<Scalars['Float']['output']>;
  /** 人脸比对相似度 */
  similarity?: Maybe<Scalars['Float']['output']>;
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
};

/** 认证状态 */
export type CertificationStatus =
  | 'BLOCKED'
  | 'DUE_SOON'
  | 'EXPIRED'
  | 'NEVER'
  | 'VALID';

/** 某区域正常发放人员的认证情况 */
export type CertificationSummary = {
  __typename?: 'CertificationSummary';
  /** 正常发放人数 */
  active: Scalars['Int']['output'];
  /** 因死亡、失踪、服刑记录不能无感认证 */
  blocked: Scalars['Int']['output'];
  /** 3 个月内到期 */
  dueSoon: Scalars['Int']['output'];
  /** 已过期 */
  expired: Scalars['Int']['output'];
  /** 有效认证中：刷脸认证 */
  face: Scalars['Int']['output'];
  /** 从未认证 */
  never: Scalars['Int']['output'];
  /** 有效认证中：无感认证 */
  passive: Scalars['Int']['output'];
  /** 认证有效（距到期 3 个月以上） */
  valid: Scalars['Int']['output'];
  /** 有效认证中：上门认证 */
  visit: Scalars['Int']['output'];
};

/** 数据变更来源 */
export type ChangeSource =
  | 'IMPORT'
  | 'PROVINCIAL'
  | 'RETIREE'
  | 'SEED'
  | 'STAFF'
  | 'SYSTEM';

/** 社区转移申请 */
export type CommunityTransfer = {
  __typename?: 'CommunityTransfer';
  /** 当前用户可执行的操作：REVIEW / ACCEPT / CANCEL */
  allowedActions: Array<Scalars['String']['output']>;
  /** 申请人（脱敏） */
  applicant: TransferApplicant;
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  completedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** 转出社区 */
  fromCommunity: OrgUnit;
  /** 转出社区所属镇街 */
  fromTownship?: Maybe<OrgUnit>;
  id: Scalars['ID']['output'];
  /** 新居住地址 */
  newAddress: Scalars['String']['output'];
  /** 转出社区意见 */
  originNote?: Maybe<Scalars['String']['output']>;
  /** 转出社区审核时间 */
  originReviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  originReviewerName?: Maybe<Scalars['String']['output']>;
  /** 转移原因 */
  reason: Scalars['String']['output'];
  /** 申请人（本人或代办工作人员） */
  requestedByName: Scalars['String']['output'];
  /** 本人在应用中申请 */
  requestedByRetiree: Scalars['Boolean']['output'];
  status: TransferStatus;
  /** 转入社区意见 */
  targetNote?: Maybe<Scalars['String']['output']>;
  /** 转入社区处理时间 */
  targetReviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  targetReviewerName?: Maybe<Scalars['String']['output']>;
  /** 转入社区 */
  toCommunity: OrgUnit;
  /** 转入社区所属镇街 */
  toTownship?: Maybe<OrgUnit>;
};

export type CommunityTransferList = {
  __typename?: 'CommunityTransferList';
  items: Array<CommunityTransfer>;
  /** 下一页游标；没有更多时为空 */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** 符合条件的总数 */
  total: Scalars['Int']['output'];
};

/** 确认预警（停发并确定应追回金额） */
export type ConfirmRiskAlertInput = {
  /** 确认依据，如核实情况、死亡证明 */
  note: Scalars['String']['input'];
  /** 应追回金额（分）；不填则为多发金额 */
  recoveryAmount?: InputMaybe<Scalars['Int']['input']>;
};

/** 待确认的信息项 */
export type ConfirmableField =
  | 'BANK_ACCOUNT'
  | 'BANK_NAME'
  | 'BIRTH_DATE'
  | 'CITIZEN_CARD_NO'
  | 'COMMUNITY'
  | 'EMPLOYER'
  | 'GENDER'
  | 'HUKOU_ADDRESS'
  | 'ID_NUMBER'
  | 'MONTHLY_PENSION'
  | 'NAME'
  | 'PHONE'
  | 'RESIDENCE_ADDRESS'
  | 'RETIREMENT_DATE';

/** 一项待确认的信息 */
export type ConfirmationItem = {
  __typename?: 'ConfirmationItem';
  field: ConfirmableField;
  /** 中文名称 */
  label: Scalars['String']['output'];
  /** 发送时的值（敏感信息已脱敏） */
  value?: Maybe<Scalars['String']['output']>;
};

/** 信息确认完成情况 */
export type ConfirmationStats = {
  __typename?: 'ConfirmationStats';
  /** 完成率：(已确认 + 异议已处理) / 已发送，0–1 */
  completionRate: Scalars['Float']['output'];
  /** 已确认无误 */
  confirmed: Scalars['Int']['output'];
  /** 有异议待处理 */
  disputed: Scalars['Int']['output'];
  orgUnit: OrgUnit;
  /** 待确认 */
  pending: Scalars['Int']['output'];
  /** 异议已处理 */
  resolved: Scalars['Int']['output'];
  /** 在册正常发放人数 */
  retirees: Scalars['Int']['output'];
  /** 已发送 */
  sent: Scalars['Int']['output'];
};

/** 信息确认状态 */
export type ConfirmationStatus =
  | 'CONFIRMED'
  | 'DISPUTED'
  | 'PENDING'
  | 'RESOLVED';

/** 新建工作人员账号 */
export type CreateStaffInput = {
  displayName: Scalars['String']['input'];
  /** 所属单位（须在本人管辖范围内） */
  orgUnitId: Scalars['ID']['input'];
  role: StaffRole;
  /** 登录用户名：小写字母、数字、点、横线或下划线，3–32 位 */
  username: Scalars['String']['input'];
};

/** 责任部门：公安局 / 人社局 / 医保局 / 民政局 */
export type Department =
  | 'CIVIL_AFFAIRS'
  | 'MEDICAL_INSURANCE'
  | 'POLICE'
  | 'SOCIAL_SECURITY';

/** 推送给责任部门的事项，连同逝者身份（部门据此办理；每次领取都记入审计） */
export type DepartmentCaseItem = {
  __typename?: 'DepartmentCaseItem';
  deathDate: Scalars['LocalDate']['output'];
  /** 完整身份证号码 */
  deceasedIdNumber: Scalars['String']['output'];
  deceasedName: Scalars['String']['output'];
  item: PosthumousCaseItem;
};

/** 信息异议查询条件 */
export type DisputeFilter = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<DisputeStatus>>;
};

/** 对一项信息的异议 */
export type DisputeItemInput = {
  /** 哪里不对（本人说明） */
  comment?: InputMaybe<Scalars['String']['input']>;
  field: ConfirmableField;
  /** 正确的内容（如新的电话号码） */
  proposedValue?: InputMaybe<Scalars['String']['input']>;
};

export type DisputeOutcome =
  | 'CORRECT'
  | 'EXPLAIN';

/** 异议处理状态 */
export type DisputeStatus =
  | 'CORRECTED'
  | 'EXPLAINED'
  | 'OPEN';

/** 转到政务服务 App 刷脸认证 */
export type FaceCertificationHandoff = {
  __typename?: 'FaceCertificationHandoff';
  /** 交易号：回到本应用后凭它查看结果 */
  transactionId: Scalars['String']['output'];
  /** 政务服务 App 的认证地址（开发环境为模拟页面） */
  url: Scalars['String']['output'];
};

/** 政务服务 App 回传的刷脸认证结果（签名：HMAC-SHA256(密钥, "交易号|身份证号|认证时间|通过1/0|活体分4位小数|相似度4位小数")，十六进制） */
export type FaceVerificationInput = {
  idNumber: Scalars['String']['input'];
  /** 活体检测分 0–1 */
  liveness: Scalars['Float']['input'];
  passed: Scalars['Boolean']['input'];
  signature: Scalars['String']['input'];
  /** 人脸比对相似度 0–1 */
  similarity: Scalars['Float']['input'];
  /** 交易号（同一交易号只记一次） */
  transactionId: Scalars['String']['input'];
  /** 认证时间 ISO 8601，须在十分钟之内 */
  verifiedAt: Scalars['String']['input'];
};

/** 家庭成员 */
export type FamilyMember = {
  __typename?: 'FamilyMember';
  id: Scalars['ID']['output'];
  /** 身份证号码（已脱敏） */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** 紧急联系人 */
  isEmergencyContact: Scalars['Boolean']['output'];
  /** 第一顺序继承人/近亲属 */
  isNextOfKin: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** 联系电话（已脱敏） */
  phone?: Maybe<Scalars['String']['output']>;
  /** 与退休人员关系 */
  relation: Scalars['String']['output'];
  /** 所属退休人员 */
  retiree?: Maybe<Retiree>;
  /** 最近修改时间 */
  updatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** 家庭成员查询 */
export type FamilyMemberFilter = {
  /** 只看紧急联系人 */
  emergencyContactOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** 只看近亲属 */
  nextOfKinOnly?: InputMaybe<Scalars['Boolean']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 退休人员或家庭成员姓名（前缀） */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** 家庭成员信息 */
export type FamilyMemberInput = {
  /** 身份证号码（选填，须通过校验） */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** 紧急联系人 */
  isEmergencyContact?: InputMaybe<Scalars['Boolean']['input']>;
  /** 近亲属（第一顺序） */
  isNextOfKin?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 与退休人员关系：配偶 / 儿子 / 女儿 / 儿媳 / 女婿 / 孙子女 / 外孙子女 / 父母 / 兄弟姐妹 / 其他 */
  relation: Scalars['String']['input'];
};

export type FamilyMemberList = {
  __typename?: 'FamilyMemberList';
  items: Array<FamilyMember>;
  /** 下一页游标；没有更多时为空 */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** 符合条件的人数（最多统计 10000） */
  total: Scalars['Int']['output'];
};

export type Gender =
  | 'FEMALE'
  | 'MALE';

/** 数据导入批次 */
export type ImportBatch = {
  __typename?: 'ImportBatch';
  /** 变更样例（最多 50 行） */
  changeSample: Array<ImportChange>;
  channel: ImportChannel;
  /** 导入完成时间 */
  committedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** 处理耗时（毫秒） */
  durationMs?: Maybe<Scalars['Int']['output']>;
  /** 错误报告下载地址（CSV） */
  errorReportUrl?: Maybe<Scalars['String']['output']>;
  /** 行错误与提示，按行号 */
  errors: ImportErrorList;
  /** 文件名 */
  fileName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 幂等键（文件为其内容摘要） */
  idempotencyKey: Scalars['String']['output'];
  /** 新增 */
  inserted: Scalars['Int']['output'];
  kind: ImportKind;
  outcome: ImportOutcome;
  /** 收到的行数 */
  received: Scalars['Int']['output'];
  /** 拒收的行数 */
  rejected: Scalars['Int']['output'];
  /** 是否为重复提交（本次未做任何更改） */
  replayed: Scalars['Boolean']['output'];
  status: ImportStatus;
  /** 提交人（工作人员或集成方） */
  submittedBy: Scalars['String']['output'];
  /** 无变化 */
  unchanged: Scalars['Int']['output'];
  /** 更新 */
  updated: Scalars['Int']['output'];
  /** 需关注的提示数（行已导入） */
  warnings: Scalars['Int']['output'];
};


/** 数据导入批次 */
export type ImportBatchErrorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  severity?: InputMaybe<ImportErrorSeverity>;
};

export type ImportBatchFilter = {
  kind?: InputMaybe<ImportKind>;
  status?: InputMaybe<ImportStatus>;
};

export type ImportBatchList = {
  __typename?: 'ImportBatchList';
  items: Array<ImportBatch>;
  /** 下一页游标；没有更多时为空 */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** 符合条件的总数 */
  total: Scalars['Int']['output'];
};

/** 变更预览 */
export type ImportChange = {
  __typename?: 'ImportChange';
  /** INSERT 新增 / UPDATE 更新 */
  action: Scalars['String']['output'];
  /** 行号 */
  rowNo: Scalars['Int']['output'];
  /** 对象（姓名与脱敏身份证号码，或记录编号） */
  subject: Scalars['String']['output'];
  /** 变化内容，如「常住地址：A → B」 */
  summary: Scalars['String']['output'];
};

/** 数据接入方式 */
export type ImportChannel =
  | 'API'
  | 'FILE';

/** 导入行错误或提示 */
export type ImportError = {
  __typename?: 'ImportError';
  /** 错误代码 */
  code: Scalars['String']['output'];
  /** 对应的列名（文件表头），如「公民身份号码」 */
  column?: Maybe<Scalars['String']['output']>;
  /** 字段 */
  field?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 说明 */
  message: Scalars['String']['output'];
  /** 行号（文件含表头时为表格中的行号） */
  rowNo: Scalars['Int']['output'];
  severity: ImportErrorSeverity;
  /** 原始值（身份证号码已脱敏） */
  value?: Maybe<Scalars['String']['output']>;
};

export type ImportErrorList = {
  __typename?: 'ImportErrorList';
  items: Array<ImportError>;
  /** 下一页游标；没有更多时为空 */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** 符合条件的总数 */
  total: Scalars['Int']['output'];
};

export type ImportErrorSeverity =
  | 'ERROR'
  | 'WARNING';

/** 导入数据类型 */
export type ImportKind =
  | 'LIFE_EVENTS'
  | 'PENSION_PAYMENTS'
  | 'RETIREES';

/** 按数据类型的补充统计 */
export type ImportOutcome = {
  __typename?: 'ImportOutcome';
  /** 新退休人员：地址不明，交镇街（或市局）分配社区 */
  awaitingPlacement: Scalars['Int']['output'];
  /** 共享数据：已按身份证号码匹配到退休人员 */
  matched: Scalars['Int']['output'];
  /** 共享数据：无可用身份证号码或姓名不符，进入人工核对 */
  pendingReview: Scalars['Int']['output'];
  /** 新退休人员：已按地址自动纳入社区 */
  placedInCommunity: Scalars['Int']['output'];
  /** 共享数据：本市退休人员中查无此人 */
  unmatched: Scalars['Int']['output'];
};

/** 导入批次状态 */
export type ImportStatus =
  | 'COMMITTED'
  | 'DISCARDED'
  | 'PREVIEW';

/** 个人信息确认 */
export type InfoConfirmation = {
  __typename?: 'InfoConfirmation';
  disputes: Array<InfoDispute>;
  id: Scalars['ID']['output'];
  /** 发送给本人的信息 */
  items: Array<ConfirmationItem>;
  /** 异议全部处理完毕的时间 */
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 本人确认或提出异议的时间 */
  respondedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 发送时间 */
  sentAt: Scalars['DateTimeISO']['output'];
  status: ConfirmationStatus;
};

/** 信息异议 */
export type InfoDispute = {
  __typename?: 'InfoDispute';
  /** 本人说明 */
  comment?: Maybe<Scalars['String']['output']>;
  /** 能否在本平台更正（否则只能解释说明） */
  correctable: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  field: ConfirmableField;
  id: Scalars['ID']['output'];
  /** 信息项中文名称 */
  label: Scalars['String']['output'];
  /** 本人提出的正确内容（敏感信息已脱敏） */
  proposedValue?: Maybe<Scalars['String']['output']>;
  /** 处理说明（退休人员可见） */
  resolutionNote?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 处理人 */
  resolvedByName?: Maybe<Scalars['String']['output']>;
  /** 提出异议的退休人员 */
  retiree?: Maybe<Retiree>;
  /** 发送时的值（敏感信息已脱敏） */
  sentValue?: Maybe<Scalars['String']['output']>;
  status: DisputeStatus;
};

export type InfoDisputeList = {
  __typename?: 'InfoDisputeList';
  items: Array<InfoDispute>;
  nextCursor?: Maybe<Scalars['String']['output']>;
  total: Scalars['Int']['output'];
};

/** 生存状态相关共享数据 */
export type LifeEvent = {
  __typename?: 'LifeEvent';
  birthDate?: Maybe<Scalars['LocalDate']['output']>;
  /** 核对候选人（仅待核对的记录） */
  candidates: Array<LifeEventCandidate>;
  /** 详情 */
  details?: Maybe<Scalars['String']['output']>;
  /** 事件日期 */
  eventDate: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** 身份证号码（已脱敏，按来源原样） */
  idNumber?: Maybe<Scalars['String']['output']>;
  kind: LifeEventKind;
  /** 匹配说明 */
  matchNote?: Maybe<Scalars['String']['output']>;
  matchStatus: LifeEventMatch;
  name: Scalars['String']['output'];
  /** 接收时间 */
  receivedAt: Scalars['DateTimeISO']['output'];
  /** 匹配到的退休人员 */
  retiree?: Maybe<Retiree>;
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 核对人 */
  reviewedByName?: Maybe<Scalars['String']['output']>;
  /** 版本（来源更正后递增） */
  revision: Scalars['Int']['output'];
  source: LifeEventSource;
  /** 来源记录编号 */
  sourceRecordId: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type LifeEventBatchInput = {
  idempotencyKey: Scalars['String']['input'];
  rows: Array<LifeEventRecordInput>;
};

/** 可能是该记录当事人的退休人员 */
export type LifeEventCandidate = {
  __typename?: 'LifeEventCandidate';
  /** 列为候选的原因 */
  reason: Scalars['String']['output'];
  retiree: Retiree;
};

export type LifeEventFilter = {
  kinds?: InputMaybe<Array<LifeEventKind>>;
  /** 匹配状态；PENDING_REVIEW 即人工核对队列 */
  matchStatus?: InputMaybe<LifeEventMatch>;
  /** 只看某区域（镇街或社区），须在本人管辖范围内 */
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 共享数据事件类型 */
export type LifeEventKind =
  | 'CARD_USE'
  | 'CREMATION'
  | 'DEATH'
  | 'DISABILITY'
  | 'HOSPITAL_VISIT'
  | 'IMPRISONMENT'
  | 'LOW_INCOME'
  | 'MISSING'
  | 'RELEASE'
  | 'SENTENCE';

export type LifeEventList = {
  __typename?: 'LifeEventList';
  items: Array<LifeEvent>;
  /** 下一页游标；没有更多时为空 */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** 符合条件的总数 */
  total: Scalars['Int']['output'];
};

/** 共享数据匹配状态 */
export type LifeEventMatch =
  | 'CONFIRMED'
  | 'MATCHED'
  | 'PENDING_REVIEW'
  | 'REJECTED'
  | 'UNMATCHED';

/** 数据高铁的一条共享数据记录 */
export type LifeEventRecordInput = {
  /** 出生日期 YYYY-MM-DD */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  /** 详情 */
  details?: InputMaybe<Scalars['String']['input']>;
  /** 事件日期 YYYY-MM-DD */
  eventDate: Scalars['String']['input'];
  /** 公民身份号码（缺失时按姓名和出生日期人工核对） */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** 类型：DEATH, CREMATION, SENTENCE, IMPRISONMENT, RELEASE, MISSING, LOW_INCOME, DISABILITY, HOSPITAL_VISIT, CARD_USE */
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** 来源：POLICE, CIVIL_AFFAIRS, COURT, PROCURATORATE, JUSTICE, HEALTH, BIG_DATA, CITIZEN_CARD */
  source: Scalars['String']['input'];
  /** 来源部门的记录编号（与来源一起唯一） */
  sourceRecordId: Scalars['String']['input'];
};

/** 共享数据来源部门 */
export type LifeEventSource =
  | 'BIG_DATA'
  | 'CITIZEN_CARD'
  | 'CIVIL_AFFAIRS'
  | 'COURT'
  | 'HEALTH'
  | 'JUSTICE'
  | 'POLICE'
  | 'PROCURATORATE';

/** 短信验证码已发送 */
export type LoginCodeChallenge = {
  __typename?: 'LoginCodeChallenge';
  challengeId: Scalars['ID']['output'];
  /** 仅开发环境：验证码明文，便于演示；生产环境始终为空 */
  devCode?: Maybe<Scalars['String']['output']>;
  expiresAt: Scalars['DateTimeISO']['output'];
  /** 接收验证码的手机号（已脱敏） */
  sentTo: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 转入社区接收（完成转移，管理社区随即变更）或不接收（须说明原因） */
  acceptCommunityTransfer: CommunityTransfer;
  /** 为退休人员登记家庭成员（记入变更记录） */
  addFamilyMember: FamilyMember;
  /** 本人登记家庭成员 */
  addMyFamilyMember: FamilyMember;
  /** 对接系统登录（客户端凭证） */
  apiClientLogin: AuthPayload;
  /** 派发任务：给下级单位，或点名给本单位工作人员 */
  assignTask: Task;
  /** 批量派发：符合条件的人员按社区各生成一项任务 */
  assignTasksInBulk: BulkAssignResult;
  /** 撤销尚未办结的社区转移申请（本人或转出社区） */
  cancelCommunityTransfer: CommunityTransfer;
  /** 派发单位撤销尚未办结的任务 */
  cancelTask: Task;
  /** 工作人员修改本人密码 */
  changeMyPassword: Scalars['Boolean']['output'];
  /** 责任部门领取推送给本部门、尚未办结的事项（接入方）；逝者完整身份证号随事项交付，每次领取记入审计 */
  collectCaseItems: Array<DepartmentCaseItem>;
  /** 确认导入已校验的文件（仅市局） */
  commitImportBatch: ImportBatch;
  /** 事项办结：责任部门回传（case:callback）或工作人员登记；全部办结后整件事办结 */
  completeCaseItem: PosthumousCaseItem;
  /** 办结任务并反馈（结果、情况说明、照片） */
  completeTask: Task;
  /** 人工核对：确认该记录属于某位候选退休人员 */
  confirmLifeEventMatch: LifeEvent;
  /** 本人确认信息无误 */
  confirmMyInfo: InfoConfirmation;
  /** 确认暂停发放：自决定次月起暂停（镇街或市局）；本人认证后自动恢复并补发 */
  confirmPaymentSuspension: PaymentSuspension;
  /** 确认预警：停发（已故自死亡次月起，服刑自收监次月起）并确定应追回金额（镇街或市局） */
  confirmRiskAlert: RiskAlert;
  /** 新建工作人员账号，返回一次性临时密码 */
  createStaffUser: StaffCredentials;
  /** 放弃已校验未导入的文件（仅市局） */
  discardImportBatch: ImportBatch;
  /** 排除预警（须说明原因；同样的依据不再预警） */
  dismissRiskAlert: RiskAlert;
  /** 本人对部分信息提出异议 */
  disputeMyInfo: InfoConfirmation;
  /** 派发单位评价已办结的任务（1–5 分） */
  evaluateTask: Task;
  /** 数据高铁推送共享数据（死亡、火化、判决、就医…）；按 (来源, 来源记录编号) 幂等 */
  ingestLifeEvents: ImportBatch;
  /** 推送养老金发放明细；按 (退休人员, 发放期间) 幂等 */
  ingestPensionPayments: ImportBatch;
  /** 省集中系统推送退休人员（新退休与信息变更）；按身份证号码幂等 */
  ingestRetirees: ImportBatch;
  /** 工作人员登录（用户名 + 密码） */
  login: AuthPayload;
  /** 退出登录：令牌立即失效 */
  logout: Scalars['Boolean']['output'];
  /** 全部标记为已读，返回标记的条数 */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** 标记一条消息为已读 */
  markNotificationRead: Notification;
  /** （再次）短信通知近亲属，如家庭成员信息库补登了电话之后 */
  notifyCaseNextOfKin: PosthumousCase;
  /** 为新退休人员分配管理社区（镇街或市局）；社区随即收到纳入管理任务，本人收到欢迎消息 */
  placeRetiree: Retiree;
  /** 政务服务 App 回传刷脸认证结果（签名、防重放、按交易号幂等） */
  recordFaceVerification: CertificationRecord;
  /** 登记追回金额（分）；追回满额后办结 */
  recordRecovery: RiskAlert;
  /** 人工核对：该记录不属于任何候选人（需说明） */
  rejectLifeEventMatch: LifeEvent;
  /** 删除家庭成员（记入变更记录） */
  removeFamilyMember: Scalars['Boolean']['output'];
  /** 本人删除家庭成员 */
  removeMyFamilyMember: Scalars['Boolean']['output'];
  /** 申请社区转移（本人，或工作人员代为申请）；每人同时只能有一份在办申请 */
  requestCommunityTransfer: CommunityTransfer;
  /** 退休人员登录第一步：向登记的手机发送验证码 */
  requestLoginCode: LoginCodeChallenge;
  /** 重置密码，返回一次性临时密码；原会话立即失效 */
  resetStaffPassword: StaffCredentials;
  /** 处理信息异议：更正数据（留痕）或解释说明；处理结果会通知本人 */
  resolveInfoDispute: InfoDispute;
  /** 派发单位退回已办结的任务，要求重新办理 */
  returnTask: Task;
  /** 查看完整银行账号（须填写事由，记入审计日志） */
  revealBankAccount: Scalars['String']['output'];
  /** 查看完整身份证号（须填写事由，记入审计日志） */
  revealIdNumber: Scalars['String']['output'];
  /** 查看完整联系电话（须填写事由，记入审计日志） */
  revealPhone: Scalars['String']['output'];
  /** 转出社区审核：同意转出或不同意（须说明原因） */
  reviewCommunityTransfer: CommunityTransfer;
  /** 立即按共享数据进行无感认证（全市；导入后和每晚也会自动进行） */
  runPassiveCertification: PassiveCertificationResult;
  /** 立即扫描全市（导入后和每晚也会自动扫描） */
  runRiskScan: RiskScanResult;
  /** 向区域内尚无待办确认的正常发放人员发送信息确认（站内消息 + 短信），返回发送人数 */
  sendInfoConfirmations: Scalars['Int']['output'];
  /** 停用或启用账号；停用后该账号已登录的会话立即失效 */
  setStaffActive: StaffUser;
  /** 签领任务 */
  signTask: Task;
  /** 我要认证：转到政务服务 App 刷脸（十分钟内有效） */
  startFaceCertification: FaceCertificationHandoff;
  /** 修改家庭成员；身份证号、电话留空表示不变 */
  updateFamilyMember: FamilyMember;
  /** 本人修改家庭成员；身份证号、电话留空表示不变 */
  updateMyFamilyMember: FamilyMember;
  /** 修改退休人员信息；每个字段的变更都记入变更记录 */
  updateRetiree: Retiree;
  /** 退休人员登录第二步：输入短信验证码 */
  verifyLoginCode: AuthPayload;
  /** 不暂停（须说明原因） */
  withdrawPaymentSuspension: PaymentSuspension;
};


export type MutationAcceptCommunityTransferArgs = {
  accept: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAddFamilyMemberArgs = {
  input: FamilyMemberInput;
  retireeId: Scalars['ID']['input'];
};


export type MutationAddMyFamilyMemberArgs = {
  input: FamilyMemberInput;
};


export type MutationApiClientLoginArgs = {
  clientId: Scalars['String']['input'];
  clientSecret: Scalars['String']['input'];
};


export type MutationAssignTaskArgs = {
  input: AssignTaskInput;
};


export type MutationAssignTasksInBulkArgs = {
  input: BulkAssignInput;
};


export type MutationCancelCommunityTransferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelTaskArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationChangeMyPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCollectCaseItemsArgs = {
  department: Department;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCommitImportBatchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteCaseItemArgs = {
  id: Scalars['ID']['input'];
  input: CaseItemResultInput;
};


export type MutationCompleteTaskArgs = {
  feedback: TaskFeedbackInput;
  id: Scalars['ID']['input'];
};


export type MutationConfirmLifeEventMatchArgs = {
  id: Scalars['ID']['input'];
  retireeId: Scalars['ID']['input'];
};


export type MutationConfirmMyInfoArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmPaymentSuspensionArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationConfirmRiskAlertArgs = {
  id: Scalars['ID']['input'];
  input: ConfirmRiskAlertInput;
};


export type MutationCreateStaffUserArgs = {
  input: CreateStaffInput;
};


export type MutationDiscardImportBatchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDismissRiskAlertArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDisputeMyInfoArgs = {
  id: Scalars['ID']['input'];
  items: Array<DisputeItemInput>;
};


export type MutationEvaluateTaskArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  score: Scalars['Int']['input'];
};


export type MutationIngestLifeEventsArgs = {
  batch: LifeEventBatchInput;
};


export type MutationIngestPensionPaymentsArgs = {
  batch: PaymentBatchInput;
};


export type MutationIngestRetireesArgs = {
  batch: RetireeBatchInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationNotifyCaseNextOfKinArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPlaceRetireeArgs = {
  communityId: Scalars['ID']['input'];
  retireeId: Scalars['ID']['input'];
};


export type MutationRecordFaceVerificationArgs = {
  input: FaceVerificationInput;
};


export type MutationRecordRecoveryArgs = {
  amount: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRejectLifeEventMatchArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRemoveFamilyMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveMyFamilyMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestCommunityTransferArgs = {
  input: TransferRequestInput;
};


export type MutationRequestLoginCodeArgs = {
  idNumber: Scalars['String']['input'];
};


export type MutationResetStaffPasswordArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResolveInfoDisputeArgs = {
  id: Scalars['ID']['input'];
  input: ResolveDisputeInput;
};


export type MutationReturnTaskArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevealBankAccountArgs = {
  reason: Scalars['String']['input'];
  retireeId: Scalars['ID']['input'];
};


export type MutationRevealIdNumberArgs = {
  reason: Scalars['String']['input'];
  retireeId: Scalars['ID']['input'];
};


export type MutationRevealPhoneArgs = {
  reason: Scalars['String']['input'];
  retireeId: Scalars['ID']['input'];
};


export type MutationReviewCommunityTransferArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSendInfoConfirmationsArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSetStaffActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSignTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateFamilyMemberArgs = {
  id: Scalars['ID']['input'];
  input: FamilyMemberInput;
};


export type MutationUpdateMyFamilyMemberArgs = {
  id: Scalars['ID']['input'];
  input: FamilyMemberInput;
};


export type MutationUpdateRetireeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: RetireeUpdateInput;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationVerifyLoginCodeArgs = {
  challengeId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
};


export type MutationWithdrawPaymentSuspensionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** 消息 */
export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  link?: Maybe<Scalars['String']['output']>;
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  smsSentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  smsStatus: SmsStatus;
  title: Scalars['String']['output'];
};

/** 消息类型 */
export type NotificationKind =
  | 'CERTIFICATION_DUE'
  | 'COMMUNITY_TRANSFER'
  | 'GENERAL'
  | 'INFO_CONFIRMATION_REQUEST'
  | 'INFO_DISPUTE_RECEIVED'
  | 'INFO_DISPUTE_RESOLVED'
  | 'PAYMENT_ARRIVED'
  | 'PAYMENT_RESTORED'
  | 'PAYMENT_SUSPENDED'
  | 'WELCOME';

export type NotificationList = {
  __typename?: 'NotificationList';
  items: Array<Notification>;
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** 未读条数 */
  unreadCount: Scalars['Int']['output'];
};

/** 组织层级：市人社局 / 镇乡街道 / 社区村 */
export type OrgLevel =
  | 'CITY'
  | 'COMMUNITY'
  | 'TOWNSHIP';

/** 组织单位：市人社局、镇乡街道或社区村 */
export type OrgUnit = {
  __typename?: 'OrgUnit';
  /** 办公地址 */
  address?: Maybe<Scalars['String']['output']>;
  /** 下级单位 */
  children: Array<OrgUnit>;
  /** 行政区划代码 */
  code: Scalars['String']['output'];
  /** 联系人 */
  contactName?: Maybe<Scalars['String']['output']>;
  /** 办公电话 */
  contactPhone?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** STREET 街道 / TOWN 镇 / TOWNSHIP 乡 / COMMUNITY 社区 / VILLAGE 村 */
  kind?: Maybe<Scalars['String']['output']>;
  level: OrgLevel;
  name: Scalars['String']['output'];
  /** 上级单位 */
  parent?: Maybe<OrgUnit>;
  parentId?: Maybe<Scalars['ID']['output']>;
  /** 层级路径（上级代码/本级代码） */
  path: Scalars['String']['output'];
  /** 管理的退休人员数（本人可见范围内） */
  retireeCount: Scalars['Int']['output'];
};

export type PassiveCertificationResult = {
  __typename?: 'PassiveCertificationResult';
  /** 因死亡、失踪、服刑记录不能无感认证的人数 */
  blocked: Scalars['Int']['output'];
  durationMs: Scalars['Int']['output'];
  /** 本次续期人数 */
  renewed: Scalars['Int']['output'];
  /** 有生存迹象的人数 */
  scored: Scalars['Int']['output'];
};

export type PaymentBatchInput = {
  idempotencyKey: Scalars['String']['input'];
  rows: Array<PaymentRecordInput>;
};

/** 一条养老金发放记录 */
export type PaymentRecordInput = {
  /** 金额（分） */
  amount: Scalars['Int']['input'];
  bankAccount?: InputMaybe<Scalars['String']['input']>;
  idNumber: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** 到账日期 YYYY-MM-DD */
  paidDate: Scalars['String']['input'];
  /** 发放期间 YYYY-MM */
  period: Scalars['String']['input'];
};

/** 暂停发放（生存认证过期） */
export type PaymentSuspension = {
  __typename?: 'PaymentSuspension';
  /** 当前用户可做的操作：SUSPEND、WITHDRAW */
  allowedActions: Array<Scalars['String']['output']>;
  /** 补发合计（分） */
  backPayAmount?: Maybe<Scalars['Int']['output']>;
  /** 补发的期间 */
  backPayPeriods: Array<Scalars['String']['output']>;
  /** 重新认证的方式 */
  certifiedBy?: Maybe<CertificationMethod>;
  /** 重新认证的日期 */
  certifiedOn?: Maybe<Scalars['LocalDate']['output']>;
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  decidedByName?: Maybe<Scalars['String']['output']>;
  /** 决定说明（暂停依据或不暂停的原因） */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** 自该期间（YYYY-MM）起暂停发放 */
  fromPeriod?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 认证到期日 */
  lapsedOn: Scalars['LocalDate']['output'];
  /** 每月补发金额（分，暂停前最后一次发放的金额） */
  monthlyAmount?: Maybe<Scalars['Int']['output']>;
  /** 通知本人的日期（先通知，后暂停） */
  noticedOn?: Maybe<Scalars['LocalDate']['output']>;
  proposedAt: Scalars['DateTimeISO']['output'];
  reason: SuspensionReason;
  /** 自该期间（YYYY-MM）起恢复按月发放 */
  resumePeriod?: Maybe<Scalars['String']['output']>;
  retiree?: Maybe<Retiree>;
  status: SuspensionStatus;
  /** 如「生存认证已于 2026-10-15 到期，2026-07-15 已通知本人」 */
  summary: Scalars['String']['output'];
};

export type PaymentSuspensionFilter = {
  /** 只看某区域，须在本人管辖范围内 */
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 只看某位退休人员 */
  retireeId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<SuspensionStatus>>;
};

export type PaymentSuspensionList = {
  __typename?: 'PaymentSuspensionList';
  items: Array<PaymentSuspension>;
  /** 下一页游标；没有更多时为空 */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** 符合条件的总数 */
  total: Scalars['Int']['output'];
};

/** 养老金发放记录 */
export type PensionPayment = {
  __typename?: 'PensionPayment';
  /** 金额（分） */
  amount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** 到账日期 */
  paidDate: Scalars['LocalDate']['output'];
  /** 发放期间 YYYY-MM */
  period: Scalars['String']['output'];
};

/** 工作绩效评价 */
export type PerformanceReport = {
  __typename?: 'PerformanceReport';
  /** UNITS：按下级单位；STAFF：按本社区工作人员 */
  breakdown: Scalars['String']['output'];
  from: Scalars['String']['output'];
  orgUnit: OrgUnit;
  rows: Array<PerformanceRow>;
  to: Scalars['String']['output'];
  /** 合计 */
  total: PerformanceRow;
};

/** 一个单位或一名工作人员在期间内的工作绩效 */
export type PerformanceRow = {
  __typename?: 'PerformanceRow';
  /** 平均评分（1–5） */
  averageScore?: Maybe<Scalars['Float']['output']>;
  /** 生存认证覆盖率（认证功能上线后提供） */
  certifiedRate?: Maybe<Scalars['Float']['output']>;
  /** 已办结数 */
  completed: Scalars['Int']['output'];
  /** 按期办结数 */
  completedOnTime: Scalars['Int']['output'];
  /** 已评价数 */
  evaluated: Scalars['Int']['output'];
  /** 信息已确认人员占比（单位行） */
  infoConfirmedRate?: Maybe<Scalars['Float']['output']>;
  /** 单位名称或姓名 */
  name: Scalars['String']['output'];
  /** 按期办结率 */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** 单位行：可下钻 */
  orgUnit?: Maybe<OrgUnit>;
  /** 逾期数（逾期办结或逾期未办结） */
  overdue: Scalars['Int']['output'];
  /** 排名（按期办结率、平均评分、任务量） */
  rank: Scalars['Int']['output'];
  /** 收到任务数 */
  received: Scalars['Int']['output'];
  /** 管理的正常发放人数（单位行） */
  retirees?: Maybe<Scalars['Int']['output']>;
  /** 1 个工作日内签领数 */
  signedOnTime: Scalars['Int']['output'];
  /** 及时签领率 */
  signedOnTimeRate?: Maybe<Scalars['Float']['output']>;
  /** 人员行：工作人员 */
  staffId?: Maybe<Scalars['ID']['output']>;
};

/** 身后一件事 */
export type PosthumousCase = {
  __typename?: 'PosthumousCase';
  /** 当前用户可做的操作：NOTIFY_NEXT_OF_KIN */
  allowedActions: Array<Scalars['String']['output']>;
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 死亡日期 */
  deathDate: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** 五个事项 */
  items: Array<PosthumousCaseItem>;
  /** 发给近亲属的通知内容 */
  notificationText?: Maybe<Scalars['String']['output']>;
  /** 通知近亲属的时间 */
  notifiedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 通知的近亲属（姓名、关系） */
  notifiedRelative?: Maybe<Scalars['String']['output']>;
  openedAt: Scalars['DateTimeISO']['output'];
  openedByName: Scalars['String']['output'];
  retiree?: Maybe<Retiree>;
  /** 确认死亡的风险预警 */
  riskAlertId?: Maybe<Scalars['ID']['output']>;
  status: CaseStatus;
  /** 办理过程 */
  timeline: Array<PosthumousCaseEvent>;
};

export type PosthumousCaseEvent = {
  __typename?: 'PosthumousCaseEvent';
  actorName: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type PosthumousCaseFilter = {
  /** 只看某区域，须在本人管辖范围内 */
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CaseStatus>;
};

/** 身后一件事的一个事项 */
export type PosthumousCaseItem = {
  __typename?: 'PosthumousCaseItem';
  /** 当前用户可做的操作：COMPLETE（登记办结） */
  allowedActions: Array<Scalars['String']['output']>;
  /** 金额（分）；余额类由部门回传 */
  amount?: Maybe<Scalars['Int']['output']>;
  /** 金额如何算出，或不适用的原因 */
  basis?: Maybe<Scalars['String']['output']>;
  /** 责任部门 */
  department: Department;
  doneAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 办结人或回传部门 */
  doneByName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: CaseItemKind;
  note?: Maybe<Scalars['String']['output']>;
  /** 部门的办结文号或共享数据记录号 */
  reference?: Maybe<Scalars['String']['output']>;
  /** 推送责任部门的时间 */
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: CaseItemStatus;
};

export type PosthumousCaseList = {
  __typename?: 'PosthumousCaseList';
  items: Array<PosthumousCase>;
  /** 下一页游标；没有更多时为空 */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** 符合条件的总数 */
  total: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** 可点名派发的本单位工作人员 */
  assignableStaff: Array<StaffUser>;
  /** 审计日志：本人管辖区域内的敏感信息查看与导出记录，新的在前 */
  auditLog: AuditLogList;
  /** 下一级各区域的认证情况（市→镇街，镇街→社区） */
  certificationByArea: Array<CertificationAreaRow>;
  /** 生存认证情况（某区域，默认本人管辖范围） */
  certificationSummary: CertificationSummary;
  /** 某区域某种认证状态的正常发放人员，最先到期的在前 */
  certifications: CertificationList;
  /** 可选的社区：按名称查找，或按新地址推荐（匹配度高的在前） */
  communities: Array<OrgUnit>;
  /** 社区转移申请详情 */
  communityTransfer: CommunityTransfer;
  /** 社区转移申请：转出方始终可见，转入方在转出社区同意后可见 */
  communityTransfers: CommunityTransferList;
  /** 家庭成员信息库：按退休人员或家庭成员姓名查找（管辖区域内） */
  familyMembers: FamilyMemberList;
  /** 可选的家庭关系 */
  familyRelations: Array<Scalars['String']['output']>;
  /** 一个导入批次 */
  importBatch: ImportBatch;
  /** 数据导入批次，最新的在前（市局工作人员与集成方） */
  importBatches: ImportBatchList;
  /** 信息确认完成情况：所选区域及其下一级（本年度） */
  infoConfirmationStats: Array<ConfirmationStats>;
  /** 信息异议（社区待办），按提出时间先后 */
  infoDisputes: InfoDisputeList;
  /** 共享数据记录（管辖区域内），最新的在前；matchStatus=PENDING_REVIEW 为人工核对队列 */
  lifeEvents: LifeEventList;
  /** 当前登录者；未登录时为空 */
  me?: Maybe<Viewer>;
  /** 我的生存认证 */
  myCertification?: Maybe<Certification>;
  /** 我的社区转移申请，最新的在前 */
  myCommunityTransfers: Array<CommunityTransfer>;
  /** 我这次刷脸认证的结果（政务服务 App 回传后才有） */
  myFaceCertification?: Maybe<CertificationRecord>;
  /** 我的家庭成员 */
  myFamilyMembers: Array<FamilyMember>;
  /** 我最近一次的个人信息确认 */
  myInfoConfirmation?: Maybe<InfoConfirmation>;
  /** 我的消息（新的在前） */
  myNotifications: NotificationList;
  /** 退休人员本人的信息（退休人员登录后使用） */
  myProfile: Retiree;
  /** 组织单位详情（须在本人管辖范围内） */
  orgUnit: OrgUnit;
  /** 本人可见的组织树（按层级路径排序，上级在前） */
  orgUnits: Array<OrgUnit>;
  paymentSuspension: PaymentSuspension;
  /** 暂停发放（生存认证过期），最新的在前 */
  paymentSuspensions: PaymentSuspensionList;
  /** 工作绩效评价：所选单位的下级单位排名（社区为本社区工作人员），期间按任务派发日期 */
  performance: PerformanceReport;
  /** 身后一件事详情 */
  posthumousCase: PosthumousCase;
  /** 身后一件事（管辖区域内），最新的在前 */
  posthumousCases: PosthumousCaseList;
  /** 批量派发预览：按社区将生成的任务数和人数 */
  previewBulkTasks: BulkTaskPreview;
  /** 退休人员详情：不在管辖范围内返回 FORBIDDEN，不存在返回 NOT_FOUND */
  retiree?: Maybe<Retiree>;
  /** 退休人员列表（仅限本人管辖区域） */
  retirees: RetireeList;
  /** 待分配社区的新退休人员（地址未能自动对应到一个社区），按登记先后 */
  retireesAwaitingPlacement: RetireeList;
  /** 一条预警及其依据 */
  riskAlert: RiskAlert;
  /** 基金风险预警（管辖区域内），最新的在前 */
  riskAlerts: RiskAlertList;
  /** 预警看板：按类型的数量和金额（某区域，默认本人管辖范围） */
  riskSummary: Array<RiskKindSummary>;
  /** 本单位及下级单位的工作人员账号 */
  staffUsers: StaffList;
  /** 暂停发放汇总（某区域，默认本人管辖范围） */
  suspensionSummary: SuspensionSummary;
  /** 任务详情：不在管辖范围内返回 FORBIDDEN */
  task: Task;
  /** 本单位最近的批量派发 */
  taskBatches: Array<TaskBatch>;
  /** 我的待办数量 */
  taskInboxCounts: TaskInboxCounts;
  /** 本单位派发任务按承办单位的进度（可限定一个批次） */
  taskProgress: Array<TaskProgressRow>;
  /** 工作任务：按分组（我的待办、本单位派发…）或条件查询，新任务在前 */
  tasks: TaskList;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCertificationByAreaArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCertificationSummaryArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCertificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: CertificationListFilter;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCommunitiesArgs = {
  address?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCommunityTransferArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommunityTransfersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransferFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFamilyMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FamilyMemberFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryImportBatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImportBatchFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInfoConfirmationStatsArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInfoDisputesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisputeFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLifeEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LifeEventFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyFaceCertificationArgs = {
  transactionId: Scalars['String']['input'];
};


export type QueryMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPaymentSuspensionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPaymentSuspensionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentSuspensionFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPerformanceArgs = {
  from: Scalars['String']['input'];
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['String']['input'];
};


export type QueryPosthumousCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPosthumousCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PosthumousCaseFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPreviewBulkTasksArgs = {
  criteria: BulkTaskCriteriaInput;
};


export type QueryRetireeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRetireesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RetireeFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRetireesAwaitingPlacementArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRiskAlertArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRiskAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RiskAlertFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRiskSummaryArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStaffUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StaffFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySuspensionSummaryArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTaskBatchesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTaskProgressArgs = {
  batchId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** 处理信息异议 */
export type ResolveDisputeInput = {
  /** 更正后的值（不按本人提出的内容时填写） */
  correctedValue?: InputMaybe<Scalars['String']['input']>;
  /** 处理说明，会告知退休人员 */
  note: Scalars['String']['input'];
  outcome: DisputeOutcome;
  /** 按本人提出的内容更正（无需工作人员看到完整号码） */
  useProposedValue?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 退休人员 */
export type Retiree = {
  __typename?: 'Retiree';
  /** 当前周岁 */
  age: Scalars['Int']['output'];
  /** 银行账号（已脱敏） */
  bankAccount?: Maybe<Scalars['String']['output']>;
  /** 开户银行 */
  bankName?: Maybe<Scalars['String']['output']>;
  birthDate: Scalars['LocalDate']['output'];
  /** 生存认证 */
  certification?: Maybe<Certification>;
  /** 认证记录，最新的在前 */
  certificationRecords: Array<CertificationRecord>;
  /** 纳入社区管理时间 */
  checkedInAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 市民卡号 */
  citizenCardNo?: Maybe<Scalars['String']['output']>;
  /** 管理社区（新退休人员待分配社区时为空） */
  community?: Maybe<OrgUnit>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** 原工作单位 */
  employer?: Maybe<Scalars['String']['output']>;
  familyMembers: Array<FamilyMember>;
  gender: Gender;
  /** 信息变更记录，新的在前 */
  history: Array<RetireeChange>;
  /** 户籍地址 */
  hukouAddress?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 身份证号码（已脱敏） */
  idNumber: Scalars['String']['output'];
  /** 最近一次个人信息确认 */
  latestInfoConfirmation?: Maybe<InfoConfirmation>;
  /** 生存状态：与本人匹配的共享数据，最新的在前 */
  lifeEvents: Array<LifeEvent>;
  /** 月基本养老金（分） */
  monthlyPension: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** 发给本人的消息（站内与短信），新的在前 */
  notifications: Array<Notification>;
  /** 暂停发放记录（生存认证过期），最新的在前 */
  paymentSuspensions: Array<PaymentSuspension>;
  /** 最近若干个月的养老金发放记录，新的在前 */
  payments: Array<PensionPayment>;
  /** 联系电话（已脱敏） */
  phone?: Maybe<Scalars['String']['output']>;
  /** 待分配社区的原因 */
  placementNote?: Maybe<Scalars['String']['output']>;
  /** 身后一件事（已故人员） */
  posthumousCase?: Maybe<PosthumousCase>;
  /** 常住地址 */
  residenceAddress?: Maybe<Scalars['String']['output']>;
  retirementDate: Scalars['LocalDate']['output'];
  status: RetireeStatus;
  /** 所属镇街（由市局分配时为空） */
  township?: Maybe<OrgUnit>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 数据版本号，修改时用于防止覆盖 */
  version: Scalars['Int']['output'];
};


/** 退休人员 */
export type RetireeLifeEventsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** 退休人员 */
export type RetireePaymentsArgs = {
  months?: Scalars['Int']['input'];
};

/** 一批退休人员记录；同一幂等键只处理一次 */
export type RetireeBatchInput = {
  /** 幂等键：重发同一批次时保持不变 */
  idempotencyKey: Scalars['String']['input'];
  /** 每批最多 5000 行；更大的数据请用文件接口 */
  rows: Array<RetireeRecordInput>;
};

/** 信息变更记录 */
export type RetireeChange = {
  __typename?: 'RetireeChange';
  /** 操作人 */
  actorName?: Maybe<Scalars['String']['output']>;
  changedAt: Scalars['DateTimeISO']['output'];
  /** 字段名（英文代码） */
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 新值（敏感字段已脱敏） */
  newValue?: Maybe<Scalars['String']['output']>;
  /** 变更说明 */
  note?: Maybe<Scalars['String']['output']>;
  /** 原值（敏感字段已脱敏） */
  oldValue?: Maybe<Scalars['String']['output']>;
  source: ChangeSource;
};

/** 退休人员查询条件 */
export type RetireeFilter = {
  /** 年龄上限（周岁，含） */
  ageMax?: InputMaybe<Scalars['Int']['input']>;
  /** 年龄下限（周岁，含） */
  ageMin?: InputMaybe<Scalars['Int']['input']>;
  /** 身份证号码（精确匹配） */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** 姓名（前缀匹配） */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 区域：市、镇街或社区（须在本人管辖范围内） */
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 退休日期起（含） */
  retiredFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 退休日期止（含） */
  retiredTo?: InputMaybe<Scalars['LocalDate']['input']>;
  status?: InputMaybe<Array<RetireeStatus>>;
};

export type RetireeList = {
  __typename?: 'RetireeList';
  items: Array<Retiree>;
  /** 下一页游标；为空表示没有更多 */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** 符合条件的总人数（totalExact 为 false 时表示"至少"） */
  total: Scalars['Int']['output'];
  /** 总数是否精确：镇街及以下始终精确；全市范围的组合筛选只精确计到 10000，超过时为 false */
  totalExact: Scalars['Boolean']['output'];
};

/** 省集中系统的一条退休人员记录（新退休或信息变更；空值表示不变） */
export type RetireeRecordInput = {
  bankAccount?: InputMaybe<Scalars['String']['input']>;
  bankName?: InputMaybe<Scalars['String']['input']>;
  citizenCardNo?: InputMaybe<Scalars['String']['input']>;
  employer?: InputMaybe<Scalars['String']['input']>;
  /** 户籍地址 */
  hukouAddress?: InputMaybe<Scalars['String']['input']>;
  /** 公民身份号码（18位，校验位正确） */
  idNumber: Scalars['String']['input'];
  /** 月基本养老金（分） */
  monthlyPension: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 常住地址 */
  residenceAddress?: InputMaybe<Scalars['String']['input']>;
  /** 退休日期 YYYY-MM-DD */
  retirementDate: Scalars['String']['input'];
};

/** 待遇状态 */
export type RetireeStatus =
  | 'ACTIVE'
  | 'DECEASED'
  | 'SUSPENDED'
  | 'TRANSFERRED';

/** 修改退休人员信息（只填写要修改的字段） */
export type RetireeUpdateInput = {
  bankAccount?: InputMaybe<Scalars['String']['input']>;
  bankName?: InputMaybe<Scalars['String']['input']>;
  citizenCardNo?: InputMaybe<Scalars['String']['input']>;
  employer?: InputMaybe<Scalars['String']['input']>;
  hukouAddress?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  residenceAddress?: InputMaybe<Scalars['String']['input']>;
};

/** 基金风险预警 */
export type RiskAlert = {
  __typename?: 'RiskAlert';
  /** 当前用户可做的操作：CONFIRM、DISMISS、RECORD_RECOVERY */
  allowedActions: Array<Scalars['String']['output']>;
  /** 追回完成或办结时间 */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 确认或排除人 */
  decidedByName?: Maybe<Scalars['String']['output']>;
  /** 确认或排除的说明 */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** 死亡日期或收监日期（按共享数据） */
  eventDate?: Maybe<Scalars['LocalDate']['output']>;
  evidence: Array<RiskEvidence>;
  id: Scalars['ID']['output'];
  kind: RiskAlertKind;
  /** 最近一次扫描确认证据仍在的时间 */
  lastSeenAt: Scalars['DateTimeISO']['output'];
  /** 多发金额（分），按已入库的发放记录精确计算 */
  overpaidAmount: Scalars['Int']['output'];
  /** 多发的发放期间 */
  overpaidPeriods: Array<Scalars['String']['output']>;
  /** 确认死亡后启动的身后一件事 */
  posthumousCase?: Maybe<PosthumousCase>;
  raisedAt: Scalars['DateTimeISO']['output'];
  /** 已追回金额（分） */
  recoveredAmount: Scalars['Int']['output'];
  /** 追回记录 */
  recoveries: Array<RiskRecovery>;
  /** 应追回金额（分），确认时确定 */
  recoveryAmount?: Maybe<Scalars['Int']['output']>;
  retiree?: Maybe<Retiree>;
  status: RiskAlertStatus;
  /** 停发起始期间（确认后） */
  stopFromPeriod?: Maybe<Scalars['String']['output']>;
  /** 预警摘要 */
  summary: Scalars['String']['output'];
  /** 社区核实情况 */
  verificationNote?: Maybe<Scalars['String']['output']>;
  /** 社区的核实任务 */
  verificationTask?: Maybe<Task>;
  verifiedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  verifiedByName?: Maybe<Scalars['String']['output']>;
};

export type RiskAlertFilter = {
  kinds?: InputMaybe<Array<RiskAlertKind>>;
  /** 只看某区域，须在本人管辖范围内 */
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 只看某位退休人员 */
  retireeId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<RiskAlertStatus>>;
};

/** 基金风险预警类型 */
export type RiskAlertKind =
  | 'AMOUNT_JUMP'
  | 'DECEASED_PAID'
  | 'IMPRISONED_PAID'
  | 'SHARED_ACCOUNT'
  | 'UNCERTIFIED_ELDERLY';

export type RiskAlertList = {
  __typename?: 'RiskAlertList';
  items: Array<RiskAlert>;
  /** 下一页游标；没有更多时为空 */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** 符合条件的总数 */
  total: Scalars['Int']['output'];
};

/** 预警处理状态 */
export type RiskAlertStatus =
  | 'CONFIRMED'
  | 'DISMISSED'
  | 'OPEN'
  | 'RECOVERED'
  | 'RESOLVED';

/** 预警依据 */
export type RiskEvidence = {
  __typename?: 'RiskEvidence';
  date?: Maybe<Scalars['LocalDate']['output']>;
  /** 如「公安局 死亡登记 ZX3306832026…」或「2026-11 发放 3,125.40 元」 */
  text: Scalars['String']['output'];
};

/** 某类预警的汇总 */
export type RiskKindSummary = {
  __typename?: 'RiskKindSummary';
  /** 已追回或办结 */
  closed: Scalars['Int']['output'];
  /** 已确认待追回 */
  confirmed: Scalars['Int']['output'];
  /** 已排除 */
  dismissed: Scalars['Int']['output'];
  kind: RiskAlertKind;
  /** 待核实 */
  open: Scalars['Int']['output'];
  /** 多发金额合计（分，不含已排除） */
  overpaidAmount: Scalars['Int']['output'];
  /** 已追回金额合计（分） */
  recoveredAmount: Scalars['Int']['output'];
  /** 应追回金额合计（分） */
  recoveryAmount: Scalars['Int']['output'];
};

/** 追回记录 */
export type RiskRecovery = {
  __typename?: 'RiskRecovery';
  /** 金额（分） */
  amount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTimeISO']['output'];
  recordedByName: Scalars['String']['output'];
};

/** 风险扫描结果 */
export type RiskScanResult = {
  __typename?: 'RiskScanResult';
  /** 耗时（毫秒） */
  durationMs: Scalars['Int']['output'];
  /** 新增预警 */
  raised: Scalars['Int']['output'];
  /** 依据有变、已更新的预警 */
  refreshed: Scalars['Int']['output'];
};

/** 敏感字段 */
export type SensitiveField =
  | 'BANK_ACCOUNT'
  | 'ID_NUMBER'
  | 'PHONE';

/** 短信发送状态 */
export type SmsStatus =
  | 'NONE'
  | 'PENDING'
  | 'SENT'
  | 'SKIPPED';

/** 账号及一次性初始密码（仅显示这一次） */
export type StaffCredentials = {
  __typename?: 'StaffCredentials';
  staff: StaffUser;
  /** 临时密码：请当面或电话告知本人，首次登录后修改 */
  temporaryPassword: Scalars['String']['output'];
};

/** 工作人员查询条件 */
export type StaffFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所属单位（含下级） */
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 用户名或姓名（前缀） */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type StaffList = {
  __typename?: 'StaffList';
  items: Array<StaffUser>;
  nextCursor?: Maybe<Scalars['String']['output']>;
  total: Scalars['Int']['output'];
};

/** 工作人员角色 */
export type StaffRole =
  | 'ADMIN'
  | 'STAFF'
  | 'VIEWER';

/** 工作人员 */
export type StaffUser = {
  __typename?: 'StaffUser';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 所属单位 */
  orgUnit: OrgUnit;
  role: StaffRole;
  username: Scalars['String']['output'];
};

/** 暂停发放原因 */
export type SuspensionReason =
  | 'CERTIFICATION_LAPSED';

/** 暂停发放处理状态 */
export type SuspensionStatus =
  | 'PROPOSED'
  | 'RESTORED'
  | 'SUSPENDED'
  | 'WITHDRAWN';

/** 暂停发放（生存认证过期）汇总 */
export type SuspensionSummary = {
  __typename?: 'SuspensionSummary';
  /** 补发金额合计（分） */
  backPayAmount: Scalars['Int']['output'];
  /** 拟暂停，待决定 */
  proposed: Scalars['Int']['output'];
  /** 已恢复发放 */
  restored: Scalars['Int']['output'];
  /** 已暂停 */
  suspended: Scalars['Int']['output'];
  /** 未暂停（决定前已认证，或决定不暂停） */
  withdrawn: Scalars['Int']['output'];
};

/** 工作任务 */
export type Task = {
  __typename?: 'Task';
  /** 当前用户可执行的操作：SIGN / COMPLETE / RETURN / EVALUATE / CANCEL */
  allowedActions: Array<Scalars['String']['output']>;
  /** 指定承办人 */
  assigneeStaffName?: Maybe<Scalars['String']['output']>;
  /** 承办单位 */
  assigneeUnit: OrgUnit;
  /** 办结时上传的照片和文件 */
  attachments: Array<Attachment>;
  /** 批量派发批次 */
  batchId?: Maybe<Scalars['String']['output']>;
  completedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  completedByName?: Maybe<Scalars['String']['output']>;
  /** 是否按期办结 */
  completedOnTime?: Maybe<Scalars['Boolean']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** 派发人（系统任务为"系统"） */
  creatorName: Scalars['String']['output'];
  /** 派发单位 */
  creatorUnit: OrgUnit;
  /** 办理期限（含当日） */
  dueDate: Scalars['String']['output'];
  evaluatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  evaluatedByName?: Maybe<Scalars['String']['output']>;
  /** 评价意见 */
  evaluationComment?: Maybe<Scalars['String']['output']>;
  /** 办理情况反馈 */
  feedback?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 工作要求 */
  instructions: Scalars['String']['output'];
  outcome?: Maybe<TaskOutcome>;
  /** 已逾期未办结 */
  overdue: Scalars['Boolean']['output'];
  priority: TaskPriority;
  /** 涉及的退休人员数 */
  retireeCount: Scalars['Int']['output'];
  /** 涉及的退休人员（最多 limit 人） */
  retirees: Array<Retiree>;
  /** 被退回次数 */
  returnCount: Scalars['Int']['output'];
  /** 最近一次退回的原因 */
  returnReason?: Maybe<Scalars['String']['output']>;
  /** 评分（1–5） */
  score?: Maybe<Scalars['Int']['output']>;
  /** 签领期限（派发后 1 个工作日内） */
  signDeadline: Scalars['DateTimeISO']['output'];
  signedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  signedByName?: Maybe<Scalars['String']['output']>;
  /** 是否在 1 个工作日内签领 */
  signedOnTime?: Maybe<Scalars['Boolean']['output']>;
  /** 系统任务的来源 */
  source?: Maybe<TaskSource>;
  status: TaskStatus;
  /** 流转记录 */
  timeline: Array<TaskEvent>;
  title: Scalars['String']['output'];
  type: TaskType;
};


/** 工作任务 */
export type TaskRetireesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** 一次批量派发 */
export type TaskBatch = {
  __typename?: 'TaskBatch';
  batchId: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  doneCount: Scalars['Int']['output'];
  dueDate: Scalars['String']['output'];
  retireeCount: Scalars['Int']['output'];
  taskCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** 任务分组 */
export type TaskBox =
  | 'ASSIGNED_BY_US'
  | 'INBOX'
  | 'IN_PROGRESS'
  | 'OVERDUE'
  | 'TO_EVALUATE'
  | 'TO_SIGN';

/** 任务流转记录 */
export type TaskEvent = {
  __typename?: 'TaskEvent';
  /** 操作人 */
  actorName: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: TaskEventKind;
  note?: Maybe<Scalars['String']['output']>;
};

/** 任务流转环节 */
export type TaskEventKind =
  | 'ASSIGNED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'EVALUATED'
  | 'RETURNED'
  | 'SIGNED';

/** 办结反馈 */
export type TaskFeedbackInput = {
  /** 已上传的照片或文件 */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 办理情况（部分完成或无法完成时必填） */
  notes?: InputMaybe<Scalars['String']['input']>;
  outcome: TaskOutcome;
};

/** 任务查询条件 */
export type TaskFilter = {
  /** 批量派发批次 */
  batchId?: InputMaybe<Scalars['String']['input']>;
  /** 不填为管辖范围内全部任务 */
  box?: InputMaybe<TaskBox>;
  /** 承办单位（含下级） */
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 只看已逾期 */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** 涉及的退休人员 */
  retireeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<TaskStatus>>;
  type?: InputMaybe<TaskType>;
};

/** 我的待办数量 */
export type TaskInboxCounts = {
  __typename?: 'TaskInboxCounts';
  /** 办理中（含被退回） */
  inProgress: Scalars['Int']['output'];
  /** 已逾期 */
  overdue: Scalars['Int']['output'];
  /** 本单位派发、待评价 */
  toEvaluate: Scalars['Int']['output'];
  /** 待签领 */
  toSign: Scalars['Int']['output'];
};

export type TaskList = {
  __typename?: 'TaskList';
  items: Array<Task>;
  /** 下一页游标；没有更多时为空 */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** 符合条件的任务数 */
  total: Scalars['Int']['output'];
};

/** 办理结果 */
export type TaskOutcome =
  | 'COMPLETED'
  | 'PARTIAL'
  | 'UNABLE';

/** 紧急程度 */
export type TaskPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** 派发任务按承办单位的进度 */
export type TaskProgressRow = {
  __typename?: 'TaskProgressRow';
  /** 待签领 */
  assigned: Scalars['Int']['output'];
  /** 办结率 */
  completionRate: Scalars['Float']['output'];
  /** 已办结（含已评价） */
  done: Scalars['Int']['output'];
  /** 办理中（含被退回） */
  inProgress: Scalars['Int']['output'];
  orgUnit: OrgUnit;
  /** 已逾期未办结 */
  overdue: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** 系统任务的来源 */
export type TaskSource = {
  __typename?: 'TaskSource';
  /** 随来源业务办结，不能在任务中直接办结 */
  closedBySource: Scalars['Boolean']['output'];
  id: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  /** 来源说明 */
  label: Scalars['String']['output'];
  /** 在管理端处理的页面 */
  link?: Maybe<Scalars['String']['output']>;
};

/** 任务状态 */
export type TaskStatus =
  | 'ASSIGNED'
  | 'CANCELLED'
  | 'DONE'
  | 'EVALUATED'
  | 'RETURNED'
  | 'SIGNED';

/** 任务类型 */
export type TaskType =
  | 'CERTIFICATION_VISIT'
  | 'COMMUNITY_TRANSFER'
  | 'DATA_CHECK'
  | 'GENERAL'
  | 'INFO_DISPUTE'
  | 'NEW_RETIREE'
  | 'RISK_VERIFICATION'
  | 'VISIT';

/** 转移申请人 */
export type TransferApplicant = {
  __typename?: 'TransferApplicant';
  birthDate: Scalars['String']['output'];
  gender: Gender;
  id: Scalars['ID']['output'];
  /** 身份证号（脱敏） */
  idNumberMasked: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** 联系电话（脱敏） */
  phoneMasked?: Maybe<Scalars['String']['output']>;
};

/** 转出或转入 */
export type TransferDirection =
  | 'INCOMING'
  | 'OUTGOING';

/** 社区转移查询条件 */
export type TransferFilter = {
  /** 相对所选区域（不填为本人区域）的转出或转入；不填为两者 */
  direction?: InputMaybe<TransferDirection>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  retireeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<TransferStatus>>;
};

/** 申请社区转移；本人申请时不填 retireeId */
export type TransferRequestInput = {
  /** 新居住地址 */
  newAddress: Scalars['String']['input'];
  /** 转移原因 */
  reason: Scalars['String']['input'];
  /** 工作人员代为申请时的退休人员 */
  retireeId?: InputMaybe<Scalars['ID']['input']>;
  /** 转入社区 */
  toCommunityId: Scalars['ID']['input'];
};

/** 社区转移状态 */
export type TransferStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PENDING_ORIGIN'
  | 'PENDING_TARGET'
  | 'REJECTED_BY_ORIGIN'
  | 'REJECTED_BY_TARGET';

/** 当前登录者 */
export type Viewer = {
  __typename?: 'Viewer';
  clientId?: Maybe<Scalars['String']['output']>;
  /** 显示名称 */
  displayName: Scalars['String']['output'];
  kind: ActorKind;
  /** 所属单位（工作人员）或管理社区（退休人员） */
  orgUnit?: Maybe<OrgUnit>;
  /** 权限 */
  permissions: Array<Scalars['String']['output']>;
  retireeId?: Maybe<Scalars['ID']['output']>;
  role?: Maybe<StaffRole>;
  staff?: Maybe<StaffUser>;
};

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type ViewerFieldsFragment = { __typename?: 'Viewer', kind: ActorKind, displayName: string, role?: StaffRole | null, permissions: Array<string>, orgUnit?: { __typename?: 'OrgUnit', id: string, name: string, level: OrgLevel } | null, staff?: { __typename?: 'StaffUser', id: string, username: string } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', kind: ActorKind, displayName: string, role?: StaffRole | null, permissions: Array<string>, orgUnit?: { __typename?: 'OrgUnit', id: string, name: string, level: OrgLevel } | null, staff?: { __typename?: 'StaffUser', id: string, username: string } | null } | null };

export type AuditLogQueryVariables = Exact<{
  filter?: InputMaybe<AuditLogFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditLogList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'AuditEntry', id: string, at: string, action: AuditAction, field?: SensitiveField | null, actorKind: ActorKind, actorName: string, actorOrgName?: string | null, actorRole?: string | null, retireeId?: string | null, retireeName?: string | null, reason: string }> } };

export type ChangeMyPasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangeMyPasswordMutation = { __typename?: 'Mutation', changeMyPassword: boolean };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', expiresAt: string } };

export type CertificationSummaryQueryVariables = Exact<{
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CertificationSummaryQuery = { __typename?: 'Query', certificationSummary: { __typename?: 'CertificationSummary', active: number, valid: number, dueSoon: number, expired: number, never: number, blocked: number, passive: number, face: number, visit: number } };

export type CertificationByAreaQueryVariables = Exact<{
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CertificationByAreaQuery = { __typename?: 'Query', certificationByArea: Array<{ __typename?: 'CertificationAreaRow', orgUnitId: string, name: string, level: OrgLevel, active: number, valid: number, dueSoon: number, expired: number, never: number, blocked: number, passive: number, face: number, visit: number }> };

export type CertificationsQueryVariables = Exact<{
  filter: CertificationListFilter;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CertificationsQuery = { __typename?: 'Query', certifications: { __typename?: 'CertificationList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'Certification', status: CertificationStatus, validUntil?: string | null, method?: CertificationMethod | null, certifiedOn?: string | null, score?: number | null, blockedReason?: string | null, evidence: Array<{ __typename?: 'CertificationEvidence', date: string, text: string }>, retiree?: { __typename?: 'Retiree', id: string, name: string, age: number, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null }> } };

export type RetireeCertificationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetireeCertificationQuery = { __typename?: 'Query', retiree?: { __typename?: 'Retiree', id: string, certification?: { __typename?: 'Certification', status: CertificationStatus, validUntil?: string | null, method?: CertificationMethod | null, certifiedOn?: string | null, score?: number | null, blockedReason?: string | null, evidence: Array<{ __typename?: 'CertificationEvidence', date: string, text: string }> } | null, certificationRecords: Array<{ __typename?: 'CertificationRecord', id: string, method: CertificationMethod, passed: boolean, certifiedOn: string, score?: number | null, liveness?: number | null, similarity?: number | null, createdAt: string }>, paymentSuspensions: Array<{ __typename?: 'PaymentSuspension', id: string, status: SuspensionStatus, summary: string, fromPeriod?: string | null, resumePeriod?: string | null, proposedAt: string }> } | null };

export type ConfirmationStatsQueryVariables = Exact<{
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConfirmationStatsQuery = { __typename?: 'Query', infoConfirmationStats: Array<{ __typename?: 'ConfirmationStats', retirees: number, sent: number, pending: number, confirmed: number, disputed: number, resolved: number, completionRate: number, orgUnit: { __typename?: 'OrgUnit', id: string, name: string, level: OrgLevel } }> };

export type SendInfoConfirmationsMutationVariables = Exact<{
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SendInfoConfirmationsMutation = { __typename?: 'Mutation', sendInfoConfirmations: number };

export type InfoDisputesQueryVariables = Exact<{
  filter?: InputMaybe<DisputeFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InfoDisputesQuery = { __typename?: 'Query', infoDisputes: { __typename?: 'InfoDisputeList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'InfoDispute', id: string, field: ConfirmableField, label: string, sentValue?: string | null, comment?: string | null, proposedValue?: string | null, correctable: boolean, status: DisputeStatus, createdAt: string, resolutionNote?: string | null, resolvedAt?: string | null, resolvedByName?: string | null, retiree?: { __typename?: 'Retiree', id: string, name: string, community?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null }> } };

export type ResolveInfoDisputeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResolveDisputeInput;
}>;


export type ResolveInfoDisputeMutation = { __typename?: 'Mutation', resolveInfoDispute: { __typename?: 'InfoDispute', id: string, status: DisputeStatus, resolutionNote?: string | null, resolvedAt?: string | null, resolvedByName?: string | null } };

export type FamilyMembersQueryVariables = Exact<{
  filter?: InputMaybe<FamilyMemberFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FamilyMembersQuery = { __typename?: 'Query', familyMembers: { __typename?: 'FamilyMemberList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'FamilyMember', id: string, relation: string, name: string, idNumber?: string | null, phone?: string | null, isNextOfKin: boolean, isEmergencyContact: boolean, retiree?: { __typename?: 'Retiree', id: string, name: string, community?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null }> } };

export type FamilyRelationsQueryVariables = Exact<{ [key: string]: never; }>;


export type FamilyRelationsQuery = { __typename?: 'Query', familyRelations: Array<string> };

export type FamilyMemberFieldsFragment = { __typename?: 'FamilyMember', id: string, relation: string, name: string, idNumber?: string | null, phone?: string | null, isEmergencyContact: boolean, isNextOfKin: boolean };

export type AddFamilyMemberMutationVariables = Exact<{
  retireeId: Scalars['ID']['input'];
  input: FamilyMemberInput;
}>;


export type AddFamilyMemberMutation = { __typename?: 'Mutation', addFamilyMember: { __typename?: 'FamilyMember', id: string, relation: string, name: string, idNumber?: string | null, phone?: string | null, isEmergencyContact: boolean, isNextOfKin: boolean } };

export type UpdateFamilyMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FamilyMemberInput;
}>;


export type UpdateFamilyMemberMutation = { __typename?: 'Mutation', updateFamilyMember: { __typename?: 'FamilyMember', id: string, relation: string, name: string, idNumber?: string | null, phone?: string | null, isEmergencyContact: boolean, isNextOfKin: boolean } };

export type RemoveFamilyMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveFamilyMemberMutation = { __typename?: 'Mutation', removeFamilyMember: boolean };

export type ImportBatchFieldsFragment = { __typename?: 'ImportBatch', id: string, kind: ImportKind, channel: ImportChannel, status: ImportStatus, fileName?: string | null, received: number, inserted: number, updated: number, unchanged: number, rejected: number, warnings: number, submittedBy: string, createdAt: string, committedAt?: string | null, durationMs?: number | null, errorReportUrl?: string | null, outcome: { __typename?: 'ImportOutcome', placedInCommunity: number, awaitingPlacement: number, matched: number, pendingReview: number, unmatched: number }, changeSample: Array<{ __typename?: 'ImportChange', rowNo: number, action: string, subject: string, summary: string }> };

export type ImportBatchDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImportBatchDetailQuery = { __typename?: 'Query', importBatch: { __typename?: 'ImportBatch', id: string, kind: ImportKind, channel: ImportChannel, status: ImportStatus, fileName?: string | null, received: number, inserted: number, updated: number, unchanged: number, rejected: number, warnings: number, submittedBy: string, createdAt: string, committedAt?: string | null, durationMs?: number | null, errorReportUrl?: string | null, outcome: { __typename?: 'ImportOutcome', placedInCommunity: number, awaitingPlacement: number, matched: number, pendingReview: number, unmatched: number }, changeSample: Array<{ __typename?: 'ImportChange', rowNo: number, action: string, subject: string, summary: string }> } };

export type ImportBatchErrorsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  severity?: InputMaybe<ImportErrorSeverity>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportBatchErrorsQuery = { __typename?: 'Query', importBatch: { __typename?: 'ImportBatch', id: string, errors: { __typename?: 'ImportErrorList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'ImportError', id: string, rowNo: number, field?: string | null, column?: string | null, code: string, severity: ImportErrorSeverity, message: string, value?: string | null }> } } };

export type ImportBatchesQueryVariables = Exact<{
  filter?: InputMaybe<ImportBatchFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportBatchesQuery = { __typename?: 'Query', importBatches: { __typename?: 'ImportBatchList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'ImportBatch', id: string, kind: ImportKind, channel: ImportChannel, status: ImportStatus, fileName?: string | null, received: number, inserted: number, updated: number, unchanged: number, rejected: number, warnings: number, submittedBy: string, createdAt: string, durationMs?: number | null }> } };

export type CommitImportBatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommitImportBatchMutation = { __typename?: 'Mutation', commitImportBatch: { __typename?: 'ImportBatch', id: string, kind: ImportKind, channel: ImportChannel, status: ImportStatus, fileName?: string | null, received: number, inserted: number, updated: number, unchanged: number, rejected: number, warnings: number, submittedBy: string, createdAt: string, committedAt?: string | null, durationMs?: number | null, errorReportUrl?: string | null, outcome: { __typename?: 'ImportOutcome', placedInCommunity: number, awaitingPlacement: number, matched: number, pendingReview: number, unmatched: number }, changeSample: Array<{ __typename?: 'ImportChange', rowNo: number, action: string, subject: string, summary: string }> } };

export type DiscardImportBatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DiscardImportBatchMutation = { __typename?: 'Mutation', discardImportBatch: { __typename?: 'ImportBatch', id: string, kind: ImportKind, channel: ImportChannel, status: ImportStatus, fileName?: string | null, received: number, inserted: number, updated: number, unchanged: number, rejected: number, warnings: number, submittedBy: string, createdAt: string, committedAt?: string | null, durationMs?: number | null, errorReportUrl?: string | null, outcome: { __typename?: 'ImportOutcome', placedInCommunity: number, awaitingPlacement: number, matched: number, pendingReview: number, unmatched: number }, changeSample: Array<{ __typename?: 'ImportChange', rowNo: number, action: string, subject: string, summary: string }> } };

export type RetireesAwaitingPlacementQueryVariables = Exact<{
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RetireesAwaitingPlacementQuery = { __typename?: 'Query', retireesAwaitingPlacement: { __typename?: 'RetireeList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'Retiree', id: string, name: string, gender: Gender, idNumber: string, hukouAddress?: string | null, residenceAddress?: string | null, placementNote?: string | null, createdAt: string, township?: { __typename?: 'OrgUnit', id: string, name: string } | null }> } };

export type PlaceRetireeMutationVariables = Exact<{
  retireeId: Scalars['ID']['input'];
  communityId: Scalars['ID']['input'];
}>;


export type PlaceRetireeMutation = { __typename?: 'Mutation', placeRetiree: { __typename?: 'Retiree', id: string, placementNote?: string | null, checkedInAt?: string | null, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } };

export type LifeEventReviewsQueryVariables = Exact<{
  filter?: InputMaybe<LifeEventFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LifeEventReviewsQuery = { __typename?: 'Query', lifeEvents: { __typename?: 'LifeEventList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'LifeEvent', id: string, source: LifeEventSource, kind: LifeEventKind, sourceRecordId: string, idNumber?: string | null, name: string, birthDate?: string | null, eventDate: string, details?: string | null, matchStatus: LifeEventMatch, matchNote?: string | null, receivedAt: string, revision: number, candidates: Array<{ __typename?: 'LifeEventCandidate', reason: string, retiree: { __typename?: 'Retiree', id: string, name: string, idNumber: string, birthDate: string, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } }> }> } };

export type ConfirmLifeEventMatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  retireeId: Scalars['ID']['input'];
}>;


export type ConfirmLifeEventMatchMutation = { __typename?: 'Mutation', confirmLifeEventMatch: { __typename?: 'LifeEvent', id: string, matchStatus: LifeEventMatch, matchNote?: string | null, reviewedByName?: string | null, reviewedAt?: string | null } };

export type RejectLifeEventMatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type RejectLifeEventMatchMutation = { __typename?: 'Mutation', rejectLifeEventMatch: { __typename?: 'LifeEvent', id: string, matchStatus: LifeEventMatch, matchNote?: string | null, reviewedByName?: string | null, reviewedAt?: string | null } };

export type RetireeLifeEventsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RetireeLifeEventsQuery = { __typename?: 'Query', retiree?: { __typename?: 'Retiree', id: string, lifeEvents: Array<{ __typename?: 'LifeEvent', id: string, source: LifeEventSource, kind: LifeEventKind, eventDate: string, details?: string | null, matchStatus: LifeEventMatch, matchNote?: string | null, receivedAt: string }> } | null };

export type OrgTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgTreeQuery = { __typename?: 'Query', orgUnits: Array<{ __typename?: 'OrgUnit', id: string, name: string, parentId?: string | null, code: string, level: OrgLevel, kind?: string | null, contactName?: string | null, contactPhone?: string | null, address?: string | null, retireeCount: number }> };

export type PerformanceRowFieldsFragment = { __typename?: 'PerformanceRow', rank: number, name: string, staffId?: string | null, received: number, signedOnTime: number, signedOnTimeRate?: number | null, completed: number, completedOnTime: number, onTimeRate?: number | null, overdue: number, evaluated: number, averageScore?: number | null, retirees?: number | null, infoConfirmedRate?: number | null, certifiedRate?: number | null, orgUnit?: { __typename?: 'OrgUnit', id: string, name: string, level: OrgLevel } | null };

export type PerformanceQueryVariables = Exact<{
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type PerformanceQuery = { __typename?: 'Query', performance: { __typename?: 'PerformanceReport', breakdown: string, from: string, to: string, orgUnit: { __typename?: 'OrgUnit', id: string, name: string, level: OrgLevel, parent?: { __typename?: 'OrgUnit', id: string, name: string, level: OrgLevel, parent?: { __typename?: 'OrgUnit', id: string, name: string, level: OrgLevel } | null } | null }, rows: Array<{ __typename?: 'PerformanceRow', rank: number, name: string, staffId?: string | null, received: number, signedOnTime: number, signedOnTimeRate?: number | null, completed: number, completedOnTime: number, onTimeRate?: number | null, overdue: number, evaluated: number, averageScore?: number | null, retirees?: number | null, infoConfirmedRate?: number | null, certifiedRate?: number | null, orgUnit?: { __typename?: 'OrgUnit', id: string, name: string, level: OrgLevel } | null }>, total: { __typename?: 'PerformanceRow', rank: number, name: string, staffId?: string | null, received: number, signedOnTime: number, signedOnTimeRate?: number | null, completed: number, completedOnTime: number, onTimeRate?: number | null, overdue: number, evaluated: number, averageScore?: number | null, retirees?: number | null, infoConfirmedRate?: number | null, certifiedRate?: number | null, orgUnit?: { __typename?: 'OrgUnit', id: string, name: string, level: OrgLevel } | null } } };

export type RetireePosthumousCaseFragment = { __typename?: 'PosthumousCase', id: string, status: CaseStatus, deathDate: string, notifiedRelative?: string | null, notifiedAt?: string | null, openedAt: string, closedAt?: string | null, items: Array<{ __typename?: 'PosthumousCaseItem', id: string, status: CaseItemStatus }> };

export type PosthumousCasesQueryVariables = Exact<{
  filter?: InputMaybe<PosthumousCaseFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PosthumousCasesQuery = { __typename?: 'Query', posthumousCases: { __typename?: 'PosthumousCaseList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'PosthumousCase', id: string, status: CaseStatus, deathDate: string, notifiedRelative?: string | null, notifiedAt?: string | null, openedAt: string, closedAt?: string | null, retiree?: { __typename?: 'Retiree', id: string, name: string, community?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null, items: Array<{ __typename?: 'PosthumousCaseItem', id: string, status: CaseItemStatus }> }> } };

export type PosthumousCaseFieldsFragment = { __typename?: 'PosthumousCase', id: string, status: CaseStatus, allowedActions: Array<string>, deathDate: string, riskAlertId?: string | null, notifiedRelative?: string | null, notificationText?: string | null, notifiedAt?: string | null, openedByName: string, openedAt: string, closedAt?: string | null, retiree?: { __typename?: 'Retiree', id: string, name: string, idNumber: string, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null, items: Array<{ __typename?: 'PosthumousCaseItem', id: string, allowedActions: Array<string>, kind: CaseItemKind, department: Department, status: CaseItemStatus, amount?: number | null, basis?: string | null, reference?: string | null, note?: string | null, sentAt?: string | null, doneAt?: string | null, doneByName?: string | null }>, timeline: Array<{ __typename?: 'PosthumousCaseEvent', id: string, actorName: string, text: string, at: string }> };

export type PosthumousCaseDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PosthumousCaseDetailQuery = { __typename?: 'Query', posthumousCase: { __typename?: 'PosthumousCase', id: string, status: CaseStatus, allowedActions: Array<string>, deathDate: string, riskAlertId?: string | null, notifiedRelative?: string | null, notificationText?: string | null, notifiedAt?: string | null, openedByName: string, openedAt: string, closedAt?: string | null, retiree?: { __typename?: 'Retiree', id: string, name: string, idNumber: string, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null, items: Array<{ __typename?: 'PosthumousCaseItem', id: string, allowedActions: Array<string>, kind: CaseItemKind, department: Department, status: CaseItemStatus, amount?: number | null, basis?: string | null, reference?: string | null, note?: string | null, sentAt?: string | null, doneAt?: string | null, doneByName?: string | null }>, timeline: Array<{ __typename?: 'PosthumousCaseEvent', id: string, actorName: string, text: string, at: string }> } };

export type CompleteCaseItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CaseItemResultInput;
}>;


export type CompleteCaseItemMutation = { __typename?: 'Mutation', completeCaseItem: { __typename?: 'PosthumousCaseItem', id: string, status: CaseItemStatus, amount?: number | null, reference?: string | null, note?: string | null, doneAt?: string | null, doneByName?: string | null, allowedActions: Array<string> } };

export type NotifyCaseNextOfKinMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NotifyCaseNextOfKinMutation = { __typename?: 'Mutation', notifyCaseNextOfKin: { __typename?: 'PosthumousCase', id: string, status: CaseStatus, allowedActions: Array<string>, deathDate: string, riskAlertId?: string | null, notifiedRelative?: string | null, notificationText?: string | null, notifiedAt?: string | null, openedByName: string, openedAt: string, closedAt?: string | null, retiree?: { __typename?: 'Retiree', id: string, name: string, idNumber: string, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null, items: Array<{ __typename?: 'PosthumousCaseItem', id: string, allowedActions: Array<string>, kind: CaseItemKind, department: Department, status: CaseItemStatus, amount?: number | null, basis?: string | null, reference?: string | null, note?: string | null, sentAt?: string | null, doneAt?: string | null, doneByName?: string | null }>, timeline: Array<{ __typename?: 'PosthumousCaseEvent', id: string, actorName: string, text: string, at: string }> } };

export type RetireeDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetireeDetailQuery = { __typename?: 'Query', retiree?: { __typename?: 'Retiree', id: string, name: string, gender: Gender, birthDate: string, age: number, idNumber: string, phone?: string | null, employer?: string | null, hukouAddress?: string | null, residenceAddress?: string | null, bankName?: string | null, bankAccount?: string | null, citizenCardNo?: string | null, retirementDate: string, monthlyPension: number, status: RetireeStatus, version: number, updatedAt: string, placementNote?: string | null, checkedInAt?: string | null, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null, posthumousCase?: { __typename?: 'PosthumousCase', id: string, status: CaseStatus, deathDate: string, notifiedRelative?: string | null, notifiedAt?: string | null, openedAt: string, closedAt?: string | null, items: Array<{ __typename?: 'PosthumousCaseItem', id: string, status: CaseItemStatus }> } | null, familyMembers: Array<{ __typename?: 'FamilyMember', id: string, relation: string, name: string, idNumber?: string | null, phone?: string | null, isEmergencyContact: boolean, isNextOfKin: boolean }>, payments: Array<{ __typename?: 'PensionPayment', id: string, period: string, amount: number, paidDate: string }>, history: Array<{ __typename?: 'RetireeChange', id: string, field: string, oldValue?: string | null, newValue?: string | null, source: ChangeSource, actorName?: string | null, changedAt: string, note?: string | null }> } | null };

export type UpdateRetireeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: RetireeUpdateInput;
  note?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateRetireeMutation = { __typename?: 'Mutation', updateRetiree: { __typename?: 'Retiree', id: string, name: string, phone?: string | null, employer?: string | null, hukouAddress?: string | null, residenceAddress?: string | null, bankName?: string | null, bankAccount?: string | null, citizenCardNo?: string | null, version: number, updatedAt: string, history: Array<{ __typename?: 'RetireeChange', id: string, field: string, oldValue?: string | null, newValue?: string | null, source: ChangeSource, actorName?: string | null, changedAt: string, note?: string | null }> } };

export type RetireeListQueryVariables = Exact<{
  filter?: InputMaybe<RetireeFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RetireeListQuery = { __typename?: 'Query', retirees: { __typename?: 'RetireeList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'Retiree', id: string, name: string, gender: Gender, age: number, idNumber: string, retirementDate: string, monthlyPension: number, status: RetireeStatus, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null }> } };

export type RetireeMessagesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetireeMessagesQuery = { __typename?: 'Query', retiree?: { __typename?: 'Retiree', id: string, latestInfoConfirmation?: { __typename?: 'InfoConfirmation', id: string, status: ConfirmationStatus, sentAt: string, respondedAt?: string | null, resolvedAt?: string | null, disputes: Array<{ __typename?: 'InfoDispute', id: string, label: string, status: DisputeStatus, resolvedByName?: string | null }> } | null, notifications: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, createdAt: string, smsStatus: SmsStatus, readAt?: string | null }> } | null };

export type RevealIdNumberMutationVariables = Exact<{
  retireeId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RevealIdNumberMutation = { __typename?: 'Mutation', revealIdNumber: string };

export type RevealPhoneMutationVariables = Exact<{
  retireeId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RevealPhoneMutation = { __typename?: 'Mutation', revealPhone: string };

export type RevealBankAccountMutationVariables = Exact<{
  retireeId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RevealBankAccountMutation = { __typename?: 'Mutation', revealBankAccount: string };

export type RiskSummaryQueryVariables = Exact<{
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RiskSummaryQuery = { __typename?: 'Query', riskSummary: Array<{ __typename?: 'RiskKindSummary', kind: RiskAlertKind, open: number, confirmed: number, closed: number, dismissed: number, overpaidAmount: number, recoveryAmount: number, recoveredAmount: number }> };

export type RiskAlertsQueryVariables = Exact<{
  filter?: InputMaybe<RiskAlertFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RiskAlertsQuery = { __typename?: 'Query', riskAlerts: { __typename?: 'RiskAlertList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'RiskAlert', id: string, kind: RiskAlertKind, status: RiskAlertStatus, summary: string, overpaidAmount: number, raisedAt: string, retiree?: { __typename?: 'Retiree', id: string, name: string, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null }> } };

export type RiskAlertFieldsFragment = { __typename?: 'RiskAlert', id: string, kind: RiskAlertKind, status: RiskAlertStatus, summary: string, eventDate?: string | null, overpaidPeriods: Array<string>, overpaidAmount: number, recoveryAmount?: number | null, recoveredAmount: number, stopFromPeriod?: string | null, raisedAt: string, lastSeenAt: string, verificationNote?: string | null, verifiedByName?: string | null, verifiedAt?: string | null, decisionNote?: string | null, decidedByName?: string | null, decidedAt?: string | null, closedAt?: string | null, allowedActions: Array<string>, evidence: Array<{ __typename?: 'RiskEvidence', date?: string | null, text: string }>, verificationTask?: { __typename?: 'Task', id: string, status: TaskStatus, assigneeUnit: { __typename?: 'OrgUnit', id: string, name: string } } | null, recoveries: Array<{ __typename?: 'RiskRecovery', id: string, amount: number, note?: string | null, recordedByName: string, recordedAt: string }>, posthumousCase?: { __typename?: 'PosthumousCase', id: string, status: CaseStatus } | null, retiree?: { __typename?: 'Retiree', id: string, name: string, idNumber: string, status: RetireeStatus, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null };

export type RiskAlertDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RiskAlertDetailQuery = { __typename?: 'Query', riskAlert: { __typename?: 'RiskAlert', id: string, kind: RiskAlertKind, status: RiskAlertStatus, summary: string, eventDate?: string | null, overpaidPeriods: Array<string>, overpaidAmount: number, recoveryAmount?: number | null, recoveredAmount: number, stopFromPeriod?: string | null, raisedAt: string, lastSeenAt: string, verificationNote?: string | null, verifiedByName?: string | null, verifiedAt?: string | null, decisionNote?: string | null, decidedByName?: string | null, decidedAt?: string | null, closedAt?: string | null, allowedActions: Array<string>, evidence: Array<{ __typename?: 'RiskEvidence', date?: string | null, text: string }>, verificationTask?: { __typename?: 'Task', id: string, status: TaskStatus, assigneeUnit: { __typename?: 'OrgUnit', id: string, name: string } } | null, recoveries: Array<{ __typename?: 'RiskRecovery', id: string, amount: number, note?: string | null, recordedByName: string, recordedAt: string }>, posthumousCase?: { __typename?: 'PosthumousCase', id: string, status: CaseStatus } | null, retiree?: { __typename?: 'Retiree', id: string, name: string, idNumber: string, status: RetireeStatus, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null } };

export type ConfirmRiskAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ConfirmRiskAlertInput;
}>;


export type ConfirmRiskAlertMutation = { __typename?: 'Mutation', confirmRiskAlert: { __typename?: 'RiskAlert', id: string, kind: RiskAlertKind, status: RiskAlertStatus, summary: string, eventDate?: string | null, overpaidPeriods: Array<string>, overpaidAmount: number, recoveryAmount?: number | null, recoveredAmount: number, stopFromPeriod?: string | null, raisedAt: string, lastSeenAt: string, verificationNote?: string | null, verifiedByName?: string | null, verifiedAt?: string | null, decisionNote?: string | null, decidedByName?: string | null, decidedAt?: string | null, closedAt?: string | null, allowedActions: Array<string>, evidence: Array<{ __typename?: 'RiskEvidence', date?: string | null, text: string }>, verificationTask?: { __typename?: 'Task', id: string, status: TaskStatus, assigneeUnit: { __typename?: 'OrgUnit', id: string, name: string } } | null, recoveries: Array<{ __typename?: 'RiskRecovery', id: string, amount: number, note?: string | null, recordedByName: string, recordedAt: string }>, posthumousCase?: { __typename?: 'PosthumousCase', id: string, status: CaseStatus } | null, retiree?: { __typename?: 'Retiree', id: string, name: string, idNumber: string, status: RetireeStatus, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null } };

export type DismissRiskAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type DismissRiskAlertMutation = { __typename?: 'Mutation', dismissRiskAlert: { __typename?: 'RiskAlert', id: string, kind: RiskAlertKind, status: RiskAlertStatus, summary: string, eventDate?: string | null, overpaidPeriods: Array<string>, overpaidAmount: number, recoveryAmount?: number | null, recoveredAmount: number, stopFromPeriod?: string | null, raisedAt: string, lastSeenAt: string, verificationNote?: string | null, verifiedByName?: string | null, verifiedAt?: string | null, decisionNote?: string | null, decidedByName?: string | null, decidedAt?: string | null, closedAt?: string | null, allowedActions: Array<string>, evidence: Array<{ __typename?: 'RiskEvidence', date?: string | null, text: string }>, verificationTask?: { __typename?: 'Task', id: string, status: TaskStatus, assigneeUnit: { __typename?: 'OrgUnit', id: string, name: string } } | null, recoveries: Array<{ __typename?: 'RiskRecovery', id: string, amount: number, note?: string | null, recordedByName: string, recordedAt: string }>, posthumousCase?: { __typename?: 'PosthumousCase', id: string, status: CaseStatus } | null, retiree?: { __typename?: 'Retiree', id: string, name: string, idNumber: string, status: RetireeStatus, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null } };

export type RecordRecoveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  amount: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordRecoveryMutation = { __typename?: 'Mutation', recordRecovery: { __typename?: 'RiskAlert', id: string, kind: RiskAlertKind, status: RiskAlertStatus, summary: string, eventDate?: string | null, overpaidPeriods: Array<string>, overpaidAmount: number, recoveryAmount?: number | null, recoveredAmount: number, stopFromPeriod?: string | null, raisedAt: string, lastSeenAt: string, verificationNote?: string | null, verifiedByName?: string | null, verifiedAt?: string | null, decisionNote?: string | null, decidedByName?: string | null, decidedAt?: string | null, closedAt?: string | null, allowedActions: Array<string>, evidence: Array<{ __typename?: 'RiskEvidence', date?: string | null, text: string }>, verificationTask?: { __typename?: 'Task', id: string, status: TaskStatus, assigneeUnit: { __typename?: 'OrgUnit', id: string, name: string } } | null, recoveries: Array<{ __typename?: 'RiskRecovery', id: string, amount: number, note?: string | null, recordedByName: string, recordedAt: string }>, posthumousCase?: { __typename?: 'PosthumousCase', id: string, status: CaseStatus } | null, retiree?: { __typename?: 'Retiree', id: string, name: string, idNumber: string, status: RetireeStatus, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null } };

export type RunRiskScanMutationVariables = Exact<{ [key: string]: never; }>;


export type RunRiskScanMutation = { __typename?: 'Mutation', runRiskScan: { __typename?: 'RiskScanResult', raised: number, refreshed: number, durationMs: number } };

export type RetireeRiskAlertsQueryVariables = Exact<{
  filter?: InputMaybe<RiskAlertFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RetireeRiskAlertsQuery = { __typename?: 'Query', riskAlerts: { __typename?: 'RiskAlertList', total: number, items: Array<{ __typename?: 'RiskAlert', id: string, kind: RiskAlertKind, status: RiskAlertStatus, summary: string, overpaidAmount: number, raisedAt: string }> } };

export type CreateStaffUserMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type CreateStaffUserMutation = { __typename?: 'Mutation', createStaffUser: { __typename?: 'StaffCredentials', temporaryPassword: string, staff: { __typename?: 'StaffUser', id: string, username: string, displayName: string } } };

export type StaffListQueryVariables = Exact<{
  filter?: InputMaybe<StaffFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StaffListQuery = { __typename?: 'Query', staffUsers: { __typename?: 'StaffList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'StaffUser', id: string, username: string, displayName: string, role: StaffRole, active: boolean, lastLoginAt?: string | null, createdAt: string, orgUnit: { __typename?: 'OrgUnit', id: string, name: string } }> } };

export type SetStaffActiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
}>;


export type SetStaffActiveMutation = { __typename?: 'Mutation', setStaffActive: { __typename?: 'StaffUser', id: string, active: boolean } };

export type ResetStaffPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResetStaffPasswordMutation = { __typename?: 'Mutation', resetStaffPassword: { __typename?: 'StaffCredentials', temporaryPassword: string, staff: { __typename?: 'StaffUser', id: string, username: string, displayName: string } } };

export type SuspensionSummaryQueryVariables = Exact<{
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SuspensionSummaryQuery = { __typename?: 'Query', suspensionSummary: { __typename?: 'SuspensionSummary', proposed: number, suspended: number, restored: number, withdrawn: number, backPayAmount: number } };

export type PaymentSuspensionsQueryVariables = Exact<{
  filter?: InputMaybe<PaymentSuspensionFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PaymentSuspensionsQuery = { __typename?: 'Query', paymentSuspensions: { __typename?: 'PaymentSuspensionList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'PaymentSuspension', id: string, status: SuspensionStatus, summary: string, lapsedOn: string, noticedOn?: string | null, proposedAt: string, fromPeriod?: string | null, resumePeriod?: string | null, backPayAmount?: number | null, retiree?: { __typename?: 'Retiree', id: string, name: string, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null }> } };

export type PaymentSuspensionFieldsFragment = { __typename?: 'PaymentSuspension', id: string, status: SuspensionStatus, reason: SuspensionReason, summary: string, lapsedOn: string, noticedOn?: string | null, proposedAt: string, fromPeriod?: string | null, decisionNote?: string | null, decidedByName?: string | null, decidedAt?: string | null, certifiedOn?: string | null, certifiedBy?: CertificationMethod | null, resumePeriod?: string | null, backPayPeriods: Array<string>, monthlyAmount?: number | null, backPayAmount?: number | null, closedAt?: string | null, allowedActions: Array<string>, retiree?: { __typename?: 'Retiree', id: string, name: string, idNumber: string, status: RetireeStatus, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null };

export type PaymentSuspensionDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PaymentSuspensionDetailQuery = { __typename?: 'Query', paymentSuspension: { __typename?: 'PaymentSuspension', id: string, status: SuspensionStatus, reason: SuspensionReason, summary: string, lapsedOn: string, noticedOn?: string | null, proposedAt: string, fromPeriod?: string | null, decisionNote?: string | null, decidedByName?: string | null, decidedAt?: string | null, certifiedOn?: string | null, certifiedBy?: CertificationMethod | null, resumePeriod?: string | null, backPayPeriods: Array<string>, monthlyAmount?: number | null, backPayAmount?: number | null, closedAt?: string | null, allowedActions: Array<string>, retiree?: { __typename?: 'Retiree', id: string, name: string, idNumber: string, status: RetireeStatus, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null } };

export type ConfirmPaymentSuspensionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type ConfirmPaymentSuspensionMutation = { __typename?: 'Mutation', confirmPaymentSuspension: { __typename?: 'PaymentSuspension', id: string, status: SuspensionStatus, reason: SuspensionReason, summary: string, lapsedOn: string, noticedOn?: string | null, proposedAt: string, fromPeriod?: string | null, decisionNote?: string | null, decidedByName?: string | null, decidedAt?: string | null, certifiedOn?: string | null, certifiedBy?: CertificationMethod | null, resumePeriod?: string | null, backPayPeriods: Array<string>, monthlyAmount?: number | null, backPayAmount?: number | null, closedAt?: string | null, allowedActions: Array<string>, retiree?: { __typename?: 'Retiree', id: string, name: string, idNumber: string, status: RetireeStatus, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null } };

export type WithdrawPaymentSuspensionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type WithdrawPaymentSuspensionMutation = { __typename?: 'Mutation', withdrawPaymentSuspension: { __typename?: 'PaymentSuspension', id: string, status: SuspensionStatus, reason: SuspensionReason, summary: string, lapsedOn: string, noticedOn?: string | null, proposedAt: string, fromPeriod?: string | null, decisionNote?: string | null, decidedByName?: string | null, decidedAt?: string | null, certifiedOn?: string | null, certifiedBy?: CertificationMethod | null, resumePeriod?: string | null, backPayPeriods: Array<string>, monthlyAmount?: number | null, backPayAmount?: number | null, closedAt?: string | null, allowedActions: Array<string>, retiree?: { __typename?: 'Retiree', id: string, name: string, idNumber: string, status: RetireeStatus, community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null } | null } };

export type AssignTaskMutationVariables = Exact<{
  input: AssignTaskInput;
}>;


export type AssignTaskMutation = { __typename?: 'Mutation', assignTask: { __typename?: 'Task', id: string, title: string, status: TaskStatus } };

export type AssignableStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type AssignableStaffQuery = { __typename?: 'Query', assignableStaff: Array<{ __typename?: 'StaffUser', id: string, displayName: string, username: string }> };

export type PreviewBulkTasksQueryVariables = Exact<{
  criteria: BulkTaskCriteriaInput;
}>;


export type PreviewBulkTasksQuery = { __typename?: 'Query', previewBulkTasks: { __typename?: 'BulkTaskPreview', taskCount: number, retireeCount: number, communities: Array<{ __typename?: 'BulkTaskCommunity', retirees: number, orgUnit: { __typename?: 'OrgUnit', id: string, name: string } }> } };

export type AssignTasksInBulkMutationVariables = Exact<{
  input: BulkAssignInput;
}>;


export type AssignTasksInBulkMutation = { __typename?: 'Mutation', assignTasksInBulk: { __typename?: 'BulkAssignResult', batchId: string, taskCount: number, retireeCount: number } };

export type RetireeTasksQueryVariables = Exact<{
  filter?: InputMaybe<TaskFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RetireeTasksQuery = { __typename?: 'Query', tasks: { __typename?: 'TaskList', total: number, items: Array<{ __typename?: 'Task', id: string, title: string, type: TaskType, status: TaskStatus, dueDate: string, overdue: boolean }> } };

export type TaskBatchesQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TaskBatchesQuery = { __typename?: 'Query', taskBatches: Array<{ __typename?: 'TaskBatch', batchId: string, title: string, createdAt: string, dueDate: string, taskCount: number, retireeCount: number, doneCount: number }> };

export type TaskProgressQueryVariables = Exact<{
  batchId?: InputMaybe<Scalars['String']['input']>;
}>;


export type TaskProgressQuery = { __typename?: 'Query', taskProgress: Array<{ __typename?: 'TaskProgressRow', total: number, assigned: number, inProgress: number, done: number, overdue: number, completionRate: number, orgUnit: { __typename?: 'OrgUnit', id: string, name: string } }> };

export type TaskListQueryVariables = Exact<{
  filter?: InputMaybe<TaskFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TaskListQuery = { __typename?: 'Query', tasks: { __typename?: 'TaskList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'Task', id: string, title: string, type: TaskType, priority: TaskPriority, status: TaskStatus, dueDate: string, overdue: boolean, retireeCount: number, assigneeStaffName?: string | null, creatorUnit: { __typename?: 'OrgUnit', id: string, name: string }, assigneeUnit: { __typename?: 'OrgUnit', id: string, name: string } }> } };

export type TaskInboxCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskInboxCountsQuery = { __typename?: 'Query', taskInboxCounts: { __typename?: 'TaskInboxCounts', toSign: number, inProgress: number, overdue: number, toEvaluate: number } };

export type TaskDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TaskDetailQuery = { __typename?: 'Query', task: { __typename?: 'Task', id: string, title: string, type: TaskType, status: TaskStatus, priority: TaskPriority, instructions: string, dueDate: string, overdue: boolean, createdAt: string, creatorName: string, assigneeStaffName?: string | null, signDeadline: string, signedAt?: string | null, signedByName?: string | null, signedOnTime?: boolean | null, completedAt?: string | null, completedByName?: string | null, completedOnTime?: boolean | null, outcome?: TaskOutcome | null, feedback?: string | null, score?: number | null, evaluationComment?: string | null, evaluatedAt?: string | null, evaluatedByName?: string | null, returnReason?: string | null, returnCount: number, batchId?: string | null, retireeCount: number, allowedActions: Array<string>, creatorUnit: { __typename?: 'OrgUnit', id: string, name: string }, assigneeUnit: { __typename?: 'OrgUnit', id: string, name: string }, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, size: number, url: string }>, source?: { __typename?: 'TaskSource', kind: string, label: string, link?: string | null, closedBySource: boolean } | null, retirees: Array<{ __typename?: 'Retiree', id: string, name: string, gender: Gender, age: number, community?: { __typename?: 'OrgUnit', id: string, name: string } | null }>, timeline: Array<{ __typename?: 'TaskEvent', id: string, kind: TaskEventKind, actorName: string, at: string, note?: string | null }> } };

export type SignTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SignTaskMutation = { __typename?: 'Mutation', signTask: { __typename?: 'Task', id: string, status: TaskStatus, allowedActions: Array<string> } };

export type CompleteTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  feedback: TaskFeedbackInput;
}>;


export type CompleteTaskMutation = { __typename?: 'Mutation', completeTask: { __typename?: 'Task', id: string, status: TaskStatus, allowedActions: Array<string> } };

export type ReturnTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReturnTaskMutation = { __typename?: 'Mutation', returnTask: { __typename?: 'Task', id: string, status: TaskStatus, allowedActions: Array<string> } };

export type EvaluateTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  score: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvaluateTaskMutation = { __typename?: 'Mutation', evaluateTask: { __typename?: 'Task', id: string, status: TaskStatus, allowedActions: Array<string> } };

export type CancelTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CancelTaskMutation = { __typename?: 'Mutation', cancelTask: { __typename?: 'Task', id: string, status: TaskStatus, allowedActions: Array<string> } };

export type TransferDetailFieldsFragment = { __typename?: 'CommunityTransfer', id: string, status: TransferStatus, allowedActions: Array<string>, newAddress: string, reason: string, requestedByName: string, requestedByRetiree: boolean, createdAt: string, originReviewedAt?: string | null, originReviewerName?: string | null, originNote?: string | null, targetReviewedAt?: string | null, targetReviewerName?: string | null, targetNote?: string | null, completedAt?: string | null, cancelledAt?: string | null, applicant: { __typename?: 'TransferApplicant', id: string, name: string, gender: Gender, birthDate: string, idNumberMasked: string, phoneMasked?: string | null }, fromCommunity: { __typename?: 'OrgUnit', id: string, name: string }, fromTownship?: { __typename?: 'OrgUnit', id: string, name: string } | null, toCommunity: { __typename?: 'OrgUnit', id: string, name: string }, toTownship?: { __typename?: 'OrgUnit', id: string, name: string } | null };

export type CommunityTransferDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommunityTransferDetailQuery = { __typename?: 'Query', communityTransfer: { __typename?: 'CommunityTransfer', id: string, status: TransferStatus, allowedActions: Array<string>, newAddress: string, reason: string, requestedByName: string, requestedByRetiree: boolean, createdAt: string, originReviewedAt?: string | null, originReviewerName?: string | null, originNote?: string | null, targetReviewedAt?: string | null, targetReviewerName?: string | null, targetNote?: string | null, completedAt?: string | null, cancelledAt?: string | null, applicant: { __typename?: 'TransferApplicant', id: string, name: string, gender: Gender, birthDate: string, idNumberMasked: string, phoneMasked?: string | null }, fromCommunity: { __typename?: 'OrgUnit', id: string, name: string }, fromTownship?: { __typename?: 'OrgUnit', id: string, name: string } | null, toCommunity: { __typename?: 'OrgUnit', id: string, name: string }, toTownship?: { __typename?: 'OrgUnit', id: string, name: string } | null } };

export type CommunityTransfersQueryVariables = Exact<{
  filter?: InputMaybe<TransferFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CommunityTransfersQuery = { __typename?: 'Query', communityTransfers: { __typename?: 'CommunityTransferList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'CommunityTransfer', id: string, status: TransferStatus, createdAt: string, completedAt?: string | null, requestedByName: string, requestedByRetiree: boolean, applicant: { __typename?: 'TransferApplicant', id: string, name: string }, fromCommunity: { __typename?: 'OrgUnit', id: string, name: string }, fromTownship?: { __typename?: 'OrgUnit', id: string, name: string } | null, toCommunity: { __typename?: 'OrgUnit', id: string, name: string }, toTownship?: { __typename?: 'OrgUnit', id: string, name: string } | null }> } };

export type ReviewCommunityTransferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewCommunityTransferMutation = { __typename?: 'Mutation', reviewCommunityTransfer: { __typename?: 'CommunityTransfer', id: string, status: TransferStatus, allowedActions: Array<string>, newAddress: string, reason: string, requestedByName: string, requestedByRetiree: boolean, createdAt: string, originReviewedAt?: string | null, originReviewerName?: string | null, originNote?: string | null, targetReviewedAt?: string | null, targetReviewerName?: string | null, targetNote?: string | null, completedAt?: string | null, cancelledAt?: string | null, applicant: { __typename?: 'TransferApplicant', id: string, name: string, gender: Gender, birthDate: string, idNumberMasked: string, phoneMasked?: string | null }, fromCommunity: { __typename?: 'OrgUnit', id: string, name: string }, fromTownship?: { __typename?: 'OrgUnit', id: string, name: string } | null, toCommunity: { __typename?: 'OrgUnit', id: string, name: string }, toTownship?: { __typename?: 'OrgUnit', id: string, name: string } | null } };

export type AcceptCommunityTransferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type AcceptCommunityTransferMutation = { __typename?: 'Mutation', acceptCommunityTransfer: { __typename?: 'CommunityTransfer', id: string, status: TransferStatus, allowedActions: Array<string>, newAddress: string, reason: string, requestedByName: string, requestedByRetiree: boolean, createdAt: string, originReviewedAt?: string | null, originReviewerName?: string | null, originNote?: string | null, targetReviewedAt?: string | null, targetReviewerName?: string | null, targetNote?: string | null, completedAt?: string | null, cancelledAt?: string | null, applicant: { __typename?: 'TransferApplicant', id: string, name: string, gender: Gender, birthDate: string, idNumberMasked: string, phoneMasked?: string | null }, fromCommunity: { __typename?: 'OrgUnit', id: string, name: string }, fromTownship?: { __typename?: 'OrgUnit', id: string, name: string } | null, toCommunity: { __typename?: 'OrgUnit', id: string, name: string }, toTownship?: { __typename?: 'OrgUnit', id: string, name: string } | null } };

export type CancelCommunityTransferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelCommunityTransferMutation = { __typename?: 'Mutation', cancelCommunityTransfer: { __typename?: 'CommunityTransfer', id: string, status: TransferStatus, allowedActions: Array<string>, newAddress: string, reason: string, requestedByName: string, requestedByRetiree: boolean, createdAt: string, originReviewedAt?: string | null, originReviewerName?: string | null, originNote?: string | null, targetReviewedAt?: string | null, targetReviewerName?: string | null, targetNote?: string | null, completedAt?: string | null, cancelledAt?: string | null, applicant: { __typename?: 'TransferApplicant', id: string, name: string, gender: Gender, birthDate: string, idNumberMasked: string, phoneMasked?: string | null }, fromCommunity: { __typename?: 'OrgUnit', id: string, name: string }, fromTownship?: { __typename?: 'OrgUnit', id: string, name: string } | null, toCommunity: { __typename?: 'OrgUnit', id: string, name: string }, toTownship?: { __typename?: 'OrgUnit', id: string, name: string } | null } };

export type RequestCommunityTransferMutationVariables = Exact<{
  input: TransferRequestInput;
}>;


export type RequestCommunityTransferMutation = { __typename?: 'Mutation', requestCommunityTransfer: { __typename?: 'CommunityTransfer', id: string } };

export type CommunitiesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  address?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CommunitiesQuery = { __typename?: 'Query', communities: Array<{ __typename?: 'OrgUnit', id: string, name: string, parent?: { __typename?: 'OrgUnit', id: string, name: string } | null }> };

export type RetireeUnitsFragment = { __typename?: 'Retiree', community?: { __typename?: 'OrgUnit', id: string, name: string } | null, township?: { __typename?: 'OrgUnit', id: string, name: string } | null };

export type AreaTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type AreaTreeQuery = { __typename?: 'Query', orgUnits: Array<{ __typename?: 'OrgUnit', id: string, name: string, parentId?: string | null, level: OrgLevel, retireeCount: number }> };

export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const FamilyMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isEmergencyContact"}},{"kind":"Field","name":{"kind":"Name","value":"isNextOfKin"}}]}}]} as unknown as DocumentNode<FamilyMemberFieldsFragment, unknown>;
export const ImportBatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placedInCommunity"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingPlacement"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReview"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeSample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNo"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorReportUrl"}}]}}]} as unknown as DocumentNode<ImportBatchFieldsFragment, unknown>;
export const PerformanceRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"signedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"signedOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"retirees"}},{"kind":"Field","name":{"kind":"Name","value":"infoConfirmedRate"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedRate"}}]}}]} as unknown as DocumentNode<PerformanceRowFieldsFragment, unknown>;
export const RetireePosthumousCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetireePosthumousCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PosthumousCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deathDate"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedRelative"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RetireePosthumousCaseFragment, unknown>;
export const PosthumousCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosthumousCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PosthumousCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"deathDate"}},{"kind":"Field","name":{"kind":"Name","value":"riskAlertId"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedRelative"}},{"kind":"Field","name":{"kind":"Name","value":"notificationText"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedByName"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<PosthumousCaseFieldsFragment, unknown>;
export const RetireeUnitsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetireeUnits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retiree"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RetireeUnitsFragment, unknown>;
export const RiskAlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overpaidPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"overpaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAmount"}},{"kind":"Field","name":{"kind":"Name","value":"stopFromPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"verificationTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posthumousCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetireeUnits"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetireeUnits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retiree"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RiskAlertFieldsFragment, unknown>;
export const PaymentSuspensionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentSuspensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentSuspension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"lapsedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticedOn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resumePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"backPayPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"}},{"kind":"Field","name":{"kind":"Name","value":"backPayAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetireeUnits"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetireeUnits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retiree"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PaymentSuspensionFieldsFragment, unknown>;
export const TransferDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"newAddress"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByRetiree"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"originReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"originReviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"originNote"}},{"kind":"Field","name":{"kind":"Name","value":"targetReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetReviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"targetNote"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TransferDetailFieldsFragment, unknown>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorOrgName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"retireeId"}},{"kind":"Field","name":{"kind":"Name","value":"retireeName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const ChangeMyPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const CertificationSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificationSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"never"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"passive"}},{"kind":"Field","name":{"kind":"Name","value":"face"}},{"kind":"Field","name":{"kind":"Name","value":"visit"}}]}}]}}]} as unknown as DocumentNode<CertificationSummaryQuery, CertificationSummaryQueryVariables>;
export const CertificationByAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificationByArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationByArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"never"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"passive"}},{"kind":"Field","name":{"kind":"Name","value":"face"}},{"kind":"Field","name":{"kind":"Name","value":"visit"}}]}}]}}]} as unknown as DocumentNode<CertificationByAreaQuery, CertificationByAreaQueryVariables>;
export const CertificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationListFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetireeUnits"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetireeUnits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retiree"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CertificationsQuery, CertificationsQueryVariables>;
export const RetireeCertificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetireeCertification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retiree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificationRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"liveness"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentSuspensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"fromPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"resumePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RetireeCertificationQuery, RetireeCertificationQueryVariables>;
export const ConfirmationStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConfirmationStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"infoConfirmationStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retirees"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]}}]} as unknown as DocumentNode<ConfirmationStatsQuery, ConfirmationStatsQueryVariables>;
export const SendInfoConfirmationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendInfoConfirmations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendInfoConfirmations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}]}]}}]} as unknown as DocumentNode<SendInfoConfirmationsMutation, SendInfoConfirmationsMutationVariables>;
export const InfoDisputesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InfoDisputes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"infoDisputes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"sentValue"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"proposedValue"}},{"kind":"Field","name":{"kind":"Name","value":"correctable"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InfoDisputesQuery, InfoDisputesQueryVariables>;
export const ResolveInfoDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveInfoDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveDisputeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveInfoDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedByName"}}]}}]}}]} as unknown as DocumentNode<ResolveInfoDisputeMutation, ResolveInfoDisputeMutationVariables>;
export const FamilyMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyMemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isNextOfKin"}},{"kind":"Field","name":{"kind":"Name","value":"isEmergencyContact"}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FamilyMembersQuery, FamilyMembersQueryVariables>;
export const FamilyRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyRelations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyRelations"}}]}}]} as unknown as DocumentNode<FamilyRelationsQuery, FamilyRelationsQueryVariables>;
export const AddFamilyMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddFamilyMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFamilyMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retireeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isEmergencyContact"}},{"kind":"Field","name":{"kind":"Name","value":"isNextOfKin"}}]}}]} as unknown as DocumentNode<AddFamilyMemberMutation, AddFamilyMemberMutationVariables>;
export const UpdateFamilyMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFamilyMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFamilyMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isEmergencyContact"}},{"kind":"Field","name":{"kind":"Name","value":"isNextOfKin"}}]}}]} as unknown as DocumentNode<UpdateFamilyMemberMutation, UpdateFamilyMemberMutationVariables>;
export const RemoveFamilyMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveFamilyMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFamilyMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveFamilyMemberMutation, RemoveFamilyMemberMutationVariables>;
export const ImportBatchDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportBatchDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placedInCommunity"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingPlacement"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReview"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeSample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNo"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorReportUrl"}}]}}]} as unknown as DocumentNode<ImportBatchDetailQuery, ImportBatchDetailQueryVariables>;
export const ImportBatchErrorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportBatchErrors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"severity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportErrorSeverity"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"severity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"severity"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowNo"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportBatchErrorsQuery, ImportBatchErrorsQueryVariables>;
export const ImportBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]}}]} as unknown as DocumentNode<ImportBatchesQuery, ImportBatchesQueryVariables>;
export const CommitImportBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitImportBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitImportBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placedInCommunity"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingPlacement"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReview"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeSample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNo"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorReportUrl"}}]}}]} as unknown as DocumentNode<CommitImportBatchMutation, CommitImportBatchMutationVariables>;
export const DiscardImportBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardImportBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardImportBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placedInCommunity"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingPlacement"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReview"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeSample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNo"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorReportUrl"}}]}}]} as unknown as DocumentNode<DiscardImportBatchMutation, DiscardImportBatchMutationVariables>;
export const RetireesAwaitingPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetireesAwaitingPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireesAwaitingPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"hukouAddress"}},{"kind":"Field","name":{"kind":"Name","value":"residenceAddress"}},{"kind":"Field","name":{"kind":"Name","value":"placementNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RetireesAwaitingPlacementQuery, RetireesAwaitingPlacementQueryVariables>;
export const PlaceRetireeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceRetiree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeRetiree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retireeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placementNote"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PlaceRetireeMutation, PlaceRetireeMutationVariables>;
export const LifeEventReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifeEventReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LifeEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifeEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"matchStatus"}},{"kind":"Field","name":{"kind":"Name","value":"matchNote"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LifeEventReviewsQuery, LifeEventReviewsQueryVariables>;
export const ConfirmLifeEventMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmLifeEventMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmLifeEventMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"retireeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchStatus"}},{"kind":"Field","name":{"kind":"Name","value":"matchNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]} as unknown as DocumentNode<ConfirmLifeEventMatchMutation, ConfirmLifeEventMatchMutationVariables>;
export const RejectLifeEventMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectLifeEventMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectLifeEventMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchStatus"}},{"kind":"Field","name":{"kind":"Name","value":"matchNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]} as unknown as DocumentNode<RejectLifeEventMatchMutation, RejectLifeEventMatchMutationVariables>;
export const RetireeLifeEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetireeLifeEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retiree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifeEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"matchStatus"}},{"kind":"Field","name":{"kind":"Name","value":"matchNote"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RetireeLifeEventsQuery, RetireeLifeEventsQueryVariables>;
export const OrgTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"retireeCount"}}]}}]}}]} as unknown as DocumentNode<OrgTreeQuery, OrgTreeQueryVariables>;
export const PerformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Performance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"signedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"signedOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"retirees"}},{"kind":"Field","name":{"kind":"Name","value":"infoConfirmedRate"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedRate"}}]}}]} as unknown as DocumentNode<PerformanceQuery, PerformanceQueryVariables>;
export const PosthumousCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PosthumousCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PosthumousCaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posthumousCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deathDate"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedRelative"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PosthumousCasesQuery, PosthumousCasesQueryVariables>;
export const PosthumousCaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PosthumousCaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posthumousCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PosthumousCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosthumousCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PosthumousCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"deathDate"}},{"kind":"Field","name":{"kind":"Name","value":"riskAlertId"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedRelative"}},{"kind":"Field","name":{"kind":"Name","value":"notificationText"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedByName"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<PosthumousCaseDetailQuery, PosthumousCaseDetailQueryVariables>;
export const CompleteCaseItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteCaseItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseItemResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeCaseItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<CompleteCaseItemMutation, CompleteCaseItemMutationVariables>;
export const NotifyCaseNextOfKinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotifyCaseNextOfKin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifyCaseNextOfKin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PosthumousCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosthumousCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PosthumousCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"deathDate"}},{"kind":"Field","name":{"kind":"Name","value":"riskAlertId"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedRelative"}},{"kind":"Field","name":{"kind":"Name","value":"notificationText"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedByName"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<NotifyCaseNextOfKinMutation, NotifyCaseNextOfKinMutationVariables>;
export const RetireeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetireeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retiree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"hukouAddress"}},{"kind":"Field","name":{"kind":"Name","value":"residenceAddress"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"citizenCardNo"}},{"kind":"Field","name":{"kind":"Name","value":"retirementDate"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPension"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placementNote"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posthumousCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetireePosthumousCase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isEmergencyContact"}},{"kind":"Field","name":{"kind":"Name","value":"isNextOfKin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetireePosthumousCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PosthumousCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deathDate"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedRelative"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RetireeDetailQuery, RetireeDetailQueryVariables>;
export const UpdateRetireeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRetiree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireeUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRetiree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"hukouAddress"}},{"kind":"Field","name":{"kind":"Name","value":"residenceAddress"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"citizenCardNo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRetireeMutation, UpdateRetireeMutationVariables>;
export const RetireeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetireeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retirees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"retirementDate"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPension"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RetireeListQuery, RetireeListQueryVariables>;
export const RetireeMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetireeMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retiree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latestInfoConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedByName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"smsStatus"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<RetireeMessagesQuery, RetireeMessagesQueryVariables>;
export const RevealIdNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealIdNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealIdNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retireeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RevealIdNumberMutation, RevealIdNumberMutationVariables>;
export const RevealPhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealPhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealPhone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retireeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RevealPhoneMutation, RevealPhoneMutationVariables>;
export const RevealBankAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealBankAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealBankAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retireeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RevealBankAccountMutation, RevealBankAccountMutationVariables>;
export const RiskSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}},{"kind":"Field","name":{"kind":"Name","value":"overpaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAmount"}}]}}]}}]} as unknown as DocumentNode<RiskSummaryQuery, RiskSummaryQueryVariables>;
export const RiskAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"overpaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetireeUnits"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetireeUnits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retiree"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RiskAlertsQuery, RiskAlertsQueryVariables>;
export const RiskAlertDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskAlertDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskAlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetireeUnits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retiree"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overpaidPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"overpaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAmount"}},{"kind":"Field","name":{"kind":"Name","value":"stopFromPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"verificationTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posthumousCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetireeUnits"}}]}}]}}]} as unknown as DocumentNode<RiskAlertDetailQuery, RiskAlertDetailQueryVariables>;
export const ConfirmRiskAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmRiskAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmRiskAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRiskAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskAlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetireeUnits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retiree"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overpaidPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"overpaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAmount"}},{"kind":"Field","name":{"kind":"Name","value":"stopFromPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"verificationTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posthumousCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetireeUnits"}}]}}]}}]} as unknown as DocumentNode<ConfirmRiskAlertMutation, ConfirmRiskAlertMutationVariables>;
export const DismissRiskAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissRiskAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissRiskAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskAlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetireeUnits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retiree"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overpaidPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"overpaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAmount"}},{"kind":"Field","name":{"kind":"Name","value":"stopFromPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"verificationTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posthumousCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetireeUnits"}}]}}]}}]} as unknown as DocumentNode<DismissRiskAlertMutation, DismissRiskAlertMutationVariables>;
export const RecordRecoveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRecovery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRecovery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskAlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetireeUnits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retiree"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overpaidPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"overpaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAmount"}},{"kind":"Field","name":{"kind":"Name","value":"stopFromPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"verificationTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posthumousCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetireeUnits"}}]}}]}}]} as unknown as DocumentNode<RecordRecoveryMutation, RecordRecoveryMutationVariables>;
export const RunRiskScanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunRiskScan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runRiskScan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raised"}},{"kind":"Field","name":{"kind":"Name","value":"refreshed"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]} as unknown as DocumentNode<RunRiskScanMutation, RunRiskScanMutationVariables>;
export const RetireeRiskAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetireeRiskAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"overpaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RetireeRiskAlertsQuery, RetireeRiskAlertsQueryVariables>;
export const CreateStaffUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CreateStaffUserMutation, CreateStaffUserMutationVariables>;
export const StaffListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffListQuery, StaffListQueryVariables>;
export const SetStaffActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStaffActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStaffActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SetStaffActiveMutation, SetStaffActiveMutationVariables>;
export const ResetStaffPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetStaffPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetStaffPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ResetStaffPasswordMutation, ResetStaffPasswordMutationVariables>;
export const SuspensionSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuspensionSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspensionSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"restored"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"backPayAmount"}}]}}]}}]} as unknown as DocumentNode<SuspensionSummaryQuery, SuspensionSummaryQueryVariables>;
export const PaymentSuspensionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentSuspensions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentSuspensionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentSuspensions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"lapsedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticedOn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"resumePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"backPayAmount"}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetireeUnits"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetireeUnits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retiree"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PaymentSuspensionsQuery, PaymentSuspensionsQueryVariables>;
export const PaymentSuspensionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentSuspensionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentSuspension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentSuspensionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetireeUnits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retiree"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentSuspensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentSuspension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"lapsedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticedOn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resumePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"backPayPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"}},{"kind":"Field","name":{"kind":"Name","value":"backPayAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetireeUnits"}}]}}]}}]} as unknown as DocumentNode<PaymentSuspensionDetailQuery, PaymentSuspensionDetailQueryVariables>;
export const ConfirmPaymentSuspensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPaymentSuspension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPaymentSuspension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentSuspensionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetireeUnits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retiree"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentSuspensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentSuspension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"lapsedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticedOn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resumePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"backPayPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"}},{"kind":"Field","name":{"kind":"Name","value":"backPayAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetireeUnits"}}]}}]}}]} as unknown as DocumentNode<ConfirmPaymentSuspensionMutation, ConfirmPaymentSuspensionMutationVariables>;
export const WithdrawPaymentSuspensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPaymentSuspension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPaymentSuspension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentSuspensionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetireeUnits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retiree"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentSuspensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentSuspension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"lapsedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticedOn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resumePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"backPayPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"}},{"kind":"Field","name":{"kind":"Name","value":"backPayAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetireeUnits"}}]}}]}}]} as unknown as DocumentNode<WithdrawPaymentSuspensionMutation, WithdrawPaymentSuspensionMutationVariables>;
export const AssignTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AssignTaskMutation, AssignTaskMutationVariables>;
export const AssignableStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignableStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignableStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<AssignableStaffQuery, AssignableStaffQueryVariables>;
export const PreviewBulkTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewBulkTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criteria"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkTaskCriteriaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewBulkTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"criteria"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criteria"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"retireeCount"}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retirees"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewBulkTasksQuery, PreviewBulkTasksQueryVariables>;
export const AssignTasksInBulkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTasksInBulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkAssignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTasksInBulk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"retireeCount"}}]}}]}}]} as unknown as DocumentNode<AssignTasksInBulkMutation, AssignTasksInBulkMutationVariables>;
export const RetireeTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetireeTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]} as unknown as DocumentNode<RetireeTasksQuery, RetireeTasksQueryVariables>;
export const TaskBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"retireeCount"}},{"kind":"Field","name":{"kind":"Name","value":"doneCount"}}]}}]}}]} as unknown as DocumentNode<TaskBatchesQuery, TaskBatchesQueryVariables>;
export const TaskProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]}}]} as unknown as DocumentNode<TaskProgressQuery, TaskProgressQueryVariables>;
export const TaskListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"retireeCount"}},{"kind":"Field","name":{"kind":"Name","value":"creatorUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeStaffName"}}]}}]}}]}}]} as unknown as DocumentNode<TaskListQuery, TaskListQueryVariables>;
export const TaskInboxCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskInboxCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskInboxCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toSign"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"toEvaluate"}}]}}]}}]} as unknown as DocumentNode<TaskInboxCountsQuery, TaskInboxCountsQueryVariables>;
export const TaskDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"creatorName"}},{"kind":"Field","name":{"kind":"Name","value":"creatorUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeStaffName"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"signedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationComment"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"closedBySource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retireeCount"}},{"kind":"Field","name":{"kind":"Name","value":"retirees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<TaskDetailQuery, TaskDetailQueryVariables>;
export const SignTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<SignTaskMutation, SignTaskMutationVariables>;
export const CompleteTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"feedback"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"feedback"},"value":{"kind":"Variable","name":{"kind":"Name","value":"feedback"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<CompleteTaskMutation, CompleteTaskMutationVariables>;
export const ReturnTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ReturnTaskMutation, ReturnTaskMutationVariables>;
export const EvaluateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"score"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"score"},"value":{"kind":"Variable","name":{"kind":"Name","value":"score"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<EvaluateTaskMutation, EvaluateTaskMutationVariables>;
export const CancelTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<CancelTaskMutation, CancelTaskMutationVariables>;
export const CommunityTransferDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityTransferDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"newAddress"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByRetiree"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"originReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"originReviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"originNote"}},{"kind":"Field","name":{"kind":"Name","value":"targetReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetReviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"targetNote"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CommunityTransferDetailQuery, CommunityTransferDetailQueryVariables>;
export const CommunityTransfersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityTransfers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByRetiree"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommunityTransfersQuery, CommunityTransfersQueryVariables>;
export const ReviewCommunityTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewCommunityTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewCommunityTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"newAddress"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByRetiree"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"originReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"originReviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"originNote"}},{"kind":"Field","name":{"kind":"Name","value":"targetReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetReviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"targetNote"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReviewCommunityTransferMutation, ReviewCommunityTransferMutationVariables>;
export const AcceptCommunityTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptCommunityTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCommunityTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"newAddress"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByRetiree"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"originReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"originReviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"originNote"}},{"kind":"Field","name":{"kind":"Name","value":"targetReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetReviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"targetNote"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AcceptCommunityTransferMutation, AcceptCommunityTransferMutationVariables>;
export const CancelCommunityTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCommunityTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCommunityTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"newAddress"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByRetiree"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"originReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"originReviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"originNote"}},{"kind":"Field","name":{"kind":"Name","value":"targetReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetReviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"targetNote"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CancelCommunityTransferMutation, CancelCommunityTransferMutationVariables>;
export const RequestCommunityTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCommunityTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCommunityTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestCommunityTransferMutation, RequestCommunityTransferMutationVariables>;
export const CommunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Communities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"address"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"address"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CommunitiesQuery, CommunitiesQueryVariables>;
export const AreaTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"retireeCount"}}]}}]}}]} as unknown as DocumentNode<AreaTreeQuery, AreaTreeQueryVariables>;