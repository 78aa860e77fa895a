import { useEffect, useRef } from 'react';
import { request } from '../../app/api';
import { Button } from '../../shared/Button';
import { ConfirmStep } from '../../shared/ConfirmStep';
import { Facts } from '../../shared/Facts';
import { formatDate } from '../../shared/format';
import { CheckIcon } from '../../shared/icons';
import { Notice } from '../../shared/Notice';
import { CommunityCard } from '../home/CommunityCard';
import { CancelCommunityTransferMutation, type Transfer } from './transfer.documents';

type StepState = 'done' | 'current' | 'failed' | 'waiting' | 'skipped';

const STATE_WORD: Record<StepState, string> = {
  done: '已完成',
  current: '正在办理',
  failed: '没有通过',
  waiting: '还没到这一步',
  skipped: '已撤销',
};

interface Step {
  title: string;
  state: StepState;
  date?: string | null;
  /** What happened at this step, in a sentence. */
  text?: string;
  /** What the community wrote (a refusal always has one). */
  note?: string | null;
}

/** The four steps as the retiree sees them: 已提交 → 原社区同意 → 新社区接收 → 完成. */
export function transferSteps(t: Transfer): Step[] {
  const from = t.fromCommunity.name;
  const to = t.toCommunity.name;
  const cancelled = t.status === 'CANCELLED';
  const origin: Step = { title: `${from}同意转出`, state: 'waiting' };
  const target: Step = { title: `${to}接收`, state: 'waiting' };
  const done: Step = { title: '完成', state: 'waiting' };

  if (t.originReviewedAt && t.status !== 'REJECTED_BY_ORIGIN') {
    Object.assign(origin, { state: 'done', date: t.originReviewedAt, text: `${from}已同意`, note: t.originNote });
  }
  switch (t.status) {
    case 'PENDING_ORIGIN':
      Object.assign(origin, { state: 'current', text: `${from}正在审核，结果会发到“消息”里。` });
      break;
    case 'REJECTED_BY_ORIGIN':
      Object.assign(origin, { state: 'failed', date: t.originReviewedAt, text: `${from}没有同意转出。`, note: t.originNote });
      break;
    case 'PENDING_TARGET':
      Object.assign(target, { state: 'current', text: `${to}正在办理接收，结果会发到“消息”里。` });
      break;
    case 'REJECTED_BY_TARGET':
      Object.assign(target, { state: 'failed', date: t.targetReviewedAt, text: `${to}暂时不能接收，您的管理社区还是${from}。`, note: t.targetNote });
      break;
    case 'COMPLETED':
      Object.assign(target, { state: 'done', date: t.targetReviewedAt, text: `${to}已接收`, note: t.targetNote });
      Object.assign(done, { state: 'done', date: t.completedAt, text: `您的管理社区已经变更为${to}。` });
      break;
    case 'CANCELLED':
      break;
  }
  if (cancelled) {
    for (const step of [origin, target, done]) if (step.state === 'waiting') step.state = 'skipped';
  }
  return [{ title: '已提交申请', state: 'done', date: t.createdAt }, origin, target, done];
}

function StepList({ transfer }: { transfer: Transfer }) {
  return (
    <ol className="steps">
      {transferSteps(transfer).map((step, i) => (
        <li key={step.title} className={`step step--${step.state}`} aria-current={step.state === 'current' ? 'step' : undefined}>
          <span className="step__mark" aria-hidden="true">
            {step.state === 'done' ? <CheckIcon /> : i + 1}
          </span>
          <div className="step__body">
            <h3 className="step__title">
              <span className="sr-only">第 {i + 1} 步：</span>
              {step.title}
            </h3>
            <p className="step__state">
              <span className={`badge step__badge step__badge--${step.state}`}>{STATE_WORD[step.state]}</span>
              {step.date && <span className="step__date">{formatDate(step.date)}</span>}
            </p>
            {step.text && <p>{step.text}</p>}
            {step.note && <p className="step__note">社区的说明：{step.note}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** The move in one line: from → to. */
export function MoveLine({ transfer }: { transfer: Transfer }) {
  return (
    <p className="route">
      <span className="route__from">{transfer.fromCommunity.name}</span>
      <span className="route__arrow" aria-hidden="true">
        →
      </span>
      <span className="sr-only">转到</span>
      <span className="route__to">{transfer.toCommunity.name}</span>
    </p>
  );
}

interface OpenProps {
  transfer: Transfer;
  /** Sent on this screen just now: say so and take focus to the result. */
  justSent: boolean;
  onCancelled(transfer: Transfer): void;
  onExpired(): void;
}

/** An application under way: where it is, what each community said, and a way to withdraw it. */
export function OpenTransfer({ transfer, justSent, onCancelled, onExpired }: OpenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (justSent) heading.current?.focus();
  }, [justSent]);
  const handler = transfer.status === 'PENDING_TARGET' ? transfer.toCommunity : transfer.fromCommunity;

  return (
    <>
      {justSent && <Notice tone="success">申请已提交，谢谢您！每一步的结果都会发到“消息”里，也会显示在这一页。</Notice>}
      <section className="card transfer-state" aria-labelledby="transfer-state-title">
        <h2 id="transfer-state-title" className="card__title" ref={heading} tabIndex={-1}>
          您的转移申请正在办理
        </h2>
        <MoveLine transfer={transfer} />
        <Facts
          rows={[
            ['新的居住地址', transfer.newAddress],
            ['搬迁原因', transfer.reason],
          ]}
        />
      </section>

      <section aria-labelledby="progress-title">
        <h2 id="progress-title" className="section-title">
          办理进度
        </h2>
        <StepList transfer={transfer} />
      </section>

      <CommunityCard community={handler} title="想问问进度，请联系社区" />
      {transfer.allowedActions.includes('CANCEL') && <CancelSection transfer={transfer} onCancelled={onCancelled} onExpired={onExpired} />}
    </>
  );
}

function CancelSection({ transfer, onCancelled, onExpired }: Omit<OpenProps, 'justSent'>) {
  return (
    <section className="transfer-cancel" aria-labelledby="cancel-title">
      <h2 id="cancel-title" className="sr-only">
        撤销申请
      </h2>
      <ConfirmStep
        id="cancel"
        question="确定要撤销这份转移申请吗？"
        detail={`撤销后，您的管理社区还是${transfer.fromCommunity.name}。以后需要时，可以重新申请。`}
        confirmLabel="确定撤销"
        busyText="正在撤销……"
        keepLabel="不撤销"
        action={async () => {
          const { cancelCommunityTransfer } = await request(CancelCommunityTransferMutation, { id: transfer.id });
          onCancelled(cancelCommunityTransfer);
        }}
        onExpired={onExpired}
        opener={(ask, ref) => (
          <Button ref={ref} variant="secondary" onClick={ask}>
            撤销申请
          </Button>
        )}
      />
    </section>
  );
}

const OUTCOME_TITLE: Partial<Record<Transfer['status'], string>> = {
  COMPLETED: '上次的转移已经完成',
  REJECTED_BY_ORIGIN: '上次的转移申请没有通过',
  REJECTED_BY_TARGET: '上次的转移申请没有通过',
  CANCELLED: '上次的转移申请已撤销',
};

/** A finished application, for a while after it ended: how it ended, and why when refused. */
export function FinishedTransfer({ transfer, justCancelled }: { transfer: Transfer; justCancelled: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (justCancelled) heading.current?.focus();
  }, [justCancelled]);
  const refused = transfer.status === 'REJECTED_BY_ORIGIN' || transfer.status === 'REJECTED_BY_TARGET';
  const title = justCancelled ? '已撤销您的转移申请' : OUTCOME_TITLE[transfer.status];
  const refusal = refused ? transferSteps(transfer).find((s) => s.state === 'failed') : undefined;
  const ended = transfer.completedAt ?? transfer.cancelledAt ?? transfer.targetReviewedAt ?? transfer.originReviewedAt;

  return (
    <section className={`card${transfer.status === 'COMPLETED' ? ' card--ok' : ''}`} aria-labelledby="transfer-outcome-title">
      <h2 id="transfer-outcome-title" className="card__title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <MoveLine transfer={transfer} />
      {ended && <p>{`${transfer.status === 'COMPLETED' ? '完成' : refused ? '处理' : '撤销'}日期：${formatDate(ended)}`}</p>}
      {transfer.status === 'COMPLETED' && <p>您的管理社区已经变更为{transfer.toCommunity.name}。</p>}
      {refusal?.text && <p>{refusal.text}</p>}
      {refusal?.note && <p className="step__note">社区的说明：{refusal.note}</p>}
      {justCancelled && <p>您的管理社区还是{transfer.fromCommunity.name}。</p>}
    </section>
  );
}
