/**
 * The three inbound feeds as files: which columns an official export has (Chinese headers, with
 * the variants real exports use), and the code ↔ label tables of the shared-data channel.
 * The importer, the simulator and the console's templates all read these, so one file defines
 * what "a payment file" is.
 */

export enum ImportKind {
  /** 省集中系统：退休人员登记与信息变更 */
  RETIREES = 'RETIREES',
  /** 数据高铁：公安、民政、法院、检察、司法、卫健、大数据、市民卡等共享数据 */
  LIFE_EVENTS = 'LIFE_EVENTS',
  /** 养老金发放明细 */
  PENSION_PAYMENTS = 'PENSION_PAYMENTS',
}

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  [ImportKind.RETIREES]: '退休人员信息',
  [ImportKind.LIFE_EVENTS]: '共享数据（生存状态）',
  [ImportKind.PENSION_PAYMENTS]: '养老金发放明细',
};

/** Where a shared-data record comes from. */
export enum LifeEventSource {
  POLICE = 'POLICE',
  CIVIL_AFFAIRS = 'CIVIL_AFFAIRS',
  COURT = 'COURT',
  PROCURATORATE = 'PROCURATORATE',
  JUSTICE = 'JUSTICE',
  HEALTH = 'HEALTH',
  BIG_DATA = 'BIG_DATA',
  CITIZEN_CARD = 'CITIZEN_CARD',
}

export const LIFE_EVENT_SOURCE_LABELS: Record<LifeEventSource, string> = {
  [LifeEventSource.POLICE]: '公安局',
  [LifeEventSource.CIVIL_AFFAIRS]: '民政局',
  [LifeEventSource.COURT]: '法院',
  [LifeEventSource.PROCURATORATE]: '检察院',
  [LifeEventSource.JUSTICE]: '司法局',
  [LifeEventSource.HEALTH]: '卫健局',
  [LifeEventSource.BIG_DATA]: '大数据局',
  [LifeEventSource.CITIZEN_CARD]: '市民卡中心',
};

/** What happened to the person. */
export enum LifeEventKind {
  DEATH = 'DEATH',
  CREMATION = 'CREMATION',
  SENTENCE = 'SENTENCE',
  IMPRISONMENT = 'IMPRISONMENT',
  RELEASE = 'RELEASE',
  MISSING = 'MISSING',
  LOW_INCOME = 'LOW_INCOME',
  DISABILITY = 'DISABILITY',
  HOSPITAL_VISIT = 'HOSPITAL_VISIT',
  CARD_USE = 'CARD_USE',
}

export const LIFE_EVENT_KIND_LABELS: Record<LifeEventKind, string> = {
  [LifeEventKind.DEATH]: '死亡',
  [LifeEventKind.CREMATION]: '火化',
  [LifeEventKind.SENTENCE]: '判决',
  [LifeEventKind.IMPRISONMENT]: '收监服刑',
  [LifeEventKind.RELEASE]: '刑满释放',
  [LifeEventKind.MISSING]: '失踪',
  [LifeEventKind.LOW_INCOME]: '低保',
  [LifeEventKind.DISABILITY]: '残疾',
  [LifeEventKind.HOSPITAL_VISIT]: '就医',
  [LifeEventKind.CARD_USE]: '市民卡刷卡',
};

/** Kinds that say the person may no longer be entitled to be paid (shown in red on the profile). */
export const ALARMING_LIFE_EVENT_KINDS: ReadonlySet<LifeEventKind> = new Set([
  LifeEventKind.DEATH,
  LifeEventKind.CREMATION,
  LifeEventKind.SENTENCE,
  LifeEventKind.IMPRISONMENT,
  LifeEventKind.MISSING,
]);

/** One retiree as the provincial system describes them; null = not provided (never "erase"). Money in fen. */
export interface RetireeRecord {
  idNumber: string;
  name: string;
  retirementDate: string;
  employer: string | null;
  hukouAddress: string | null;
  residenceAddress: string | null;
  monthlyPension: number;
  bankName: string | null;
  bankAccount: string | null;
  citizenCardNo: string | null;
  phone: string | null;
}

/** One shared-data record; the ID number may be missing (the review queue then finds the person). */
export interface LifeEventRecord {
  source: LifeEventSource;
  sourceRecordId: string;
  kind: LifeEventKind;
  idNumber: string | null;
  name: string;
  birthDate: string | null;
  eventDate: string;
  details: string | null;
}

/** One month's pension paid to one person. Money in fen. */
export interface PaymentRecord {
  idNumber: string;
  name: string | null;
  period: string;
  amount: number;
  paidDate: string;
  bankAccount: string | null;
}

/** A column of a feed file: the record field it fills, its canonical header, other headers seen in real exports. */
export interface FeedColumn<F extends string = string> {
  field: F;
  header: string;
  aliases?: readonly string[];
  required: boolean;
}

export type RetireeField =
  | 'idNumber' | 'name' | 'retirementDate' | 'employer' | 'hukouAddress' | 'residenceAddress'
  | 'monthlyPension' | 'bankName' | 'bankAccount' | 'citizenCardNo' | 'phone';
export type LifeEventField = 'source' | 'sourceRecordId' | 'kind' | 'idNumber' | 'name' | 'birthDate' | 'eventDate' | 'details';
export type PaymentField = 'idNumber' | 'name' | 'period' | 'amount' | 'paidDate' | 'bankAccount';

const ID_NUMBER = { header: '公民身份号码', aliases: ['身份证号码', '身份证号', '证件号码'] } as const;

/**
 * Money in files is in yuan with two decimals (`3125.40`), as official exports print it; the
 * GraphQL inputs take integer fen.
 */
export const RETIREE_COLUMNS: readonly FeedColumn<RetireeField>[] = [
  { field: 'idNumber', ...ID_NUMBER, required: true },
  { field: 'name', header: '姓名', required: true },
  { field: 'retirementDate', header: '退休日期', aliases: ['离退休日期'], required: true },
  { field: 'employer', header: '原工作单位', aliases: ['单位名称', '工作单位'], required: false },
  { field: 'hukouAddress', header: '户籍地址', aliases: ['户口所在地'], required: false },
  { field: 'residenceAddress', header: '常住地址', aliases: ['居住地址', '现居住地址'], required: false },
  { field: 'monthlyPension', header: '月基本养老金（元）', aliases: ['月基本养老金', '基本养老金（元）', '月养老金（元）'], required: true },
  { field: 'bankName', header: '开户银行', aliases: ['发放银行'], required: false },
  { field: 'bankAccount', header: '银行账号', aliases: ['银行卡号', '社保卡银行账号'], required: false },
  { field: 'citizenCardNo', header: '市民卡号', aliases: ['社保卡号'], required: false },
  { field: 'phone', header: '联系电话', aliases: ['手机号码', '联系方式'], required: false },
];

export const LIFE_EVENT_COLUMNS: readonly FeedColumn<LifeEventField>[] = [
  { field: 'source', header: '数据来源', aliases: ['来源部门', '提供部门'], required: true },
  { field: 'sourceRecordId', header: '来源记录编号', aliases: ['记录编号', '业务编号'], required: true },
  { field: 'kind', header: '事件类型', aliases: ['信息类型'], required: true },
  { field: 'idNumber', ...ID_NUMBER, required: false },
  { field: 'name', header: '姓名', required: true },
  { field: 'birthDate', header: '出生日期', required: false },
  { field: 'eventDate', header: '事件日期', aliases: ['发生日期', '登记日期'], required: true },
  { field: 'details', header: '详情', aliases: ['备注', '说明'], required: false },
];

export const PAYMENT_COLUMNS: readonly FeedColumn<PaymentField>[] = [
  { field: 'idNumber', ...ID_NUMBER, required: true },
  { field: 'name', header: '姓名', required: false },
  { field: 'period', header: '发放期间', aliases: ['发放年月', '所属期'], required: true },
  { field: 'amount', header: '发放金额（元）', aliases: ['发放金额', '实发金额（元）', '实发金额'], required: true },
  { field: 'paidDate', header: '到账日期', aliases: ['发放日期'], required: true },
  { field: 'bankAccount', header: '银行账号', aliases: ['银行卡号'], required: false },
];

export const FEED_COLUMNS: Record<ImportKind, readonly FeedColumn[]> = {
  [ImportKind.RETIREES]: RETIREE_COLUMNS,
  [ImportKind.LIFE_EVENTS]: LIFE_EVENT_COLUMNS,
  [ImportKind.PENSION_PAYMENTS]: PAYMENT_COLUMNS,
};

/** A label or code from a file (`公安局`, `公安`, `POLICE`) to the code; null when unknown. */
export function codeFromLabel<C extends string>(labels: Record<C, string>, raw: string): C | null {
  const text = raw.trim();
  if (!text) return null;
  for (const [code, label] of Object.entries(labels) as [C, string][]) {
    if (code === text.toUpperCase() || label === text || label.replace(/(局|中心|院)$/, '') === text) return code;
  }
  return null;
}
