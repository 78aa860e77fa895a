import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { isApiError, request, SERVER_MESSAGE } from '../../app/api';
import { useSession } from '../../app/session';
import { invalidateUnread } from '../../app/unread';
import { useQuery } from '../../app/useQuery';
import { Button, buttonClass } from '../../shared/Button';
import { Facts } from '../../shared/Facts';
import { formatDate } from '../../shared/format';
import { Notice } from '../../shared/Notice';
import { Page } from '../../shared/Page';
import { QueryState } from '../../shared/QueryState';
import { CommunityCard, type Community } from '../home/CommunityCard';
import { ConfirmMyInfoMutation, MyInfoConfirmationQuery, type Confirmation, type Dispute } from './confirmation.documents';
import { DisputeForm } from './DisputeForm';
import { DISPUTE_STATUS_TEXT, displayValue, joinLabels } from './values';
import './confirmation.css';

const TITLE = '个人信息确认';

/** Moves focus to a heading when it appears after an action, so the change is heard and seen. */
function useFocusOnMount<T extends HTMLElement>(when: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when) ref.current?.focus();
  }, [when]);
  return ref;
}

function ItemList({ confirmation, title }: { confirmation: Confirmation; title: string }) {
  return (
    <section className="card" aria-labelledby="items-title">
      <h2 id="items-title" className="card__title">
        {title}
      </h2>
      <Facts rows={confirmation.items.map((item) => [item.label, displayValue(item.field, item.value)])} />
    </section>
  );
}

/** One dispute: what they said, and what the community did about it. */
function DisputeRow({ dispute }: { dispute: Dispute }) {
  const done = dispute.status !== 'OPEN';
  return (
    <li className="dispute">
      <h3 className="dispute__label">{dispute.label}</h3>
      <p>
        <span className={`badge ${done ? 'badge--ok' : 'badge--pending'}`}>{DISPUTE_STATUS_TEXT[dispute.status]}</span>
        {dispute.resolvedAt && <span className="dispute__date">{formatDate(dispute.resolvedAt)}</span>}
      </p>
      {dispute.status === 'CORRECTED' && dispute.resolutionNote && <p>处理说明：{dispute.resolutionNote}</p>}
      {dispute.status === 'EXPLAINED' && dispute.resolutionNote && <p className="dispute__note">{dispute.resolutionNote}</p>}
      {dispute.comment && <p className="dispute__mine">您说：{dispute.comment}</p>}
      {dispute.proposedValue && <p className="dispute__mine">您填的正确内容：{displayValue(dispute.field, dispute.proposedValue)}</p>}
    </li>
  );
}

interface ReviewProps {
  confirmation: Confirmation;
  onConfirmed(confirmation: Confirmation): void;
  onDispute(): void;
  onExpired(): void;
}

/** PENDING: every item, then the two answers. Confirming asks once more: no accidental taps. */
function Review({ confirmation, onConfirmed, onDispute, onExpired }: ReviewProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const question = useFocusOnMount<HTMLParagraphElement>(asking);
  const opener = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (!asking && asked.current) opener.current?.focus();
    asked.current ||= asking;
  }, [asking]);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const { confirmMyInfo } = await request(ConfirmMyInfoMutation, { id: confirmation.id });
      onConfirmed(confirmMyInfo);
    } catch (e) {
      setBusy(false);
      if (isApiError(e, 'UNAUTHENTICATED')) onExpired();
      else setError(isApiError(e) ? e.message : SERVER_MESSAGE);
    }
  };

  return (
    <>
      <p className="lead">
        {formatDate(confirmation.sentAt)}，社保部门把平台登记的您的信息发给您核对。请一项一项看一下，有 * 号的是为了保护隐私遮住的部分。
      </p>
      <ItemList confirmation={confirmation} title="请核对以下信息" />

      <section className="answer" aria-labelledby="answer-title">
        <h2 id="answer-title" className="section-title">
          信息对不对？
        </h2>
        {asking ? (
          <div className="confirm" role="group" aria-labelledby="confirm-question">
            <p id="confirm-question" className="confirm__question" ref={question} tabIndex={-1}>
              确定上面的信息都对吗？
            </p>
            <p>确认后，这次核对就完成了。以后信息有变化，可以随时联系社区。</p>
            {error && <Notice tone="error">{error}</Notice>}
            <Button busy={busy} busyText="正在提交……" onClick={confirm}>
              确定，信息都对
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              再看一看
            </Button>
          </div>
        ) : (
          <Button ref={opener} onClick={() => setAsking(true)}>
            信息都对，确认无误
          </Button>
        )}
        <Button variant="secondary" onClick={onDispute}>
          有信息不对
        </Button>
      </section>
    </>
  );
}

interface AnsweredProps {
  confirmation: Confirmation;
  /** Empty while a new retiree waits for the township to choose their community. */
  community: Community | null | undefined;
  /** Just answered on this screen: say thank you and take focus to the result. */
  justAnswered: boolean;
}

function Confirmed({ confirmation, community, justAnswered }: AnsweredProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>(justAnswered);
  return (
    <>
      <section className="card card--done" aria-labelledby="state-title">
        <h2 id="state-title" className="card__title" ref={heading} tabIndex={-1}>
          您已确认信息无误
        </h2>
        {confirmation.respondedAt && <p>确认日期：{formatDate(confirmation.respondedAt)}</p>}
        {justAnswered && <p>谢谢您！</p>}
        <p>以后信息有变化，请联系{community?.name ?? '您的管理社区'}。</p>
      </section>
      <ItemList confirmation={confirmation} title="您确认过的信息" />
      <Link className={buttonClass('secondary')} to="/">
        回到首页
      </Link>
    </>
  );
}

function Disputed({ confirmation, community, justAnswered }: AnsweredProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>(justAnswered);
  const open = confirmation.disputes.filter((d) => d.status === 'OPEN');
  const resolved = confirmation.status === 'RESOLVED' || !open.length;
  const title = resolved ? '您提出的信息问题已处理' : `社区正在处理：${joinLabels(open.map((d) => d.label))}`;
  return (
    <>
      {justAnswered && <Notice tone="success">已提交，谢谢您！社区工作人员核实后会告诉您结果。</Notice>}
      <section className={`card${resolved ? ' card--done' : ''}`} aria-labelledby="state-title">
        <h2 id="state-title" className="card__title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        {resolved ? (
          confirmation.resolvedAt && <p>处理完成日期：{formatDate(confirmation.resolvedAt)}</p>
        ) : (
          <p>
            {confirmation.respondedAt ? `您在${formatDate(confirmation.respondedAt)}提出了问题。` : ''}
            处理好以后，结果会发到“消息”里，也会显示在这一页。
          </p>
        )}
        <ul className="disputes">
          {confirmation.disputes.map((d) => (
            <DisputeRow key={d.id} dispute={d} />
          ))}
        </ul>
      </section>
      <CommunityCard community={community} title={resolved ? '还有疑问，请联系社区' : '想问问进度，请联系社区'} />
    </>
  );
}

export default function ConfirmationPage() {
  const result = useQuery(MyInfoConfirmationQuery);
  const { expire } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  // Answered on this screen: the mutation's answer is newer than what was loaded.
  const [answered, setAnswered] = useState<Confirmation | null>(null);

  const loaded = result.status === 'done' ? result.data.myInfoConfirmation : null;
  const current = answered ?? loaded;
  const disputing = params.get('step') === 'dispute' && current?.status === 'PENDING';

  // The dispute step is an entry in the history, so the phone's own back button returns to the list.
  const openDispute = () => navigate('/confirmation?step=dispute', { state: { fromReview: true } });
  const closeDispute = () => {
    if ((location.state as { fromReview?: boolean } | null)?.fromReview) navigate(-1);
    else navigate('/confirmation', { replace: true });
  };
  const answer = (confirmation: Confirmation) => {
    setAnswered(confirmation);
    invalidateUnread();
    if (params.has('step')) navigate('/confirmation', { replace: true });
  };

  return (
    <Page title={disputing ? '哪些信息不对' : TITLE} {...(disputing ? { onBack: closeDispute, homeLink: true } : { backTo: '/' })}>
      <QueryState result={result}>
        {({ myProfile }) => {
          if (!current) {
            return (
              <>
                <p className="lead">现在没有需要您核对的信息。社保部门请您核对时，会在“消息”里告诉您。</p>
                <Link className={buttonClass('secondary')} to="/">
                  回到首页
                </Link>
              </>
            );
          }
          const props = { confirmation: current, community: myProfile.community, justAnswered: answered !== null };
          switch (current.status) {
            case 'PENDING':
              return disputing ? (
                <DisputeForm confirmation={current} onSent={answer} onBack={closeDispute} onExpired={expire} />
              ) : (
                <Review confirmation={current} onConfirmed={answer} onDispute={openDispute} onExpired={expire} />
              );
            case 'CONFIRMED':
              return <Confirmed {...props} />;
            case 'DISPUTED':
            case 'RESOLVED':
              return <Disputed {...props} />;
          }
        }}
      </QueryState>
    </Page>
  );
}
