import { useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession, type LoginLocationState } from '../../app/session';
import { CodeStep } from './CodeStep';
import { IdNumberStep, type LoginChallenge } from './IdNumberStep';
import './auth.css';

/** Only a path inside this app: never an address elsewhere, never back to login. */
const safeReturn = (from: string | undefined) => (from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/');

export default function LoginPage() {
  const { state, signIn } = useSession();
  const location = useLocation();
  const { from, reason } = (location.state ?? {}) as LoginLocationState;
  const [idNumber, setIdNumber] = useState('');
  const [challenge, setChallenge] = useState<LoginChallenge | null>(null);

  if (state.status === 'signedIn') return <Navigate to={safeReturn(from)} replace />;

  if (!challenge) {
    return <IdNumberStep idNumber={idNumber} onIdNumberChange={setIdNumber} onCodeSent={setChallenge} reason={reason} />;
  }
  return <CodeStep idNumber={idNumber} challenge={challenge} onNewChallenge={setChallenge} onBack={() => setChallenge(null)} onSignedIn={signIn} />;
}
