import { useRef, useState, type FormEvent } from 'react';
import { isApiError, request, SERVER_MESSAGE } from '../../app/api';
import type { SignedOutReason } from '../../app/session';
import type { RequestLoginCodeMutation as RequestLoginCodeResult } from '../../gql/graphql';
import { Button } from '../../shared/Button';
import { Notice } from '../../shared/Notice';
import { Page } from '../../shared/Page';
import { RequestLoginCodeMutation } from './auth.documents';
import { idNumberProblem, normalizeIdNumber } from './idNumber';

export type LoginChallenge = RequestLoginCodeResult['requestLoginCode'];

interface Props {
  idNumber: string;
  onIdNumberChange(value: string): void;
  onCodeSent(challenge: LoginChallenge): void;
  reason?: SignedOutReason;
}

export function IdNumberStep({ idNumber, onIdNumberChange, onCodeSent, reason }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = idNumberProblem(idNumber);
    setFormError(null);
    if (problem) {
      setError(problem);
      input.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const { requestLoginCode } = await request(RequestLoginCodeMutation, { idNumber });
      onCodeSent(requestLoginCode);
    } catch (err) {
      setBusy(false);
      if (isApiError(err, 'BAD_USER_INPUT') && err.field === 'idNumber') {
        setError(err.message);
        input.current?.focus();
      } else {
        setFormError(isApiError(err) ? err.message : SERVER_MESSAGE);
      }
    }
  };

  // An error stays while it is being fixed, and goes away as soon as the number is right.
  const change = (value: string) => {
    onIdNumberChange(value);
    if (error && !idNumberProblem(value)) setError(null);
  };

  // Phone number pads have no X: offer it as a button once the 17 digits are in.
  const needsX = /^\d{17}$/.test(idNumber);
  const addX = () => {
    change(`${idNumber}X`);
    input.current?.focus();
  };

  return (
    <Page title="登录">
      {reason === 'expired' && <Notice>为了您的账户安全，请重新登录。</Notice>}
      {reason === 'loggedOut' && <Notice tone="success">您已安全退出。</Notice>}
      <p className="lead">请输入您的身份证号，我们会发一条短信验证码到您登记的手机上。</p>

      <form className="form" noValidate onSubmit={submit}>
        <div className={`field${error ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor="idNumber">
            身份证号
          </label>
          <p className="field__hint" id="idNumber-hint">
            共 18 位，在身份证有照片那一面的最下面一行。
          </p>
          {error && (
            <p className="field__error" id="idNumber-error" role="alert">
              {error}
            </p>
          )}
          <input
            ref={input}
            id="idNumber"
            name="idNumber"
            className="input input--id"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={idNumber}
            onChange={(e) => change(normalizeIdNumber(e.target.value))}
            aria-invalid={error ? true : undefined}
            aria-describedby={`idNumber-hint idNumber-count${error ? ' idNumber-error' : ''}`}
          />
          <p className="field__count" id="idNumber-count">
            已输入 {idNumber.length} 位，共 18 位
          </p>
          {needsX && (
            <Button variant="secondary" onClick={addX}>
              输入最后一位 X
            </Button>
          )}
        </div>
        {formError && <Notice tone="error">{formError}</Notice>}
        <Button type="submit" busy={busy} busyText="正在发送验证码……">
          获取验证码
        </Button>
      </form>

      <section className="help" aria-labelledby="login-help">
        <h2 id="login-help" className="help__title">
          登录遇到困难？
        </h2>
        <p>
          可以拨打人社服务热线{' '}
          <a className="help__tel" href="tel:12333">
            12333
          </a>
          ，也可以请家人或社区工作人员帮忙。
        </p>
      </section>
    </Page>
  );
}
