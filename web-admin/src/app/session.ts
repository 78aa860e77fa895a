/**
 * The API answers UNAUTHENTICATED when the session cookie has expired or was revoked. The link
 * that sees it knows nothing about React; the auth provider listens here and sends the user to
 * the login page with the way back.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export const sessionEvents = {
  expired(): void {
    for (const listener of [...listeners]) listener();
  },
  onExpired(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
