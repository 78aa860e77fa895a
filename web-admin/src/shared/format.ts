import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** Asia/Shanghai has been UTC+8 all year, without daylight saving, since 1991: a fixed offset is exact. */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

/** Money is integer fen everywhere; on screen it is yuan with thousands separators: 321650 → "¥3,216.50". */
export function formatMoney(fen: number | null | undefined): string {
  if (fen == null || !Number.isFinite(fen)) return '—';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${sign}¥${yuan}.${cents}`;
}

/** Fen from yuan typed into a form (two decimals at most): 1234.56 → 123456. */
export const yuanToFen = (yuan: number): number => Math.round(yuan * 100);

/** Yuan for a form's initial value: 123456 → 1234.56. */
export const fenToYuan = (fen: number): number => fen / 100;

/** A UTC timestamp as Shanghai wall-clock time. */
export function formatDateTime(iso: string | null | undefined, pattern = 'YYYY-MM-DD HH:mm'): string {
  if (!iso) return '—';
  const d = dayjs.utc(iso);
  return d.isValid() ? d.utcOffset(SHANGHAI_OFFSET_MINUTES).format(pattern) : '—';
}

/** Today's date in Shanghai (`YYYY-MM-DD`). */
export function todayInShanghai(now: Date = new Date()): string {
  return dayjs.utc(now).utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY-MM-DD');
}

/** `2026-09-30` → `2026-10`: the month after a day (payment stops or starts from a whole month). */
export function monthAfter(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** A share as a percentage with one decimal: 0.8571 → "85.7%"; no base → "—". */
export function formatRate(rate: number | null | undefined): string {
  return rate == null || !Number.isFinite(rate) ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** `part` of `whole` as a percentage ("12.5%"); "—" when there is no whole. */
export const formatShare = (part: number, whole: number): string => formatRate(whole > 0 ? part / whole : null);

/** A local date (`YYYY-MM-DD`, no time zone) as it is. */
export function formatDate(localDate: string | null | undefined): string {
  return localDate || '—';
}

/** Start of a Shanghai calendar day as a UTC instant, for `from` filters on timestamps. */
export function shanghaiDayStart(localDate: string): string {
  return dayjs.utc(`${localDate}T00:00:00`).subtract(SHANGHAI_OFFSET_MINUTES, 'minute').toISOString();
}

/** End of a Shanghai calendar day (inclusive) as a UTC instant, for `to` filters on timestamps. */
export function shanghaiDayEnd(localDate: string): string {
  return dayjs.utc(`${localDate}T23:59:59.999`).subtract(SHANGHAI_OFFSET_MINUTES, 'minute').toISOString();
}

export type TagColor = 'success' | 'warning' | 'default' | 'processing' | 'error';

export const RETIREE_STATUS: Record<string, { label: string; color: TagColor }> = {
  ACTIVE: { label: '正常发放', color: 'success' },
  SUSPENDED: { label: '暂停发放', color: 'warning' },
  DECEASED: { label: '已故', color: 'default' },
  TRANSFERRED: { label: '已转出', color: 'processing' },
};
export const RETIREE_STATUS_OPTIONS = Object.entries(RETIREE_STATUS).map(([value, { label }]) => ({ value, label }));

export const GENDER_LABEL: Record<string, string> = { MALE: '男', FEMALE: '女' };

export const ROLE_LABEL: Record<string, string> = { ADMIN: '管理员', STAFF: '工作人员', VIEWER: '只读' };
export const ROLE_OPTIONS = Object.entries(ROLE_LABEL).map(([value, label]) => ({ value, label }));

export const ORG_LEVEL_LABEL: Record<string, string> = { CITY: '市人社局', TOWNSHIP: '镇乡街道', COMMUNITY: '社区村' };
export const ORG_KIND_LABEL: Record<string, string> = { STREET: '街道', TOWN: '镇', TOWNSHIP: '乡', COMMUNITY: '社区', VILLAGE: '村' };

export const AUDIT_ACTION_LABEL: Record<string, string> = { REVEAL: '查看', EXPORT: '导出' };
export const AUDIT_ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABEL).map(([value, label]) => ({ value, label }));

export const SENSITIVE_FIELD_LABEL: Record<string, string> = { ID_NUMBER: '身份证号', BANK_ACCOUNT: '银行账号', PHONE: '联系电话' };
export const SENSITIVE_FIELD_OPTIONS = Object.entries(SENSITIVE_FIELD_LABEL).map(([value, label]) => ({ value, label }));

export const CHANGE_SOURCE_LABEL: Record<string, string> = {
  STAFF: '工作人员修改',
  RETIREE: '本人申报',
  PROVINCIAL: '省集中系统',
  IMPORT: '批量导入',
  SEED: '初始数据',
  SYSTEM: '系统规则',
};

/** Labels of the profile fields that appear in a retiree's change history. */
export const RETIREE_FIELD_LABEL: Record<string, string> = {
  name: '姓名',
  idNumber: '身份证号',
  gender: '性别',
  birthDate: '出生日期',
  phone: '联系电话',
  employer: '原工作单位',
  hukouAddress: '户籍地址',
  residenceAddress: '常住地址',
  bankName: '开户银行',
  bankAccount: '银行账号',
  citizenCardNo: '市民卡号',
  status: '待遇状态',
  monthlyPension: '月基本养老金',
  retirementDate: '退休日期',
  community: '管理社区',
  familyMember: '家庭成员',
  registration: '新退休人员登记',
};

export function labelOf(map: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '—';
  return map[code] ?? code;
}
