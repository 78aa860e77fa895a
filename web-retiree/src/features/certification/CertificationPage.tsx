import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isApiError, request, SERVER_MESSAGE } from '../../app/api';
import { useSession } from '../../app/session';
import { invalidateUnread } from '../../app/unread';
import { useQuery } from '../../app/useQuery';
import type { CertificationMethod, CertificationStatus } from '../../gql/graphql';
import { Button, buttonClass, type ButtonVariant } from '../../shared/Button';
import { Facts } from '../../shared/Facts';
import { formatDate } from '../../shared/format';
import { Loading, QueryState } from '../../shared/QueryState';
import { Notice } from '../../shared/Notice';
import { Page } from '../../shared/Page';
import { CommunityCard, type Community } from '../home/CommunityCard';
import { MyCertificationQuery, StartFaceCertificationMutation, type MyCertification } from './certification.documents';
import { handoff } from './handoff';
import { useFaceResult } from './useFaceResult';
import './certification.css';

const TITLE = '我的认证';
/** The other way to certify, for anyone who cannot or would rather not use the phone. */
export const VISIT_TITLE = '不会用手机刷脸？请社区工作人员上门帮您认证';

export const METHOD_TEXT: Record<CertificationMethod, string> = { PASSIVE: '无感认证', FACE: '刷脸认证', VISIT: '上门认证' };
const METHOD_EXPLAINED: Record<CertificationMethod, string> = {
  PASSIVE: '系统根据您平时看病、买药等记录自动认证，您不用做什么',
  FACE: '在手机上刷脸，确认是您本人',
  VISIT: '社区工作人员上门帮您认证',
};

const date = (value: string | null | undefined) => (value ? formatDate(value) : '');

/** The one big line that says where the retiree stands, and what it means, in plain words. */
function statusText(c: MyCertification | null): { line: string; detail: string; tone: 'ok' | 'warn' | 'blocked' } {
  const status: CertificationStatus = c?.status ?? 'NEVER';
  switch (status) {
    case 'VALID':
      return { line: `您的认证有效，有效期至${date(c?.validUntil)}`, detail: '现在不用认证，养老金照常发放。快到期时，会在“消息”里提醒您。', tone: 'ok' };
    case 'DUE_SOON':
      return { line: `您的认证将于${date(c?.validUntil)}到期，请尽快认证`, detail: '到期前认证好，养老金照常发放。', tone: 'warn' };
    case 'EXPIRED':
      return {
        line: '认证已过期，请尽快认证',
        detail: `${c?.validUntil ? `您的认证在${date(c.validUntil)}到期了。` : ''}过期一个月后仍没有认证的，养老金会暂停发放；认证以后马上恢复，暂停期间的也会补发给您。`,
        tone: 'warn',
      };
    case 'NEVER':
      return { line: '您还没有认证过，请尽快认证', detail: '领取养老金的人每年要认证一次，确认是本人在领取。', tone: 'warn' };
    case 'BLOCKED':
      return {
        line: '暂时不能在手机上认证',
        detail: '系统里有一条关于您的记录需要社区核实，所以暂时不能在手机上认证。请联系社区，工作人员会帮您处理。给您添麻烦了。',
        tone: 'blocked',
      };
  }
}

/** 我要认证: asks the API for a hand-off and leaves for the government app. */
function StartFaceButton({ label = '我要认证', variant = 'primary' }: { label?: string; variant?: ButtonVariant }) {
  const { expire } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Back from the government app without finishing (the page comes from the back-forward cache).
  useEffect(() => {
    const onShow = (e: PageTransitionEvent) => e.persisted && setBusy(false);
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, []);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const { startFaceCertification } = await request(StartFaceCertificationMutation);
      handoff.open(startFaceCertification.url);
    } catch (e) {
      setBusy(false);
      if (isApiError(e, 'UNAUTHENTICATED')) expire();
      else setError(isApiError(e) ? e.message : SERVER_MESSAGE);
    }
  };

  return (
    <>
      {error && <Notice tone="error">{error}</Notice>}
      <Button variant={variant} busy={busy} busyText="正在打开浙里办……" onClick={start}>
        {label}
      </Button>
    </>
  );
}

const HomeLink = ({ variant = 'secondary' }: { variant?: ButtonVariant }) => (
  <Link className={buttonClass(variant)} to="/">
    回到首页
  </Link>
);

/** Where the retiree stands, how to certify, the last certification and what it rests on. */
function Overview({ certification, community, justCertified }: { certification: MyCertification | null; community: Community | null | undefined; justCertified: boolean }) {
  const { line, detail, tone } = statusText(certification);
  const status = certification?.status ?? 'NEVER';
  const needed = status === 'DUE_SOON' || status === 'EXPIRED' || status === 'NEVER';
  const method = certification?.method;
  const evidence = certification?.evidence ?? [];

  return (
    <>
      {/* Just certified, the success above already says it. */}
      {!justCertified && (
        <section className={`card cert-status cert-status--${tone}`} aria-labelledby="cert-status-title">
          <h2 id="cert-status-title" className="cert-status__line">
            {line}
          </h2>
          <p>{detail}</p>
        </section>
      )}

      {needed && (
        <section className="cert-how" aria-labelledby="cert-how-title">
          <h2 id="cert-how-title" className="section-title">
            怎么认证
          </h2>
          <p>用手机刷脸就能认证：点下面的按钮，会打开“浙里办”，按提示正对手机、眨眨眼，一两分钟就好。</p>
          <StartFaceButton />
        </section>
      )}
      {needed && <CommunityCard community={community} title={VISIT_TITLE} />}
      {status === 'BLOCKED' && <CommunityCard community={community} title="请联系社区" />}

      {(method || certification?.certifiedOn) && (
        <section className="card" aria-labelledby="cert-last-title">
          <h2 id="cert-last-title" className="card__title">
            上次认证
          </h2>
          <Facts
            rows={[
              ['认证方式', method ? `${METHOD_TEXT[method]}：${METHOD_EXPLAINED[method]}` : null],
              ['认证日期', certification?.certifiedOn ? formatDate(certification.certifiedOn) : null],
              ['有效期至', certification?.validUntil ? formatDate(certification.validUntil) : null],
            ]}
          />
        </section>
      )}

      {evidence.length > 0 && (
        <section className="card" aria-labelledby="cert-evidence-title">
          <h2 id="cert-evidence-title" className="card__title">
            认证依据
          </h2>
          <p>下面这些记录，说明是您本人在领取养老金：</p>
          <ul className="evidence">
            {evidence.map((item, i) => (
              <li key={`${item.date}-${i}`}>
                <span className="evidence__date">{formatDate(item.date)}</span>
                {/* The text often starts with the same date as numbers: said once, in words. */}
                <span>{item.text.startsWith(item.date) ? item.text.slice(item.date.length).trim() : item.text}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {!needed && !justCertified && <HomeLink />}
    </>
  );
}

function CertificationOverview({ justCertified = false }: { justCertified?: boolean }) {
  const result = useQuery(MyCertificationQuery);
  return (
    <QueryState result={result}>
      {({ myCertification, myProfile }) => <Overview certification={myCertification ?? null} community={myProfile.community} justCertified={justCertified} />}
    </QueryState>
  );
}

/** Back from the government app with `?tx=`: waits for its result, then says how it went. */
function FaceOutcome({ tx }: { tx: string }) {
  const [result, askAgain] = useFaceResult(tx);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (result.phase !== 'waiting') heading.current?.focus();
    // A passed certification may restore the pension, which comes with a message.
    if (result.phase === 'passed') invalidateUnread();
  }, [result.phase]);

  switch (result.phase) {
    case 'waiting':
      return (
        <>
          <Loading text="正在确认认证结果…" />
          <p>浙里办正在把结果传回来，一般几秒钟就好，请稍候。</p>
        </>
      );
    case 'passed':
      return (
        <>
          <section className="card cert-status cert-status--ok" aria-labelledby="cert-result-title">
            <h2 id="cert-result-title" className="cert-status__line" ref={heading} tabIndex={-1}>
              认证成功！有效期至{date(result.record.validUntil)}
            </h2>
            <p>谢谢您！养老金会照常发放。</p>
            <HomeLink variant="primary" />
          </section>
          <CertificationOverview justCertified />
        </>
      );
    case 'failed':
      return (
        <>
          <section className="card cert-status cert-status--warn" aria-labelledby="cert-result-title">
            <h2 id="cert-result-title" className="cert-status__line" ref={heading} tabIndex={-1}>
              这次没有认证成功
            </h2>
            <p>可能是光线不够亮，或者脸没有正对手机。没关系，可以再试一次。</p>
            <StartFaceButton label="再试一次" />
          </section>
          <FailedAlternative />
          <HomeLink />
        </>
      );
    case 'timeout':
      return (
        <>
          <section className="card cert-status cert-status--warn" aria-labelledby="cert-result-title">
            <h2 id="cert-result-title" className="cert-status__line" ref={heading} tabIndex={-1}>
              认证结果还没有传回来
            </h2>
            <p>您在浙里办刷完脸以后，结果会传回到这一页。请过一会儿再打开“我的认证”看看，不用重新刷脸。</p>
            <Button variant="secondary" onClick={askAgain}>
              再查一次
            </Button>
          </section>
          <HomeLink variant="primary" />
        </>
      );
  }
}

/** After a failed try: whom to ask to come and help. */
function FailedAlternative() {
  const result = useQuery(MyCertificationQuery);
  // The community is a help, not the point: while it loads, or if it cannot, the rest stands.
  return result.status === 'done' ? <CommunityCard community={result.data.myProfile.community} title={VISIT_TITLE} /> : null;
}

export default function CertificationPage() {
  const [params] = useSearchParams();
  const tx = params.get('tx');
  return (
    <Page title={TITLE} backTo="/">
      {tx ? <FaceOutcome key={tx} tx={tx} /> : <CertificationOverview />}
    </Page>
  );
}
