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

/** 数据变更来源 */
export type ChangeSource =
  | 'IMPORT'
  | 'PROVINCIAL'
  | 'RETIREE'
  | 'SEED'
  | 'STAFF';

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
};

export type Gender =
  | 'FEMALE'
  | 'MALE';

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
  /** 对接系统登录（客户端凭证） */
  apiClientLogin: AuthPayload;
  /** 工作人员修改本人密码 */
  changeMyPassword: Scalars['Boolean']['output'];
  /** 本人确认信息无误 */
  confirmMyInfo: InfoConfirmation;
  /** 新建工作人员账号，返回一次性临时密码 */
  createStaffUser: StaffCredentials;
  /** 本人对部分信息提出异议 */
  disputeMyInfo: InfoConfirmation;
  /** 工作人员登录（用户名 + 密码） */
  login: AuthPayload;
  /** 退出登录：令牌立即失效 */
  logout: Scalars['Boolean']['output'];
  /** 全部标记为已读，返回标记的条数 */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** 标记一条消息为已读 */
  markNotificationRead: Notification;
  /** 退休人员登录第一步：向登记的手机发送验证码 */
  requestLoginCode: LoginCodeChallenge;
  /** 重置密码，返回一次性临时密码；原会话立即失效 */
  resetStaffPassword: StaffCredentials;
  /** 处理信息异议：更正数据（留痕）或解释说明；处理结果会通知本人 */
  resolveInfoDispute: InfoDispute;
  /** 查看完整银行账号（须填写事由，记入审计日志） */
  revealBankAccount: Scalars['String']['output'];
  /** 查看完整身份证号（须填写事由，记入审计日志） */
  revealIdNumber: Scalars['String']['output'];
  /** 查看完整联系电话（须填写事由，记入审计日志） */
  revealPhone: Scalars['String']['output'];
  /** 向区域内尚无待办确认的正常发放人员发送信息确认（站内消息 + 短信），返回发送人数 */
  sendInfoConfirmations: Scalars['Int']['output'];
  /** 停用或启用账号；停用后该账号已登录的会话立即失效 */
  setStaffActive: StaffUser;
  /** 修改退休人员信息；每个字段的变更都记入变更记录 */
  updateRetiree: Retiree;
  /** 退休人员登录第二步：输入短信验证码 */
  verifyLoginCode: AuthPayload;
};


export type MutationApiClientLoginArgs = {
  clientId: Scalars['String']['input'];
  clientSecret: Scalars['String']['input'];
};


export type MutationChangeMyPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationConfirmMyInfoArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateStaffUserArgs = {
  input: CreateStaffInput;
};


export type MutationDisputeMyInfoArgs = {
  id: Scalars['ID']['input'];
  items: Array<DisputeItemInput>;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
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


export type MutationSendInfoConfirmationsArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSetStaffActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
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
  | 'GENERAL'
  | 'INFO_CONFIRMATION_REQUEST'
  | 'INFO_DISPUTE_RECEIVED'
  | 'INFO_DISPUTE_RESOLVED'
  | 'PAYMENT_ARRIVED';

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

export type Query = {
  __typename?: 'Query';
  /** 审计日志：本人管辖区域内的敏感信息查看与导出记录，新的在前 */
  auditLog: AuditLogList;
  /** 信息确认完成情况：所选区域及其下一级（本年度） */
  infoConfirmationStats: Array<ConfirmationStats>;
  /** 信息异议（社区待办），按提出时间先后 */
  infoDisputes: InfoDisputeList;
  /** 当前登录者；未登录时为空 */
  me?: Maybe<Viewer>;
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
  /** 退休人员详情：不在管辖范围内返回 FORBIDDEN，不存在返回 NOT_FOUND */
  retiree?: Maybe<Retiree>;
  /** 退休人员列表（仅限本人管辖区域） */
  retirees: RetireeList;
  /** 本单位及下级单位的工作人员账号 */
  staffUsers: StaffList;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
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


export type QueryMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRetireeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRetireesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RetireeFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStaffUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StaffFilter>;
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
  /** 市民卡号 */
  citizenCardNo?: Maybe<Scalars['String']['output']>;
  /** 管理社区 */
  community: OrgUnit;
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
  /** 月基本养老金（分） */
  monthlyPension: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** 发给本人的消息（站内与短信），新的在前 */
  notifications: Array<Notification>;
  /** 最近若干个月的养老金发放记录，新的在前 */
  payments: Array<PensionPayment>;
  /** 联系电话（已脱敏） */
  phone?: Maybe<Scalars['String']['output']>;
  /** 常住地址 */
  residenceAddress?: Maybe<Scalars['String']['output']>;
  retirementDate: Scalars['LocalDate']['output'];
  status: RetireeStatus;
  /** 所属镇街 */
  township: OrgUnit;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 数据版本号，修改时用于防止覆盖 */
  version: Scalars['Int']['output'];
};


/** 退休人员 */
export type RetireePaymentsArgs = {
  months?: Scalars['Int']['input'];
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


export type InfoDisputesQuery = { __typename?: 'Query', infoDisputes: { __typename?: 'InfoDisputeList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'InfoDispute', id: string, field: ConfirmableField, label: string, sentValue?: string | null, comment?: string | null, proposedValue?: string | null, correctable: boolean, status: DisputeStatus, createdAt: string, resolutionNote?: string | null, resolvedAt?: string | null, resolvedByName?: string | null, retiree?: { __typename?: 'Retiree', id: string, name: string, community: { __typename?: 'OrgUnit', id: string, name: string } } | null }> } };

export type ResolveInfoDisputeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResolveDisputeInput;
}>;


export type ResolveInfoDisputeMutation = { __typename?: 'Mutation', resolveInfoDispute: { __typename?: 'InfoDispute', id: string, status: DisputeStatus, resolutionNote?: string | null, resolvedAt?: string | null, resolvedByName?: string | null } };

export type OrgTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgTreeQuery = { __typename?: 'Query', orgUnits: Array<{ __typename?: 'OrgUnit', id: string, name: string, parentId?: string | null, code: string, level: OrgLevel, kind?: string | null, contactName?: string | null, contactPhone?: string | null, address?: string | null, retireeCount: number }> };

export type RetireeDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetireeDetailQuery = { __typename?: 'Query', retiree?: { __typename?: 'Retiree', id: string, name: string, gender: Gender, birthDate: string, age: number, idNumber: string, phone?: string | null, employer?: string | null, hukouAddress?: string | null, residenceAddress?: string | null, bankName?: string | null, bankAccount?: string | null, citizenCardNo?: string | null, retirementDate: string, monthlyPension: number, status: RetireeStatus, version: number, updatedAt: string, community: { __typename?: 'OrgUnit', id: string, name: string }, township: { __typename?: 'OrgUnit', id: string, name: string }, familyMembers: Array<{ __typename?: 'FamilyMember', id: string, relation: string, name: string, idNumber?: string | null, phone?: string | null, isEmergencyContact: boolean, isNextOfKin: boolean }>, payments: Array<{ __typename?: 'PensionPayment', id: string, period: string, amount: number, paidDate: string }>, history: Array<{ __typename?: 'RetireeChange', id: string, field: string, oldValue?: string | null, newValue?: string | null, source: ChangeSource, actorName?: string | null, changedAt: string, note?: string | null }> } | null };

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


export type RetireeListQuery = { __typename?: 'Query', retirees: { __typename?: 'RetireeList', total: number, nextCursor?: string | null, items: Array<{ __typename?: 'Retiree', id: string, name: string, gender: Gender, age: number, idNumber: string, retirementDate: string, monthlyPension: number, status: RetireeStatus, community: { __typename?: 'OrgUnit', id: string, name: string }, township: { __typename?: 'OrgUnit', id: string, name: string } }> } };

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

export type AreaTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type AreaTreeQuery = { __typename?: 'Query', orgUnits: Array<{ __typename?: 'OrgUnit', id: string, name: string, parentId?: string | null, level: OrgLevel, retireeCount: number }> };

export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorOrgName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"retireeId"}},{"kind":"Field","name":{"kind":"Name","value":"retireeName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const ChangeMyPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const ConfirmationStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConfirmationStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"infoConfirmationStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retirees"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]}}]} as unknown as DocumentNode<ConfirmationStatsQuery, ConfirmationStatsQueryVariables>;
export const SendInfoConfirmationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendInfoConfirmations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendInfoConfirmations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}]}]}}]} as unknown as DocumentNode<SendInfoConfirmationsMutation, SendInfoConfirmationsMutationVariables>;
export const InfoDisputesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InfoDisputes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"infoDisputes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"sentValue"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"proposedValue"}},{"kind":"Field","name":{"kind":"Name","value":"correctable"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"retiree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InfoDisputesQuery, InfoDisputesQueryVariables>;
export const ResolveInfoDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveInfoDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveDisputeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveInfoDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedByName"}}]}}]}}]} as unknown as DocumentNode<ResolveInfoDisputeMutation, ResolveInfoDisputeMutationVariables>;
export const OrgTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"retireeCount"}}]}}]}}]} as unknown as DocumentNode<OrgTreeQuery, OrgTreeQueryVariables>;
export const RetireeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetireeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retiree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"hukouAddress"}},{"kind":"Field","name":{"kind":"Name","value":"residenceAddress"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"citizenCardNo"}},{"kind":"Field","name":{"kind":"Name","value":"retirementDate"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPension"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isEmergencyContact"}},{"kind":"Field","name":{"kind":"Name","value":"isNextOfKin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<RetireeDetailQuery, RetireeDetailQueryVariables>;
export const UpdateRetireeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRetiree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireeUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRetiree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"hukouAddress"}},{"kind":"Field","name":{"kind":"Name","value":"residenceAddress"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"citizenCardNo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRetireeMutation, UpdateRetireeMutationVariables>;
export const RetireeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetireeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retirees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"retirementDate"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPension"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RetireeListQuery, RetireeListQueryVariables>;
export const RetireeMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetireeMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retiree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latestInfoConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedByName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"smsStatus"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<RetireeMessagesQuery, RetireeMessagesQueryVariables>;
export const RevealIdNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealIdNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealIdNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retireeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RevealIdNumberMutation, RevealIdNumberMutationVariables>;
export const RevealPhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealPhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealPhone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retireeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RevealPhoneMutation, RevealPhoneMutationVariables>;
export const RevealBankAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealBankAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealBankAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retireeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retireeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RevealBankAccountMutation, RevealBankAccountMutationVariables>;
export const CreateStaffUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CreateStaffUserMutation, CreateStaffUserMutationVariables>;
export const StaffListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffListQuery, StaffListQueryVariables>;
export const SetStaffActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStaffActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStaffActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SetStaffActiveMutation, SetStaffActiveMutationVariables>;
export const ResetStaffPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetStaffPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetStaffPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ResetStaffPasswordMutation, ResetStaffPasswordMutationVariables>;
export const AreaTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"retireeCount"}}]}}]}}]} as unknown as DocumentNode<AreaTreeQuery, AreaTreeQueryVariables>;