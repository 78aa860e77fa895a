import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import { useQuery } from '../../app/useQuery';
import { Page } from '../../shared/Page';
import { QueryState } from '../../shared/QueryState';
import { PENDING_COMMUNITY } from '../home/CommunityCard';
import { EMPTY_DRAFT, useTransferDraft } from './draft';
import { firstIncomplete, STEPS, TransferForm, type StepKey } from './TransferForm';
import { FinishedTransfer, OpenTransfer } from './TransferProgress';
import { isOpen, MyTransfersQuery, type Transfer } from './transfer.documents';
import './transfer.css';

/** How long the outcome of the last application stays on this screen after it ended. */
export const OUTCOME_SHOWN_DAYS = 30;

interface StepState {
  /** Reached by a button inside the form, so 返回 can simply go back in history. */
  inForm?: boolean;
  /** Opened with 修改 on 核对: forward returns there. */
  fromReview?: boolean;
}

const stepPath = (step: StepKey) => (step === 'address' ? '/transfer' : `/transfer?step=${step}`);
const stepIndex = (step: StepKey) => STEPS.findIndex((s) => s.key === step);
const asStep = (value: string | null): StepKey => STEPS.find((s) => s.key === value)?.key ?? 'address';

function endedAt(t: Transfer): string | null {
  return t.completedAt ?? t.cancelledAt ?? t.targetReviewedAt ?? t.originReviewedAt ?? null;
}

function CurrentCommunity({ name, township }: { name: string; township?: string | null }) {
  return (
    <section className="card current-community" aria-labelledby="current-community-title">
      <h2 id="current-community-title" className="card__title">
        现在的社区
      </h2>
      <p className="current-community__name">{name}</p>
      {township && <p>{township}</p>}
    </section>
  );
}

/** The screen, loaded afresh (a new key) when asked to show an application sent elsewhere. */
export default function TransferPage() {
  const [generation, setGeneration] = useState(0);
  return <TransferScreen key={generation} reload={() => setGeneration((g) => g + 1)} />;
}

function TransferScreen({ reload }: { reload(): void }) {
  const result = useQuery(MyTransfersQuery);
  const { expire } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const [draft, setDraft] = useTransferDraft();
  // Sent or withdrawn on this screen: newer than what was loaded.
  const [changed, setChanged] = useState<{ transfer: Transfer; action: 'sent' | 'cancelled' } | null>(null);

  const loaded = result.status === 'done' ? (result.data.myCommunityTransfers[0] ?? null) : null;
  const latest = changed?.transfer ?? loaded;
  const open = latest && isOpen(latest) ? latest : null;
  const state = (location.state ?? {}) as StepState;

  // A step can only be shown once the ones before it are filled in (the draft is lost on reload).
  const wanted = asStep(params.get('step'));
  const reachable = firstIncomplete(draft);
  const step = stepIndex(wanted) > stepIndex(reachable) ? reachable : wanted;
  const showForm = result.status === 'done' && !open;

  useEffect(() => {
    if (showForm && step !== wanted) navigate(stepPath(step), { replace: true });
  }, [showForm, step, wanted, navigate]);

  const goTo = (target: StepKey) => navigate(stepPath(target), { state: { inForm: true, fromReview: step === 'review' } satisfies StepState });
  const goBack = () => {
    if (state.inForm) navigate(-1);
    else navigate(stepPath(STEPS[Math.max(0, stepIndex(step) - 1)]!.key), { replace: true });
  };

  const sent = (transfer: Transfer) => {
    setChanged({ transfer, action: 'sent' });
    setDraft(() => EMPTY_DRAFT);
    navigate('/transfer', { replace: true });
  };
  const cancelled = (transfer: Transfer) => setChanged({ transfer, action: 'cancelled' });

  const innerStep = showForm && (step !== 'address' || !!state.inForm);
  const nav = innerStep ? { onBack: goBack, homeLink: true } : { backTo: '/' };

  return (
    // One title for status and form alike: the h1 keeps still (and does not take focus) when an
    // application is sent or withdrawn; the step headings say where in the form one is.
    <Page title="社区转移" {...nav}>
      <QueryState result={result}>
        {({ myProfile }) => {
          const community = myProfile.community;
          // Nothing to transfer from yet: the township is still choosing the first community.
          if (!community) {
            return (
              <section className="card current-community" aria-labelledby="current-community-title">
                <h2 id="current-community-title" className="card__title">
                  现在的社区
                </h2>
                <p className="current-community__name">{PENDING_COMMUNITY}</p>
                <p>安排好以后，如果搬了家，再来这里申请转到新住处的社区。</p>
              </section>
            );
          }
          const current = { id: community.id, name: community.name };
          const header = <CurrentCommunity name={community.name} township={myProfile.township?.name} />;
          if (open) {
            return (
              <>
                {header}
                <OpenTransfer transfer={open} justSent={changed?.action === 'sent'} onCancelled={cancelled} onExpired={expire} />
              </>
            );
          }
          const ended = latest ? endedAt(latest) : null;
          const showOutcome = latest && (changed?.action === 'cancelled' || (ended && Date.now() - Date.parse(ended) <= OUTCOME_SHOWN_DAYS * 86_400_000));
          return (
            <>
              {step === 'address' && showOutcome && <FinishedTransfer transfer={latest} justCancelled={changed?.action === 'cancelled'} />}
              {step === 'address' && (
                <>
                  {header}
                  <p className="lead">搬家后，可以申请把管理关系转到新住处的社区，以后就近办事。填好新地址、选好新社区、说一下原因，就可以提交了。</p>
                </>
              )}
              <TransferForm
                step={step}
                moved={!!state.inForm}
                draft={draft}
                setDraft={setDraft}
                current={current}
                fromReview={!!state.fromReview}
                goTo={goTo}
                goBack={goBack}
                onSent={sent}
                onShowOpen={() => {
                  navigate('/transfer', { replace: true });
                  reload();
                }}
                onExpired={expire}
              />
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
