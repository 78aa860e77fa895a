/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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
  items: Array<AuditEntry>;
  nextCursor?: Maybe<Scalars['String']['output']>;
  total: Scalars['Int']['output'];
};

export type AuthPayload = {
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
  batchId: Scalars['String']['output'];
  retireeCount: Scalars['Int']['output'];
  taskCount: Scalars['Int']['output'];
};

/** 批量派发预览：一个社区 */
export type BulkTaskCommunity = {
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
  date: Scalars['LocalDate']['output'];
  /** 如「2026-10-03 市人民医院门诊」 */
  text: Scalars['String']['output'];
};

export type CertificationList = {
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
  field: ConfirmableField;
  /** 中文名称 */
  label: Scalars['String']['output'];
  /** 发送时的值（敏感信息已脱敏） */
  value?: Maybe<Scalars['String']['output']>;
};

/** 信息确认完成情况 */
export type ConfirmationStats = {
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
  items: Array<ImportBatch>;
  /** 下一页游标；没有更多时为空 */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** 符合条件的总数 */
  total: Scalars['Int']['output'];
};

/** 变更预览 */
export type ImportChange = {
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
  items: Array<InfoDispute>;
  nextCursor?: Maybe<Scalars['String']['output']>;
  total: Scalars['Int']['output'];
};

/** 生存状态相关共享数据 */
export type LifeEvent = {
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
  challengeId: Scalars['ID']['output'];
  /** 仅开发环境：验证码明文，便于演示；生产环境始终为空 */
  devCode?: Maybe<Scalars['String']['output']>;
  expiresAt: Scalars['DateTimeISO']['output'];
  /** 接收验证码的手机号（已脱敏） */
  sentTo: Scalars['String']['output'];
};

export type Mutation = {
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
  items: Array<PaymentSuspension>;
  /** 下一页游标；没有更多时为空 */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** 符合条件的总数 */
  total: Scalars['Int']['output'];
};

/** 养老金发放记录 */
export type PensionPayment = {
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
  items: Array<PosthumousCase>;
  /** 下一页游标；没有更多时为空 */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** 符合条件的总数 */
  total: Scalars['Int']['output'];
};

export type Query = {
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
  date?: Maybe<Scalars['LocalDate']['output']>;
  /** 如「公安局 死亡登记 ZX3306832026…」或「2026-11 发放 3,125.40 元」 */
  text: Scalars['String']['output'];
};

/** 某类预警的汇总 */
export type RiskKindSummary = {
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
  /** 金额（分） */
  amount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTimeISO']['output'];
  recordedByName: Scalars['String']['output'];
};

/** 风险扫描结果 */
export type RiskScanResult = {
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

export type SessionViewerFragment = { displayName: string, kind: ActorKind, retireeId?: string | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me?: { displayName: string, kind: ActorKind, retireeId?: string | null } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type UnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountQuery = { myNotifications: { unreadCount: number } };

export type RequestLoginCodeMutationVariables = Exact<{
  idNumber: Scalars['String']['input'];
}>;


export type RequestLoginCodeMutation = { requestLoginCode: { challengeId: string, sentTo: string, expiresAt: string, devCode?: string | null } };

export type VerifyLoginCodeMutationVariables = Exact<{
  challengeId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type VerifyLoginCodeMutation = { verifyLoginCode: { user: { displayName: string, kind: ActorKind, retireeId?: string | null } } };

export type MyCertificationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCertificationQuery = { myCertification?: { status: CertificationStatus, validUntil?: string | null, method?: CertificationMethod | null, certifiedOn?: string | null, evidence: Array<{ date: string, text: string }> } | null, myProfile: { id: string, community?: { id: string, name: string, contactName?: string | null, contactPhone?: string | null, address?: string | null } | null } };

export type StartFaceCertificationMutationVariables = Exact<{ [key: string]: never; }>;


export type StartFaceCertificationMutation = { startFaceCertification: { transactionId: string, url: string } };

export type MyFaceCertificationQueryVariables = Exact<{
  transactionId: Scalars['String']['input'];
}>;


export type MyFaceCertificationQuery = { myFaceCertification?: { id: string, passed: boolean, certifiedOn: string, validUntil?: string | null } | null };

export type ConfirmationViewFragment = { id: string, status: ConfirmationStatus, sentAt: string, respondedAt?: string | null, resolvedAt?: string | null, items: Array<{ field: ConfirmableField, label: string, value?: string | null }>, disputes: Array<{ id: string, field: ConfirmableField, label: string, status: DisputeStatus, comment?: string | null, proposedValue?: string | null, resolutionNote?: string | null, resolvedAt?: string | null }> };

export type MyInfoConfirmationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInfoConfirmationQuery = { myInfoConfirmation?: { id: string, status: ConfirmationStatus, sentAt: string, respondedAt?: string | null, resolvedAt?: string | null, items: Array<{ field: ConfirmableField, label: string, value?: string | null }>, disputes: Array<{ id: string, field: ConfirmableField, label: string, status: DisputeStatus, comment?: string | null, proposedValue?: string | null, resolutionNote?: string | null, resolvedAt?: string | null }> } | null, myProfile: { id: string, community?: { id: string, name: string, contactName?: string | null, contactPhone?: string | null, address?: string | null } | null } };

export type ConfirmMyInfoMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfirmMyInfoMutation = { confirmMyInfo: { id: string, status: ConfirmationStatus, sentAt: string, respondedAt?: string | null, resolvedAt?: string | null, items: Array<{ field: ConfirmableField, label: string, value?: string | null }>, disputes: Array<{ id: string, field: ConfirmableField, label: string, status: DisputeStatus, comment?: string | null, proposedValue?: string | null, resolutionNote?: string | null, resolvedAt?: string | null }> } };

export type DisputeMyInfoMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  items: Array<DisputeItemInput> | DisputeItemInput;
}>;


export type DisputeMyInfoMutation = { disputeMyInfo: { id: string, status: ConfirmationStatus, sentAt: string, respondedAt?: string | null, resolvedAt?: string | null, items: Array<{ field: ConfirmableField, label: string, value?: string | null }>, disputes: Array<{ id: string, field: ConfirmableField, label: string, status: DisputeStatus, comment?: string | null, proposedValue?: string | null, resolutionNote?: string | null, resolvedAt?: string | null }> } };

export type FamilyMemberViewFragment = { id: string, relation: string, name: string, phone?: string | null, idNumber?: string | null, isEmergencyContact: boolean, isNextOfKin: boolean };

export type MyFamilyQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFamilyQuery = { familyRelations: Array<string>, myFamilyMembers: Array<{ id: string, relation: string, name: string, phone?: string | null, idNumber?: string | null, isEmergencyContact: boolean, isNextOfKin: boolean }> };

export type AddMyFamilyMemberMutationVariables = Exact<{
  input: FamilyMemberInput;
}>;


export type AddMyFamilyMemberMutation = { addMyFamilyMember: { id: string, relation: string, name: string, phone?: string | null, idNumber?: string | null, isEmergencyContact: boolean, isNextOfKin: boolean } };

export type UpdateMyFamilyMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FamilyMemberInput;
}>;


export type UpdateMyFamilyMemberMutation = { updateMyFamilyMember: { id: string, relation: string, name: string, phone?: string | null, idNumber?: string | null, isEmergencyContact: boolean, isNextOfKin: boolean } };

export type RemoveMyFamilyMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveMyFamilyMemberMutation = { removeMyFamilyMember: boolean };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { myProfile: { id: string, name: string, status: RetireeStatus, monthlyPension: number, community?: { id: string, name: string, contactName?: string | null, contactPhone?: string | null, address?: string | null } | null, payments: Array<{ id: string, period: string, amount: number, paidDate: string }> }, myCertification?: { status: CertificationStatus } | null, myInfoConfirmation?: { id: string, status: ConfirmationStatus, resolvedAt?: string | null, disputes: Array<{ id: string, label: string, status: DisputeStatus }> } | null };

export type MessageFragment = { id: string, kind: NotificationKind, title: string, body: string, link?: string | null, createdAt: string, readAt?: string | null };

export type MyNotificationsQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyNotificationsQuery = { myNotifications: { nextCursor?: string | null, unreadCount: number, items: Array<{ id: string, kind: NotificationKind, title: string, body: string, link?: string | null, createdAt: string, readAt?: string | null }> } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, readAt?: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type MyPaymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPaymentsQuery = { myProfile: { id: string, monthlyPension: number, payments: Array<{ id: string, period: string, amount: number, paidDate: string }> } };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { myProfile: { id: string, name: string, gender: Gender, birthDate: string, idNumber: string, phone?: string | null, hukouAddress?: string | null, residenceAddress?: string | null, employer?: string | null, retirementDate: string, bankName?: string | null, bankAccount?: string | null, citizenCardNo?: string | null, community?: { id: string, name: string, contactPhone?: string | null } | null } };

export type CommunityChoiceFragment = { id: string, name: string, address?: string | null, contactPhone?: string | null, parent?: { id: string, name: string } | null };

export type TransferViewFragment = { id: string, status: TransferStatus, newAddress: string, reason: string, createdAt: string, originReviewedAt?: string | null, originNote?: string | null, targetReviewedAt?: string | null, targetNote?: string | null, completedAt?: string | null, cancelledAt?: string | null, allowedActions: Array<string>, fromCommunity: { id: string, name: string, contactPhone?: string | null, address?: string | null }, toCommunity: { id: string, name: string, contactPhone?: string | null, address?: string | null }, fromTownship?: { id: string, name: string } | null, toTownship?: { id: string, name: string } | null };

export type MyTransfersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTransfersQuery = { myProfile: { id: string, community?: { id: string, name: string, contactName?: string | null, contactPhone?: string | null, address?: string | null } | null, township?: { id: string, name: string } | null }, myCommunityTransfers: Array<{ id: string, status: TransferStatus, newAddress: string, reason: string, createdAt: string, originReviewedAt?: string | null, originNote?: string | null, targetReviewedAt?: string | null, targetNote?: string | null, completedAt?: string | null, cancelledAt?: string | null, allowedActions: Array<string>, fromCommunity: { id: string, name: string, contactPhone?: string | null, address?: string | null }, toCommunity: { id: string, name: string, contactPhone?: string | null, address?: string | null }, fromTownship?: { id: string, name: string } | null, toTownship?: { id: string, name: string } | null }> };

export type CommunitiesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  address?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CommunitiesQuery = { communities: Array<{ id: string, name: string, address?: string | null, contactPhone?: string | null, parent?: { id: string, name: string } | null }> };

export type RequestCommunityTransferMutationVariables = Exact<{
  input: TransferRequestInput;
}>;


export type RequestCommunityTransferMutation = { requestCommunityTransfer: { id: string, status: TransferStatus, newAddress: string, reason: string, createdAt: string, originReviewedAt?: string | null, originNote?: string | null, targetReviewedAt?: string | null, targetNote?: string | null, completedAt?: string | null, cancelledAt?: string | null, allowedActions: Array<string>, fromCommunity: { id: string, name: string, contactPhone?: string | null, address?: string | null }, toCommunity: { id: string, name: string, contactPhone?: string | null, address?: string | null }, fromTownship?: { id: string, name: string } | null, toTownship?: { id: string, name: string } | null } };

export type CancelCommunityTransferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelCommunityTransferMutation = { cancelCommunityTransfer: { id: string, status: TransferStatus, newAddress: string, reason: string, createdAt: string, originReviewedAt?: string | null, originNote?: string | null, targetReviewedAt?: string | null, targetNote?: string | null, completedAt?: string | null, cancelledAt?: string | null, allowedActions: Array<string>, fromCommunity: { id: string, name: string, contactPhone?: string | null, address?: string | null }, toCommunity: { id: string, name: string, contactPhone?: string | null, address?: string | null }, fromTownship?: { id: string, name: string } | null, toTownship?: { id: string, name: string } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionViewerFragmentDoc = new TypedDocumentString(`
    fragment SessionViewer on Viewer {
  displayName
  kind
  retireeId
}
    `, {"fragmentName":"SessionViewer"}) as unknown as TypedDocumentString<SessionViewerFragment, unknown>;
export const ConfirmationViewFragmentDoc = new TypedDocumentString(`
    fragment ConfirmationView on InfoConfirmation {
  id
  status
  sentAt
  respondedAt
  resolvedAt
  items {
    field
    label
    value
  }
  disputes {
    id
    field
    label
    status
    comment
    proposedValue
    resolutionNote
    resolvedAt
  }
}
    `, {"fragmentName":"ConfirmationView"}) as unknown as TypedDocumentString<ConfirmationViewFragment, unknown>;
export const FamilyMemberViewFragmentDoc = new TypedDocumentString(`
    fragment FamilyMemberView on FamilyMember {
  id
  relation
  name
  phone
  idNumber
  isEmergencyContact
  isNextOfKin
}
    `, {"fragmentName":"FamilyMemberView"}) as unknown as TypedDocumentString<FamilyMemberViewFragment, unknown>;
export const MessageFragmentDoc = new TypedDocumentString(`
    fragment Message on Notification {
  id
  kind
  title
  body
  link
  createdAt
  readAt
}
    `, {"fragmentName":"Message"}) as unknown as TypedDocumentString<MessageFragment, unknown>;
export const CommunityChoiceFragmentDoc = new TypedDocumentString(`
    fragment CommunityChoice on OrgUnit {
  id
  name
  address
  contactPhone
  parent {
    id
    name
  }
}
    `, {"fragmentName":"CommunityChoice"}) as unknown as TypedDocumentString<CommunityChoiceFragment, unknown>;
export const TransferViewFragmentDoc = new TypedDocumentString(`
    fragment TransferView on CommunityTransfer {
  id
  status
  newAddress
  reason
  createdAt
  originReviewedAt
  originNote
  targetReviewedAt
  targetNote
  completedAt
  cancelledAt
  allowedActions
  fromCommunity {
    id
    name
    contactPhone
    address
  }
  toCommunity {
    id
    name
    contactPhone
    address
  }
  fromTownship {
    id
    name
  }
  toTownship {
    id
    name
  }
}
    `, {"fragmentName":"TransferView"}) as unknown as TypedDocumentString<TransferViewFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionViewer
  }
}
    fragment SessionViewer on Viewer {
  displayName
  kind
  retireeId
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const UnreadCountDocument = new TypedDocumentString(`
    query UnreadCount {
  myNotifications(limit: 1) {
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<UnreadCountQuery, UnreadCountQueryVariables>;
export const RequestLoginCodeDocument = new TypedDocumentString(`
    mutation RequestLoginCode($idNumber: String!) {
  requestLoginCode(idNumber: $idNumber) {
    challengeId
    sentTo
    expiresAt
    devCode
  }
}
    `) as unknown as TypedDocumentString<RequestLoginCodeMutation, RequestLoginCodeMutationVariables>;
export const VerifyLoginCodeDocument = new TypedDocumentString(`
    mutation VerifyLoginCode($challengeId: ID!, $code: String!) {
  verifyLoginCode(challengeId: $challengeId, code: $code) {
    user {
      ...SessionViewer
    }
  }
}
    fragment SessionViewer on Viewer {
  displayName
  kind
  retireeId
}`) as unknown as TypedDocumentString<VerifyLoginCodeMutation, VerifyLoginCodeMutationVariables>;
export const MyCertificationDocument = new TypedDocumentString(`
    query MyCertification {
  myCertification {
    status
    validUntil
    method
    certifiedOn
    evidence {
      date
      text
    }
  }
  myProfile {
    id
    community {
      id
      name
      contactName
      contactPhone
      address
    }
  }
}
    `) as unknown as TypedDocumentString<MyCertificationQuery, MyCertificationQueryVariables>;
export const StartFaceCertificationDocument = new TypedDocumentString(`
    mutation StartFaceCertification {
  startFaceCertification {
    transactionId
    url
  }
}
    `) as unknown as TypedDocumentString<StartFaceCertificationMutation, StartFaceCertificationMutationVariables>;
export const MyFaceCertificationDocument = new TypedDocumentString(`
    query MyFaceCertification($transactionId: String!) {
  myFaceCertification(transactionId: $transactionId) {
    id
    passed
    certifiedOn
    validUntil
  }
}
    `) as unknown as TypedDocumentString<MyFaceCertificationQuery, MyFaceCertificationQueryVariables>;
export const MyInfoConfirmationDocument = new TypedDocumentString(`
    query MyInfoConfirmation {
  myInfoConfirmation {
    ...ConfirmationView
  }
  myProfile {
    id
    community {
      id
      name
      contactName
      contactPhone
      address
    }
  }
}
    fragment ConfirmationView on InfoConfirmation {
  id
  status
  sentAt
  respondedAt
  resolvedAt
  items {
    field
    label
    value
  }
  disputes {
    id
    field
    label
    status
    comment
    proposedValue
    resolutionNote
    resolvedAt
  }
}`) as unknown as TypedDocumentString<MyInfoConfirmationQuery, MyInfoConfirmationQueryVariables>;
export const ConfirmMyInfoDocument = new TypedDocumentString(`
    mutation ConfirmMyInfo($id: ID!) {
  confirmMyInfo(id: $id) {
    ...ConfirmationView
  }
}
    fragment ConfirmationView on InfoConfirmation {
  id
  status
  sentAt
  respondedAt
  resolvedAt
  items {
    field
    label
    value
  }
  disputes {
    id
    field
    label
    status
    comment
    proposedValue
    resolutionNote
    resolvedAt
  }
}`) as unknown as TypedDocumentString<ConfirmMyInfoMutation, ConfirmMyInfoMutationVariables>;
export const DisputeMyInfoDocument = new TypedDocumentString(`
    mutation DisputeMyInfo($id: ID!, $items: [DisputeItemInput!]!) {
  disputeMyInfo(id: $id, items: $items) {
    ...ConfirmationView
  }
}
    fragment ConfirmationView on InfoConfirmation {
  id
  status
  sentAt
  respondedAt
  resolvedAt
  items {
    field
    label
    value
  }
  disputes {
    id
    field
    label
    status
    comment
    proposedValue
    resolutionNote
    resolvedAt
  }
}`) as unknown as TypedDocumentString<DisputeMyInfoMutation, DisputeMyInfoMutationVariables>;
export const MyFamilyDocument = new TypedDocumentString(`
    query MyFamily {
  myFamilyMembers {
    ...FamilyMemberView
  }
  familyRelations
}
    fragment FamilyMemberView on FamilyMember {
  id
  relation
  name
  phone
  idNumber
  isEmergencyContact
  isNextOfKin
}`) as unknown as TypedDocumentString<MyFamilyQuery, MyFamilyQueryVariables>;
export const AddMyFamilyMemberDocument = new TypedDocumentString(`
    mutation AddMyFamilyMember($input: FamilyMemberInput!) {
  addMyFamilyMember(input: $input) {
    ...FamilyMemberView
  }
}
    fragment FamilyMemberView on FamilyMember {
  id
  relation
  name
  phone
  idNumber
  isEmergencyContact
  isNextOfKin
}`) as unknown as TypedDocumentString<AddMyFamilyMemberMutation, AddMyFamilyMemberMutationVariables>;
export const UpdateMyFamilyMemberDocument = new TypedDocumentString(`
    mutation UpdateMyFamilyMember($id: ID!, $input: FamilyMemberInput!) {
  updateMyFamilyMember(id: $id, input: $input) {
    ...FamilyMemberView
  }
}
    fragment FamilyMemberView on FamilyMember {
  id
  relation
  name
  phone
  idNumber
  isEmergencyContact
  isNextOfKin
}`) as unknown as TypedDocumentString<UpdateMyFamilyMemberMutation, UpdateMyFamilyMemberMutationVariables>;
export const RemoveMyFamilyMemberDocument = new TypedDocumentString(`
    mutation RemoveMyFamilyMember($id: ID!) {
  removeMyFamilyMember(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveMyFamilyMemberMutation, RemoveMyFamilyMemberMutationVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home {
  myProfile {
    id
    name
    status
    monthlyPension
    community {
      id
      name
      contactName
      contactPhone
      address
    }
    payments(months: 6) {
      id
      period
      amount
      paidDate
    }
  }
  myCertification {
    status
  }
  myInfoConfirmation {
    id
    status
    resolvedAt
    disputes {
      id
      label
      status
    }
  }
}
    `) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($limit: Int, $after: String) {
  myNotifications(limit: $limit, after: $after) {
    items {
      ...Message
    }
    nextCursor
    unreadCount
  }
}
    fragment Message on Notification {
  id
  kind
  title
  body
  link
  createdAt
  readAt
}`) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationReadDocument = new TypedDocumentString(`
    mutation MarkNotificationRead($id: ID!) {
  markNotificationRead(id: $id) {
    id
    readAt
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead
}
    `) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MyPaymentsDocument = new TypedDocumentString(`
    query MyPayments {
  myProfile {
    id
    monthlyPension
    payments(months: 12) {
      id
      period
      amount
      paidDate
    }
  }
}
    `) as unknown as TypedDocumentString<MyPaymentsQuery, MyPaymentsQueryVariables>;
export const MyProfileDocument = new TypedDocumentString(`
    query MyProfile {
  myProfile {
    id
    name
    gender
    birthDate
    idNumber
    phone
    hukouAddress
    residenceAddress
    employer
    retirementDate
    bankName
    bankAccount
    citizenCardNo
    community {
      id
      name
      contactPhone
    }
  }
}
    `) as unknown as TypedDocumentString<MyProfileQuery, MyProfileQueryVariables>;
export const MyTransfersDocument = new TypedDocumentString(`
    query MyTransfers {
  myProfile {
    id
    community {
      id
      name
      contactName
      contactPhone
      address
    }
    township {
      id
      name
    }
  }
  myCommunityTransfers {
    ...TransferView
  }
}
    fragment TransferView on CommunityTransfer {
  id
  status
  newAddress
  reason
  createdAt
  originReviewedAt
  originNote
  targetReviewedAt
  targetNote
  completedAt
  cancelledAt
  allowedActions
  fromCommunity {
    id
    name
    contactPhone
    address
  }
  toCommunity {
    id
    name
    contactPhone
    address
  }
  fromTownship {
    id
    name
  }
  toTownship {
    id
    name
  }
}`) as unknown as TypedDocumentString<MyTransfersQuery, MyTransfersQueryVariables>;
export const CommunitiesDocument = new TypedDocumentString(`
    query Communities($search: String, $address: String, $limit: Int) {
  communities(search: $search, address: $address, limit: $limit) {
    ...CommunityChoice
  }
}
    fragment CommunityChoice on OrgUnit {
  id
  name
  address
  contactPhone
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<CommunitiesQuery, CommunitiesQueryVariables>;
export const RequestCommunityTransferDocument = new TypedDocumentString(`
    mutation RequestCommunityTransfer($input: TransferRequestInput!) {
  requestCommunityTransfer(input: $input) {
    ...TransferView
  }
}
    fragment TransferView on CommunityTransfer {
  id
  status
  newAddress
  reason
  createdAt
  originReviewedAt
  originNote
  targetReviewedAt
  targetNote
  completedAt
  cancelledAt
  allowedActions
  fromCommunity {
    id
    name
    contactPhone
    address
  }
  toCommunity {
    id
    name
    contactPhone
    address
  }
  fromTownship {
    id
    name
  }
  toTownship {
    id
    name
  }
}`) as unknown as TypedDocumentString<RequestCommunityTransferMutation, RequestCommunityTransferMutationVariables>;
export const CancelCommunityTransferDocument = new TypedDocumentString(`
    mutation CancelCommunityTransfer($id: ID!) {
  cancelCommunityTransfer(id: $id) {
    ...TransferView
  }
}
    fragment TransferView on CommunityTransfer {
  id
  status
  newAddress
  reason
  createdAt
  originReviewedAt
  originNote
  targetReviewedAt
  targetNote
  completedAt
  cancelledAt
  allowedActions
  fromCommunity {
    id
    name
    contactPhone
    address
  }
  toCommunity {
    id
    name
    contactPhone
    address
  }
  fromTownship {
    id
    name
  }
  toTownship {
    id
    name
  }
}`) as unknown as TypedDocumentString<CancelCommunityTransferMutation, CancelCommunityTransferMutationVariables>;