import { useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { isApiError, SERVER_MESSAGE } from '../app/api';
import { Button } from './Button';
import { Notice } from './Notice';

interface ConfirmStepProps {
  /** Prefix of the element ids (unique on the page). */
  id: string;
  question: string;
  /** What happens next, in plain words. */
  detail: ReactNode;
  confirmLabel: string;
  busyText: string;
  keepLabel: string;
  /** Does the thing; an API error stays on the step with its message. */
  action(): Promise<void>;
  /** The session ran out while asking: the caller sends the person to log in again. */
  onExpired?(): void;
  /** The button (and anything beside it) that asks; `ref` goes on the button so focus can return to it. */
  opener(ask: () => void, ref: Ref<HTMLButtonElement>): ReactNode;
}

/**
 * A final action asked once more on the page itself rather than in a dialog, which large type and
 * screen readers handle badly: focus moves to the question, and back to the opener on "no".
 */
export function ConfirmStep({ id, question, detail, confirmLabel, busyText, keepLabel, action, onExpired, opener }: ConfirmStepProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (asked.current) openerRef.current?.focus();
    asked.current ||= asking;
  }, [asking]);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setBusy(false);
      if (onExpired && isApiError(e, 'UNAUTHENTICATED')) onExpired();
      else setError(isApiError(e) ? e.message : SERVER_MESSAGE);
    }
  };

  if (!asking) return <>{opener(() => setAsking(true), openerRef)}</>;
  return (
    <div className="confirm" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`} className="confirm__question" ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <p>{detail}</p>
      {error && <Notice tone="error">{error}</Notice>}
      <Button busy={busy} busyText={busyText} onClick={run}>
        {confirmLabel}
      </Button>
      <Button variant="secondary" onClick={() => setAsking(false)}>
        {keepLabel}
      </Button>
    </div>
  );
}
