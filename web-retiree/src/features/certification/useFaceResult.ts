import { useCallback, useEffect, useState } from 'react';
import { isApiError, request } from '../../app/api';
import { useSession } from '../../app/session';
import type { MyFaceCertificationQuery as MyFaceCertificationResult } from '../../gql/graphql';
import { MyFaceCertificationQuery } from './certification.documents';

export type FaceRecord = NonNullable<MyFaceCertificationResult['myFaceCertification']>;
export type FaceResult = { phase: 'waiting' } | { phase: 'passed'; record: FaceRecord } | { phase: 'failed'; record: FaceRecord } | { phase: 'timeout' };

/** How often the result is asked for, and how many times before saying it is not back yet (~30 s). */
export const POLL_MS = 1_500;
export const POLL_TRIES = 20;

/**
 * The government app reports the result to the API on its own, usually within seconds of the
 * person coming back: asks for it every POLL_MS until it is there, or POLL_TRIES times. A failed
 * request (a network hiccup) is just asked again; an ended session goes back to login.
 */
export function useFaceResult(transactionId: string): [FaceResult, () => void] {
  const { expire } = useSession();
  const [result, setResult] = useState<FaceResult>({ phase: 'waiting' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    setResult({ phase: 'waiting' });

    const ask = async () => {
      tries += 1;
      try {
        const { myFaceCertification: record } = await request(MyFaceCertificationQuery, { transactionId }, ctrl.signal);
        if (record) {
          setResult(record.passed ? { phase: 'passed', record } : { phase: 'failed', record });
          return;
        }
      } catch (e) {
        if (ctrl.signal.aborted) return;
        if (isApiError(e, 'UNAUTHENTICATED')) {
          expire();
          return;
        }
      }
      if (ctrl.signal.aborted) return;
      if (tries >= POLL_TRIES) setResult({ phase: 'timeout' });
      else timer = setTimeout(() => void ask(), POLL_MS);
    };
    void ask();

    return () => {
      ctrl.abort();
      clearTimeout(timer);
    };
  }, [transactionId, round, expire]);

  const askAgain = useCallback(() => setRound((r) => r + 1), []);
  return [result, askAgain];
}
