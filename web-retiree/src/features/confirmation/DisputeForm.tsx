import { useRef, useState, type FormEvent } from 'react';
import { isApiError, request, SERVER_MESSAGE } from '../../app/api';
import type { ConfirmableField, DisputeItemInput } from '../../gql/graphql';
import { Button } from '../../shared/Button';
import { NOT_RECORDED } from '../../shared/Facts';
import { Notice } from '../../shared/Notice';
import { DisputeMyInfoMutation, type Confirmation, type ConfirmationItem } from './confirmation.documents';
import { discardDraft, useDraft, type DraftItem } from './draft';
import { displayValue } from './values';

interface Props {
  confirmation: Confirmation;
  onSent(confirmation: Confirmation): void;
  onBack(): void;
  /** The session ended: the caller sends them to login (the draft stays for when they are back). */
  onExpired(): void;
}

const EMPTY: DraftItem = { selected: false, comment: '', proposedValue: '' };
const COMMENT_MAX = 500;
const PROPOSED_MAX = 300;

type InputKind = { type: 'text' | 'tel'; inputMode?: 'numeric' | 'tel'; autoComplete: string; hint?: string };

/** Keyboards that fit: the phone pad for numbers, the normal keyboard for words. */
const INPUT_KIND: Partial<Record<ConfirmableField, InputKind>> = {
  PHONE: { type: 'tel', inputMode: 'tel', autoComplete: 'tel', hint: '手机号是 11 位数字' },
  BANK_ACCOUNT: { type: 'text', inputMode: 'numeric', autoComplete: 'off', hint: '银行卡上的卡号' },
  CITIZEN_CARD_NO: { type: 'text', inputMode: 'numeric', autoComplete: 'off' },
  ID_NUMBER: { type: 'text', inputMode: 'numeric', autoComplete: 'off', hint: '共 18 位' },
  BIRTH_DATE: { type: 'text', autoComplete: 'off', hint: '例如：1962年3月8日' },
  RETIREMENT_DATE: { type: 'text', autoComplete: 'off', hint: '例如：2012年4月1日' },
};
const TEXT: InputKind = { type: 'text', autoComplete: 'off' };

const missing = (label: string) => `请说明「${label}」哪里不对，或填写正确的${label}。`;

/** A phone number someone can be called on: 7 to 12 digits, spaces and dashes aside. */
function phoneProblem(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '');
  if (!digits) return null;
  if (!/^\d+$/.test(digits)) return '电话号码只能是数字，请核对。';
  if (digits.startsWith('1') && digits.length !== 11) return `手机号应该是 11 位，您现在输入了 ${digits.length} 位，请核对。`;
  if (digits.length < 7 || digits.length > 12) return '这个电话号码的位数好像不对，请核对。';
  return null;
}

function itemProblem(item: ConfirmationItem, draft: DraftItem): string | null {
  if (!draft.comment.trim() && !draft.proposedValue.trim()) return missing(item.label);
  if (item.field === 'PHONE') return phoneProblem(draft.proposedValue);
  return null;
}

/** "items.2.comment" → 2 */
const itemIndex = (field: string | undefined) => {
  const match = /^items\.(\d+)\./.exec(field ?? '');
  return match ? Number(match[1]) : null;
};

/**
 * "有信息不对": tick what is wrong, say what is wrong and, if known, what is right. Every word
 * typed is kept until it is sent, also when going back to the list in between.
 */
export function DisputeForm({ confirmation, onSent, onBack, onExpired }: Props) {
  const [draft, setDraft] = useDraft(confirmation.id);
  const [errors, setErrors] = useState<Partial<Record<ConfirmableField, string>>>({});
  const [pickError, setPickError] = useState<string | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const itemOf = (field: ConfirmableField) => draft[field] ?? EMPTY;
  const chosen = confirmation.items.filter((item) => itemOf(item.field).selected);

  const focusItem = (field: ConfirmableField) => {
    form.current?.querySelector<HTMLElement>(`#comment-${field}`)?.focus();
  };

  const update = (item: ConfirmationItem, change: Partial<DraftItem>) => {
    const next = { ...itemOf(item.field), ...change };
    setDraft((d) => ({ ...d, [item.field]: next }));
    if (change.selected) setPickError(null);
    // A message goes away once what it asked for is there; it is not re-judged while typing.
    if (errors[item.field] && (!next.selected || !itemProblem(item, next))) {
      setErrors(({ [item.field]: _gone, ...rest }) => rest);
      if (Object.keys(errors).length === 1) setSummary(null);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    if (!chosen.length) {
      setPickError('请至少勾选一项不对的信息。');
      setSummary(null);
      form.current?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
      return;
    }
    const found: Partial<Record<ConfirmableField, string>> = {};
    for (const item of chosen) {
      const problem = itemProblem(item, itemOf(item.field));
      if (problem) found[item.field] = problem;
    }
    const invalid = chosen.filter((item) => found[item.field]);
    setErrors(found);
    if (invalid.length) {
      setSummary(invalid.length === 1 ? '有 1 项还需要补充，请看下面标出的地方。' : `有 ${invalid.length} 项还需要补充，请看下面标出的地方。`);
      focusItem(invalid[0]!.field);
      return;
    }
    setSummary(null);

    const items: DisputeItemInput[] = chosen.map(({ field }) => {
      const { comment, proposedValue } = itemOf(field);
      return { field, comment: comment.trim() || null, proposedValue: proposedValue.trim() || null };
    });
    setBusy(true);
    try {
      const { disputeMyInfo } = await request(DisputeMyInfoMutation, { id: confirmation.id, items });
      discardDraft(confirmation.id);
      onSent(disputeMyInfo);
    } catch (err) {
      setBusy(false);
      if (isApiError(err, 'UNAUTHENTICATED')) return onExpired();
      const at = isApiError(err, 'BAD_USER_INPUT') ? chosen[itemIndex(err.field) ?? -1] : undefined;
      if (at && isApiError(err)) {
        // The API names the item by its place in what was sent: show the message right there.
        setErrors({ [at.field]: err.message });
        setSummary('有 1 项需要修改，请看下面标出的地方。');
        focusItem(at.field);
      } else {
        setFormError(isApiError(err) ? err.message : SERVER_MESSAGE);
      }
    }
  };

  return (
    <>
      <p className="lead">请勾选不对的信息，再说一说哪里不对。知道正确的内容，也请一起填上。社区工作人员核实后会告诉您结果。</p>

      <form ref={form} className="form" noValidate onSubmit={submit}>
        {summary && (
          <p className="form__summary" role="alert">
            {summary}
          </p>
        )}
        <fieldset className={`picks${pickError ? ' field--error' : ''}`} aria-describedby={pickError ? 'pick-error' : undefined}>
          <legend className="field__label">哪些信息不对？可以选多项</legend>
          {pickError && (
            <p className="field__error" id="pick-error" role="alert">
              {pickError}
            </p>
          )}
          <ul className="picks__list">
            {confirmation.items.map((item) => {
              const d = itemOf(item.field);
              const error = errors[item.field];
              const kind = INPUT_KIND[item.field] ?? TEXT;
              const ids = { error: `error-${item.field}`, comment: `comment-${item.field}`, proposed: `proposed-${item.field}`, hint: `hint-${item.field}` };
              const describedBy = (own?: string) => [own, error ? ids.error : undefined].filter(Boolean).join(' ') || undefined;
              return (
                <li key={item.field} className={`pick${d.selected ? ' is-selected' : ''}${error ? ' field--error' : ''}`}>
                  <label className="pick__choice">
                    <input type="checkbox" className="pick__box" checked={d.selected} onChange={(e) => update(item, { selected: e.target.checked })} />
                    <span className="pick__text">
                      <span className="pick__label">{item.label}</span>
                      <span className="pick__value">{displayValue(item.field, item.value) ?? NOT_RECORDED}</span>
                    </span>
                  </label>
                  {d.selected && (
                    <div className="pick__details" role="group" aria-label={`「${item.label}」哪里不对`}>
                      {error && (
                        <p className="field__error" id={ids.error}>
                          {error}
                        </p>
                      )}
                      <div className="field">
                        <label className="field__label" htmlFor={ids.comment}>
                          {`${item.label}：哪里不对`}
                        </label>
                        <textarea
                          id={ids.comment}
                          className="input textarea"
                          rows={3}
                          maxLength={COMMENT_MAX}
                          value={d.comment}
                          onChange={(e) => update(item, { comment: e.target.value })}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={describedBy()}
                        />
                      </div>
                      <div className="field">
                        <label className="field__label" htmlFor={ids.proposed}>
                          正确的{item.label}
                          <span className="field__optional">（知道的话请填写）</span>
                        </label>
                        {kind.hint && (
                          <p className="field__hint" id={ids.hint}>
                            {kind.hint}
                          </p>
                        )}
                        <input
                          id={ids.proposed}
                          className="input"
                          type={kind.type}
                          inputMode={kind.inputMode}
                          autoComplete={kind.autoComplete}
                          maxLength={PROPOSED_MAX}
                          value={d.proposedValue}
                          onChange={(e) => update(item, { proposedValue: e.target.value })}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={describedBy(kind.hint ? ids.hint : undefined)}
                        />
                      </div>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>

        {formError && <Notice tone="error">{formError}</Notice>}
        <Button type="submit" busy={busy} busyText="正在提交……">
          {chosen.length ? `提交（已选 ${chosen.length} 项）` : '提交'}
        </Button>
        <Button variant="secondary" onClick={onBack}>
          返回核对信息
        </Button>
      </form>
    </>
  );
}
