import { useEffect, useRef, useState } from 'react';
import { isApiError, SERVER_MESSAGE } from '../../app/api';
import { useSession } from '../../app/session';
import { Button } from '../../shared/Button';
import { Notice } from '../../shared/Notice';

/** Reachable but quiet, and never one tap away from an accidental logout. */
export function LogoutSection() {
  const { logout } = useSession();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (asked.current) opener.current?.focus();
    asked.current ||= confirming;
  }, [confirming]);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await logout();
    } catch (e) {
      setBusy(false);
      setError(isApiError(e) ? e.message : SERVER_MESSAGE);
    }
  };

  return (
    <section className="account" aria-labelledby="account-title">
      <h2 id="account-title" className="sr-only">
        账户
      </h2>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="logout-question">
          <p id="logout-question" className="confirm__question" ref={question} tabIndex={-1}>
            确定要退出登录吗？
          </p>
          <p>退出后，下次要重新输入身份证号和验证码。</p>
          {error && <Notice tone="error">{error}</Notice>}
          <Button busy={busy} busyText="正在退出……" onClick={confirm}>
            确定退出
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            不退出
          </Button>
        </div>
      ) : (
        <Button ref={opener} variant="quiet" onClick={() => setConfirming(true)}>
          退出登录
        </Button>
      )}
    </section>
  );
}
