import { useRef, useState, type FormEvent } from 'react';
import { isApiError, request, SERVER_MESSAGE } from '../../app/api';
import type { SessionViewer } from '../../app/session';
import { Button } from '../../shared/Button';
import { Masked } from '../../shared/Masked';
import { Notice } from '../../shared/Notice';
import { Page } from '../../shared/Page';
import { RequestLoginCodeMutation, VerifyLoginCodeMutation } from './auth.documents';
import type { LoginChallenge } from './IdNumberStep';
import { useSecondsLeft } from './useSecondsLeft';

export const RESEND_SECONDS = 60;

interface Props {
  idNumber: string;
  challenge: LoginChallenge;
  onNewChallenge(challenge: LoginChallenge): void;
  onBack(): void;
  onSignedIn(viewer: SessionViewer): void;
}

const toDigits = (raw: string) =>
  raw
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\D/g, '')
    .slice(0, 6);

export function CodeStep({ idNumber, challenge, onNewChallenge, onBack, onSignedIn }: Props) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [resending, setResending] = useState(false);
  const [resent, setResent] = useState(false);
  const [resendAt, setResendAt] = useState(() => Date.now() + RESEND_SECONDS * 1000);
  const secondsLeft = useSecondsLeft(resendAt);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    if (!/^\d{6}$/.test(code)) {
      setError('请输入短信里的 6 位数字验证码。');
      input.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const { verifyLoginCode } = await request(VerifyLoginCodeMutation, { challengeId: challenge.challengeId, code });
      onSignedIn(verifyLoginCode.user);
    } catch (err) {
      setBusy(false);
      if (isApiError(err, 'BAD_USER_INPUT') && err.field === 'code') {
        // The API says how many tries are left, or that this code can no longer be used: then a
        // new code may be asked for at once.
        setError(err.message);
        setCode('');
        input.current?.focus();
        if (err.reason === 'CODE_EXPIRED' || err.reason === 'TOO_MANY_ATTEMPTS') setResendAt(0);
      } else {
        setFormError(isApiError(err) ? err.message : SERVER_MESSAGE);
      }
    }
  };

  const resend = async () => {
    setResending(true);
    setFormError(null);
    try {
      const { requestLoginCode } = await request(RequestLoginCodeMutation, { idNumber });
      onNewChallenge(requestLoginCode);
      setCode('');
      setError(null);
      setResent(true);
      setResendAt(Date.now() + RESEND_SECONDS * 1000);
      input.current?.focus();
    } catch (err) {
      setFormError(isApiError(err) ? err.message : SERVER_MESSAGE);
    } finally {
      setResending(false);
    }
  };

  return (
    <Page title="输入验证码" onBack={onBack}>
      <p className="lead">
        验证码已发送到手机{' '}
        <strong className="nowrap">
          <Masked value={challenge.sentTo} />
        </strong>
        ，5 分钟内有效。
      </p>
      {resent && <Notice tone="success">新的验证码已经发出，请看最新的一条短信。</Notice>}

      {challenge.devCode && (
        <aside className="dev-code" aria-label="演示环境提示">
          <p className="dev-code__tag">演示用，不发真短信</p>
          <p className="dev-code__code">
            演示环境验证码：<span className="dev-code__digits">{challenge.devCode}</span>
          </p>
        </aside>
      )}

      <form className="form" noValidate onSubmit={submit}>
        <div className={`field${error ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor="code">
            短信验证码
          </label>
          <p className="field__hint" id="code-hint">
            6 位数字
          </p>
          {error && (
            <p className="field__error" id="code-error" role="alert">
              {error}
            </p>
          )}
          <input
            ref={input}
            id="code"
            name="code"
            className="input input--code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(toDigits(e.target.value))}
            aria-invalid={error ? true : undefined}
            aria-describedby={`code-hint${error ? ' code-error' : ''}`}
          />
        </div>
        {formError && <Notice tone="error">{formError}</Notice>}
        <Button type="submit" busy={busy} busyText="正在登录……">
          登录
        </Button>
      </form>

      <div className="resend">
        {secondsLeft > 0 ? (
          <p className="resend__wait">没收到短信？{secondsLeft} 秒后可以重新获取。</p>
        ) : (
          <Button variant="secondary" busy={resending} busyText="正在重新发送……" onClick={resend}>
            重新获取验证码
          </Button>
        )}
        <Button variant="quiet" onClick={onBack}>
          返回修改身份证号
        </Button>
      </div>
    </Page>
  );
}
