import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { isApiError, request, SERVER_MESSAGE } from '../../app/api';
import { useQuery } from '../../app/useQuery';
import { Button } from '../../shared/Button';
import { Notice } from '../../shared/Notice';
import { LoadError, Loading } from '../../shared/QueryState';
import { ChoiceGroup, focusChoice } from './ChoiceGroup';
import { reasonToSend, REASONS, type ReasonChoice, type TransferDraft } from './draft';
import { CommunitiesQuery, RequestCommunityTransferMutation, type CommunityChoice, type Transfer } from './transfer.documents';

export const STEPS = [
  { key: 'address', title: '新的居住地址' },
  { key: 'community', title: '选新社区' },
  { key: 'reason', title: '搬迁原因' },
  { key: 'review', title: '核对并提交' },
] as const;
export type StepKey = (typeof STEPS)[number]['key'];

export const ADDRESS_MIN = 5;
const ADDRESS_MAX = 300;
const REASON_MAX = 480;
const SUGGESTIONS = 8;

export function addressProblem(address: string): string | null {
  const text = address.trim();
  if (!text) return '请填写您搬去的新地址。';
  if (text.length < ADDRESS_MIN) return `请把新地址写得详细一些（至少 ${ADDRESS_MIN} 个字），写上街道或镇、小区或村、门牌号。`;
  return null;
}

export function reasonProblem(draft: TransferDraft): string | null {
  if (!draft.reasonChoice) return '请选一个搬迁原因。';
  if (draft.reasonChoice === '其他' && draft.reasonText.trim().length < 2) return '请写一下搬迁的原因（至少 2 个字）。';
  return null;
}

/** The first step still missing something: a reload (the draft is in memory only) starts there. */
export function firstIncomplete(draft: TransferDraft): StepKey {
  if (addressProblem(draft.address)) return 'address';
  if (!draft.community) return 'community';
  if (reasonProblem(draft)) return 'reason';
  return 'review';
}

export interface CurrentCommunity {
  id: string;
  name: string;
}

interface StepProps {
  draft: TransferDraft;
  setDraft(update: (draft: TransferDraft) => TransferDraft): void;
  current: CurrentCommunity;
  /** Forward: the next step, or back to 核对 when this step was opened from there. */
  onNext(): void;
  /** The label of the forward button. */
  nextLabel: string;
  onPrevious?: () => void;
}

/** "第 2 步，共 4 步" and the step's name, in one heading that takes focus when the step changes. */
function StepHeading({ step, focus }: { step: StepKey; focus: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [step, focus]);
  const index = STEPS.findIndex((s) => s.key === step);
  return (
    <h2 className="form-step" ref={ref} tabIndex={-1}>
      <span className="form-step__count">
        第 {index + 1} 步，共 {STEPS.length} 步<span className="sr-only">：</span>
      </span>
      <span className="form-step__title">{STEPS[index]!.title}</span>
    </h2>
  );
}

function StepButtons({ nextLabel, onPrevious, busy, busyText }: { nextLabel: string; onPrevious?: () => void; busy?: boolean; busyText?: string }) {
  return (
    <div className="form-buttons">
      <Button type="submit" busy={busy} busyText={busyText}>
        {nextLabel}
      </Button>
      {onPrevious && (
        <Button variant="secondary" onClick={onPrevious}>
          上一步
        </Button>
      )}
    </div>
  );
}

function AddressStep({ draft, setDraft, onNext, nextLabel, onPrevious }: StepProps) {
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = addressProblem(draft.address);
    setError(problem);
    if (problem) input.current?.focus();
    else onNext();
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      <div className={`field${error ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor="newAddress">
          您搬到了哪里？
        </label>
        <p className="field__hint" id="newAddress-hint">
          请写清楚街道（镇、乡）、小区或村、门牌号。例如：剡湖街道龙会路88号3幢201室
        </p>
        {error && (
          <p className="field__error" id="newAddress-error">
            {error}
          </p>
        )}
        <textarea
          ref={input}
          id="newAddress"
          className="input textarea"
          rows={3}
          maxLength={ADDRESS_MAX}
          autoComplete="street-address"
          value={draft.address}
          onChange={(e) => {
            const address = e.target.value;
            setDraft((d) => ({ ...d, address }));
            if (error && !addressProblem(address)) setError(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={`newAddress-hint${error ? ' newAddress-error' : ''}`}
        />
      </div>
      <StepButtons nextLabel={nextLabel} onPrevious={onPrevious} />
    </form>
  );
}

const townshipOf = (c: CommunityChoice) => c.parent?.name ?? null;

function CommunityStep({ draft, setDraft, current, onNext, nextLabel, onPrevious }: StepProps) {
  const [typed, setTyped] = useState('');
  const [searched, setSearched] = useState('');
  const [error, setError] = useState<string | null>(null);
  const group = useRef<HTMLFieldSetElement>(null);
  const result = useQuery(CommunitiesQuery, searched ? { search: searched, limit: 20 } : { address: draft.address.trim(), limit: SUGGESTIONS });

  const found = result.status === 'done' ? result.data.communities.filter((c) => c.id !== current.id) : [];
  // What was chosen stays on the list, also while another search shows other communities.
  const choices = draft.community && !found.some((c) => c.id === draft.community!.id) ? [draft.community, ...found] : found;

  const search = (e: FormEvent) => {
    e.preventDefault();
    setSearched(typed.trim());
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.community) {
      setError('请选一个新社区。列表里没有的话，可以在上面按社区名称查找。');
      focusChoice(group.current);
      return;
    }
    onNext();
  };

  const choose = (id: string) => {
    const community = choices.find((c) => c.id === id) ?? null;
    setDraft((d) => ({ ...d, community }));
    setError(null);
  };

  let listHint: ReactNode;
  if (result.status === 'done') {
    if (searched) listHint = found.length ? `名称里有「${searched}」的社区：` : `没有找到名称里有「${searched}」的社区，请换个字再找一找。`;
    else listHint = found.length ? '根据您填的新地址，推荐这些社区：' : '根据您填的新地址，没有找到对应的社区。请在上面输入社区名称查找，例如“龙会”。';
  }

  return (
    <>
      <p>新地址：{draft.address.trim()}</p>
      <form className="community-search" role="search" aria-label="按名称查找社区" noValidate onSubmit={search}>
        <label className="field__label" htmlFor="communitySearch">
          按社区名称查找<span className="field__optional">（推荐的不对时再用）</span>
        </label>
        <input id="communitySearch" className="input" type="search" enterKeyHint="search" maxLength={50} value={typed} onChange={(e) => setTyped(e.target.value)} />
        <Button type="submit" variant="secondary">
          查找
        </Button>
      </form>

      <form className="form" noValidate onSubmit={submit}>
        <p className="choices-status" role="status">
          {result.status === 'loading' ? '' : listHint}
        </p>
        {result.status === 'loading' && <Loading text="正在查找社区……" />}
        {result.status === 'error' && <LoadError error={result.error} onRetry={result.retry} />}
        {choices.length > 0 && (
          <ChoiceGroup
            ref={group}
            name="toCommunity"
            legend="请选一个新社区"
            hint={`您现在的社区（${current.name}）不在这里列出。`}
            choices={choices.map((c) => ({ value: c.id, label: c.name, detail: townshipOf(c) }))}
            value={draft.community?.id ?? null}
            onChange={choose}
            error={error}
          />
        )}
        {!choices.length && error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        {searched && (
          <Button
            variant="quiet"
            onClick={() => {
              setSearched('');
              setTyped('');
            }}
          >
            回到推荐的社区
          </Button>
        )}
        <StepButtons nextLabel={nextLabel} onPrevious={onPrevious} />
      </form>
    </>
  );
}

function ReasonStep({ draft, setDraft, onNext, nextLabel, onPrevious }: StepProps) {
  const [error, setError] = useState<string | null>(null);
  const group = useRef<HTMLFieldSetElement>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  const other = draft.reasonChoice === '其他';
  const textError = error && draft.reasonChoice ? error : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = reasonProblem(draft);
    setError(problem);
    if (!problem) onNext();
    else if (!draft.reasonChoice) focusChoice(group.current);
    else text.current?.focus();
  };

  const update = (change: Partial<TransferDraft>) => {
    const next = { ...draft, ...change };
    setDraft(() => next);
    if (error && !reasonProblem(next)) setError(null);
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ChoiceGroup
        ref={group}
        name="reason"
        legend="为什么搬家？点一下选择"
        choices={REASONS.map((r) => ({ value: r, label: r }))}
        value={draft.reasonChoice}
        onChange={(reasonChoice: ReasonChoice) => update({ reasonChoice })}
        error={draft.reasonChoice ? null : error}
      />
      <div className={`field${textError ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor="reasonText">
          {other ? '请写一下原因' : '还想说明的'}
          {!other && <span className="field__optional">（可不填）</span>}
        </label>
        {textError && (
          <p className="field__error" id="reasonText-error">
            {textError}
          </p>
        )}
        <textarea
          ref={text}
          id="reasonText"
          className="input textarea"
          rows={3}
          maxLength={REASON_MAX}
          value={draft.reasonText}
          onChange={(e) => update({ reasonText: e.target.value })}
          aria-invalid={textError ? true : undefined}
          aria-describedby={textError ? 'reasonText-error' : undefined}
        />
      </div>
      <StepButtons nextLabel={nextLabel} onPrevious={onPrevious} />
    </form>
  );
}

type FieldErrors = Partial<Record<'newAddress' | 'toCommunityId' | 'reason', string>>;
const FIELD_STEP: Record<keyof FieldErrors, StepKey> = { newAddress: 'address', toCommunityId: 'community', reason: 'reason' };

interface ReviewProps {
  draft: TransferDraft;
  current: CurrentCommunity;
  onEdit(step: StepKey): void;
  onPrevious(): void;
  onSent(transfer: Transfer): void;
  /** CONFLICT: one is open already; load it to show where it is. */
  onShowOpen(): void;
  onExpired(): void;
}

function ReviewRow({ label, field, step, errors, onEdit, children }: { label: string; field?: keyof FieldErrors; step?: StepKey; errors: FieldErrors; onEdit(step: StepKey): void; children: ReactNode }) {
  const error = field ? errors[field] : undefined;
  const id = field ? `review-${field}` : undefined;
  return (
    <div className={`review__row${error ? ' field--error' : ''}`}>
      <dt>{label}</dt>
      <dd>
        <p className="review__value">{children}</p>
        {error && (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        )}
        {step && (
          <Button id={`${id}-edit`} variant="secondary" block={false} className="review__edit" aria-describedby={error ? `${id}-error` : undefined} onClick={() => onEdit(step)}>
            修改<span className="sr-only">{label}</span>
          </Button>
        )}
      </dd>
    </div>
  );
}

function ReviewStep({ draft, current, onEdit, onPrevious, onSent, onShowOpen, onExpired }: ReviewProps) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<{ message: string; conflict: boolean } | null>(null);
  const list = useRef<HTMLDListElement>(null);
  const community = draft.community!;
  const township = townshipOf(community);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const { requestCommunityTransfer } = await request(RequestCommunityTransferMutation, {
        input: { toCommunityId: community.id, newAddress: draft.address.trim(), reason: reasonToSend(draft) },
      });
      onSent(requestCommunityTransfer);
    } catch (err) {
      setBusy(false);
      if (isApiError(err, 'UNAUTHENTICATED')) return onExpired();
      const field = isApiError(err, 'BAD_USER_INPUT') ? (err.field as keyof FieldErrors | undefined) : undefined;
      if (field && field in FIELD_STEP) {
        // Said right at the item it is about, with the button that goes to fix it.
        setErrors({ [field]: (err as Error).message });
        requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`#review-${field}-edit`)?.focus());
      } else {
        setFormError({ message: isApiError(err) ? err.message : SERVER_MESSAGE, conflict: isApiError(err, 'CONFLICT') });
      }
    }
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      <p>请核对一下。要改哪一项，点它下面的“修改”。</p>
      <dl className="review" ref={list}>
        <ReviewRow label="现在的社区" errors={errors} onEdit={onEdit}>
          {current.name}
        </ReviewRow>
        <ReviewRow label="新的居住地址" field="newAddress" step="address" errors={errors} onEdit={onEdit}>
          {draft.address.trim()}
        </ReviewRow>
        <ReviewRow label="新社区" field="toCommunityId" step="community" errors={errors} onEdit={onEdit}>
          {community.name}
          {township && <span className="review__detail">{township}</span>}
        </ReviewRow>
        <ReviewRow label="搬迁原因" field="reason" step="reason" errors={errors} onEdit={onEdit}>
          {reasonToSend(draft)}
        </ReviewRow>
      </dl>
      <p>
        提交后，先由{current.name}同意转出，再由{community.name}接收，然后就完成了。每一步的结果都会发到“消息”里。
      </p>
      {formError && (
        <Notice tone="error">
          <p>{formError.message}</p>
          {formError.conflict && (
            <Button variant="secondary" onClick={onShowOpen}>
              查看正在办理的申请
            </Button>
          )}
        </Notice>
      )}
      <StepButtons nextLabel="提交申请" onPrevious={onPrevious} busy={busy} busyText="正在提交……" />
    </form>
  );
}

interface FormProps {
  step: StepKey;
  /** The step was reached by moving on (or back) inside the form: its heading takes focus. */
  moved: boolean;
  draft: TransferDraft;
  setDraft(update: (draft: TransferDraft) => TransferDraft): void;
  current: CurrentCommunity;
  /** Opened from 核对 (修改): forward goes straight back there. */
  fromReview: boolean;
  goTo(step: StepKey): void;
  goBack(): void;
  onSent(transfer: Transfer): void;
  onShowOpen(): void;
  onExpired(): void;
}

/** 申请转到新社区, one step at a time: 新的居住地址 → 选新社区 → 搬迁原因 → 核对并提交. */
export function TransferForm({ step, moved, draft, setDraft, current, fromReview, goTo, goBack, onSent, onShowOpen, onExpired }: FormProps) {
  const index = STEPS.findIndex((s) => s.key === step);
  const next = STEPS[index + 1]?.key ?? 'review';
  const props: StepProps = {
    draft,
    setDraft,
    current,
    onNext: () => (fromReview ? goBack() : goTo(next)),
    nextLabel: fromReview ? '改好了，回去核对' : '下一步',
    onPrevious: index > 0 ? goBack : undefined,
  };
  return (
    <div className="transfer-form">
      <StepHeading step={step} focus={moved} />
      {step === 'address' && <AddressStep {...props} />}
      {step === 'community' && <CommunityStep {...props} />}
      {step === 'reason' && <ReasonStep {...props} />}
      {step === 'review' && <ReviewStep draft={draft} current={current} onEdit={goTo} onPrevious={goBack} onSent={onSent} onShowOpen={onShowOpen} onExpired={onExpired} />}
    </div>
  );
}
