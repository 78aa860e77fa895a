import { useRef, useState, type FormEvent } from 'react';
import { isApiError, request, SERVER_MESSAGE } from '../../app/api';
import { Button } from '../../shared/Button';
import { Masked } from '../../shared/Masked';
import { Notice } from '../../shared/Notice';
import { idNumberProblem, normalizeIdNumber } from '../auth/idNumber';
import { ChoiceGroup, focusChoice } from '../transfer/ChoiceGroup';
import { discardMemberDraft, useMemberDraft, type MemberDraft } from './draft';
import { AddMyFamilyMemberMutation, UpdateMyFamilyMemberMutation, type FamilyMember } from './family.documents';

type Field = 'relation' | 'name' | 'phone' | 'idNumber';
type Errors = Partial<Record<Field, string>>;
const FIELDS: readonly Field[] = ['relation', 'name', 'phone', 'idNumber'];

const NAME_MAX = 50;
const YES_NO = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
] as const;
type YesNo = (typeof YES_NO)[number]['value'];

/** A mainland mobile (11 digits) or a landline with its area code, as the API accepts them. */
const PHONE_PATTERN = /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/;

export function phoneProblem(raw: string): string | null {
  const phone = raw.replace(/\s/g, '');
  if (!phone) return null;
  if (/^1/.test(phone) && /^\d+$/.test(phone) && phone.length !== 11) return `手机号应该是 11 位，您现在输入了 ${phone.length} 位，请核对。`;
  if (!PHONE_PATTERN.test(phone)) return '电话号码好像不对：手机号是 11 位数字，固定电话要带区号，例如 0575-83012345。';
  return null;
}

/** The login's own check (length, digits, checksum); empty is fine: the number is optional. */
export const memberIdProblem = (value: string): string | null => (value ? idNumberProblem(value) : null);

function problems(draft: MemberDraft): Errors {
  const errors: Errors = {};
  if (!draft.relation) errors.relation = '请选择这位家人和您的关系。';
  const name = draft.name.trim();
  if (!name) errors.name = '请填写姓名。';
  else if (name.length > NAME_MAX) errors.name = `姓名太长了，最多 ${NAME_MAX} 个字。`;
  const phone = phoneProblem(draft.phone);
  if (phone) errors.phone = phone;
  const id = memberIdProblem(draft.idNumber);
  if (id) errors.idNumber = id;
  return errors;
}

export const draftFrom = (member?: FamilyMember): MemberDraft => ({
  relation: member?.relation ?? null,
  name: member?.name ?? '',
  // Only ever shown masked: blank means "leave as it is".
  phone: '',
  idNumber: '',
  isEmergencyContact: member?.isEmergencyContact ?? false,
  isNextOfKin: member?.isNextOfKin ?? false,
});

interface Props {
  /** Absent when adding. */
  member?: FamilyMember;
  relations: readonly string[];
  onSaved(member: FamilyMember): void;
  onCancel(): void;
  onExpired(): void;
}

/** 登记 or 修改 one family member: relation as big buttons, name, optional phone and ID number, two yes/no. */
export function MemberForm({ member, relations, onSaved, onCancel, onExpired }: Props) {
  const key = member?.id ?? 'new';
  const [draft, setDraft] = useMemberDraft(key, () => draftFrom(member));
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const relationGroup = useRef<HTMLFieldSetElement>(null);
  const idInput = useRef<HTMLInputElement>(null);

  const focusField = (field: Field) => {
    if (field === 'relation') focusChoice(relationGroup.current);
    else form.current?.querySelector<HTMLElement>(`#member-${field}`)?.focus();
  };

  const update = (change: Partial<MemberDraft>) => {
    const next = { ...draft, ...change };
    setDraft(() => next);
    // A message goes once what it asked for is there.
    const still = problems(next);
    const kept = Object.fromEntries(Object.entries(errors).filter(([f]) => still[f as Field] || !(f in change))) as Errors;
    if (Object.keys(kept).length !== Object.keys(errors).length) {
      setErrors(kept);
      if (!Object.keys(kept).length) setSummary(null);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    const found = problems(draft);
    const invalid = FIELDS.filter((f) => found[f]);
    setErrors(found);
    if (invalid.length) {
      setSummary(invalid.length === 1 ? '有 1 项需要修改，请看下面标出的地方。' : `有 ${invalid.length} 项需要修改，请看下面标出的地方。`);
      focusField(invalid[0]!);
      return;
    }
    setSummary(null);
    const input = {
      relation: draft.relation!,
      name: draft.name.trim(),
      phone: draft.phone.replace(/\s/g, '') || null,
      idNumber: draft.idNumber || null,
      isEmergencyContact: draft.isEmergencyContact,
      isNextOfKin: draft.isNextOfKin,
    };
    setBusy(true);
    try {
      const saved = member
        ? (await request(UpdateMyFamilyMemberMutation, { id: member.id, input })).updateMyFamilyMember
        : (await request(AddMyFamilyMemberMutation, { input })).addMyFamilyMember;
      discardMemberDraft(key);
      onSaved(saved);
    } catch (err) {
      setBusy(false);
      if (isApiError(err, 'UNAUTHENTICATED')) return onExpired();
      const field = isApiError(err, 'BAD_USER_INPUT') && FIELDS.includes(err.field as Field) ? (err.field as Field) : null;
      if (field && isApiError(err)) {
        setErrors({ [field]: err.message });
        setSummary('有 1 项需要修改，请看下面标出的地方。');
        focusField(field);
      } else {
        setFormError(isApiError(err) ? err.message : SERVER_MESSAGE);
      }
    }
  };

  const cancel = () => {
    discardMemberDraft(key);
    onCancel();
  };

  const who = draft.name.trim() || '这位家人';
  const describedBy = (field: Field, hint?: boolean) => [hint ? `member-${field}-hint` : null, errors[field] ? `member-${field}-error` : null].filter(Boolean).join(' ') || undefined;
  const fieldClass = (field: Field) => `field${errors[field] ? ' field--error' : ''}`;
  const errorText = (field: Field) =>
    errors[field] && (
      <p className="field__error" id={`member-${field}-error`}>
        {errors[field]}
      </p>
    );
  // Phone number pads have no X: offer it as a button once the 17 digits are in.
  const needsX = /^\d{17}$/.test(draft.idNumber);

  return (
    <form ref={form} className="form" noValidate onSubmit={submit}>
      {summary && (
        <p className="form__summary" role="alert">
          {summary}
        </p>
      )}

      <ChoiceGroup
        ref={relationGroup}
        name="member-relation"
        legend="是您的什么人？"
        inline
        choices={relations.map((r) => ({ value: r, label: r }))}
        value={draft.relation}
        onChange={(relation) => update({ relation })}
        error={errors.relation}
      />

      <div className={fieldClass('name')}>
        <label className="field__label" htmlFor="member-name">
          姓名
        </label>
        {errorText('name')}
        <input
          id="member-name"
          className="input"
          type="text"
          autoComplete="off"
          maxLength={NAME_MAX + 10}
          value={draft.name}
          onChange={(e) => update({ name: e.target.value })}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name')}
        />
      </div>

      <div className={fieldClass('phone')}>
        <label className="field__label" htmlFor="member-phone">
          {`${who}的电话`}
          <span className="field__optional">（可不填）</span>
        </label>
        <p className="field__hint" id="member-phone-hint">
          {member?.phone ? (
            <>
              现在登记的是 <Masked value={member.phone} />。不用改就空着。
            </>
          ) : (
            '手机号 11 位；固定电话请带区号，例如 0575-83012345。'
          )}
        </p>
        {errorText('phone')}
        <input
          id="member-phone"
          className="input"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          maxLength={20}
          value={draft.phone}
          onChange={(e) => update({ phone: e.target.value })}
          aria-invalid={errors.phone ? true : undefined}
          aria-describedby={describedBy('phone', true)}
        />
      </div>

      <div className={fieldClass('idNumber')}>
        <label className="field__label" htmlFor="member-idNumber">
          {`${who}的身份证号`}
          <span className="field__optional">（可不填）</span>
        </label>
        <p className="field__hint" id="member-idNumber-hint">
          {member?.idNumber ? (
            <>
              现在登记的是 <Masked value={member.idNumber} />。不用改就空着。
            </>
          ) : (
            '共 18 位。办理身后事项等需要时，社区会用到。'
          )}
        </p>
        {errorText('idNumber')}
        <input
          ref={idInput}
          id="member-idNumber"
          className="input member-id"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={18}
          value={draft.idNumber}
          onChange={(e) => update({ idNumber: normalizeIdNumber(e.target.value) })}
          aria-invalid={errors.idNumber ? true : undefined}
          aria-describedby={describedBy('idNumber', true)}
        />
        {draft.idNumber && (
          <p className="field__count" aria-live="polite">
            已输入 {draft.idNumber.length} 位，共 18 位
          </p>
        )}
        {needsX && (
          <Button
            variant="secondary"
            onClick={() => {
              update({ idNumber: `${draft.idNumber}X` });
              idInput.current?.focus();
            }}
          >
            输入最后一位 X
          </Button>
        )}
      </div>

      <ChoiceGroup<YesNo>
        name="member-emergency"
        legend="是紧急联系人吗？"
        hint="遇到急事，社区会先联系紧急联系人。"
        inline
        choices={YES_NO}
        value={draft.isEmergencyContact ? 'yes' : 'no'}
        onChange={(v) => update({ isEmergencyContact: v === 'yes' })}
      />

      <ChoiceGroup<YesNo>
        name="member-kin"
        legend="是近亲属吗？"
        hint="配偶、子女、父母一般是近亲属。"
        inline
        choices={YES_NO}
        value={draft.isNextOfKin ? 'yes' : 'no'}
        onChange={(v) => update({ isNextOfKin: v === 'yes' })}
      />

      {formError && <Notice tone="error">{formError}</Notice>}
      <Button type="submit" busy={busy} busyText="正在保存……">
        保存
      </Button>
      <Button variant="secondary" onClick={cancel}>
        不保存，返回
      </Button>
    </form>
  );
}
