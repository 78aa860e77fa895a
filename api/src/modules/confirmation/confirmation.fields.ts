import { formatYuan } from '../../common/money.js';
import { maskBankAccount, maskIdNumber, maskPhone } from '../../common/masking.js';
import type { EditableField } from '../retiree/retiree.service.js';
import { ConfirmableField } from './confirmation.entities.js';

interface FieldRule {
  label: string;
  /** Shown masked to everyone (the retiree knows their own value). */
  mask?: (value: string | null) => string | null;
  /** The profile field a staff correction writes; absent: corrected at its source, so only explained here. */
  editable?: EditableField;
  format?: (value: string | null) => string | null;
}

const yuan = (fen: string | null) => (fen === null ? null : `${formatYuan(Number(fen))}/月`);
const gender = (v: string | null) => (v === 'MALE' ? '男' : v === 'FEMALE' ? '女' : v);

/** Labels in the order the retiree reads them, with how each is shown and corrected. */
export const CONFIRMABLE_FIELDS: Record<ConfirmableField, FieldRule> = {
  [ConfirmableField.NAME]: { label: '姓名', editable: 'name' },
  [ConfirmableField.GENDER]: { label: '性别', format: gender },
  [ConfirmableField.BIRTH_DATE]: { label: '出生日期' },
  [ConfirmableField.ID_NUMBER]: { label: '身份证号码', mask: maskIdNumber },
  [ConfirmableField.PHONE]: { label: '联系电话', mask: maskPhone, editable: 'phone' },
  [ConfirmableField.HUKOU_ADDRESS]: { label: '户籍地址', editable: 'hukouAddress' },
  [ConfirmableField.RESIDENCE_ADDRESS]: { label: '常住地址', editable: 'residenceAddress' },
  [ConfirmableField.EMPLOYER]: { label: '原工作单位', editable: 'employer' },
  [ConfirmableField.RETIREMENT_DATE]: { label: '退休日期' },
  [ConfirmableField.BANK_NAME]: { label: '养老金发放银行', editable: 'bankName' },
  [ConfirmableField.BANK_ACCOUNT]: { label: '银行账号', mask: maskBankAccount, editable: 'bankAccount' },
  [ConfirmableField.CITIZEN_CARD_NO]: { label: '市民卡号', editable: 'citizenCardNo' },
  [ConfirmableField.MONTHLY_PENSION]: { label: '月养老金', format: yuan },
  [ConfirmableField.COMMUNITY]: { label: '管理社区' },
};

/** A stored value as people may see it: formatted, and masked where sensitive. */
export function displayValue(field: ConfirmableField, raw: string | number | null | undefined): string | null {
  const rule = CONFIRMABLE_FIELDS[field];
  const value = raw === null || raw === undefined ? null : String(raw);
  if (rule.mask) return rule.mask(value);
  return rule.format ? rule.format(value) : value;
}
