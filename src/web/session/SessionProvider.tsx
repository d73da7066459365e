import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, setCsrfToken, setUnauthenticatedHandler } from '../api/client.js';
import { sessionApi } from '../api/endpoints.js';
import type { Session } from '../api/types.js';

/** Why the user is on the sign-in page: signed out on purpose, or their session ran out. */
export type SignedOutReason = 'signedOut' | 'expired' | 'unreachable' | null;

type State =
  | { status: 'loading' }
  | { status: 'signedOut'; reason: SignedOutReason }
  | { status: 'signedIn'; session: Session };

interface SessionValue {
  state: State;
  /** Signs in; throws ApiError (401 wrong password, 429 too many attempts, 400 with details.field). */
  signIn: (email: string, password: string) => Promise<Session>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Loads who is signed in, keeps the CSRF token for the API client, and notices an ended session. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    sessionApi.current().then(
      (session) => {
        if (!live) return;
        if (session === null) {
          setState({ status: 'signedOut', reason: null });
          return;
        }
        setCsrfToken(session.csrfToken);
        setState({ status: 'signedIn', session });
      },
      (error: unknown) => {
        if (!live) return;
        // Only a 401 means "nobody is signed in"; anything else is a fault to show, not a sign-out.
        setState({ status: 'signedOut', reason: error instanceof ApiError && error.status === 401 ? null : 'unreachable' });
      },
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      setState((current) => (current.status === 'signedIn' ? { status: 'signedOut', reason: 'expired' } : current));
    });
    return () => setUnauthenticatedHandler(null);
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await sessionApi.signIn(email, password);
    setCsrfToken(session.csrfToken);
    setState({ status: 'signedIn', session });
    return session;
  }, []);

  const signOut = useCallback(async () => {
    try {
      const answer = await sessionApi.signOut();
      // Signed in through the organisation: end that session too, at its sign-out page, which sends
      // the browser back to the sign-in page.
      if (answer?.logoutUrl) window.location.assign(answer.logoutUrl);
    } finally {
      setCsrfToken(null);
      setState({ status: 'signedOut', reason: 'signedOut' });
    }
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session state and the sign-in and sign-out actions. */
export function useSessionState(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSessionState utanför SessionProvider');
  return value;
}

/** The signed-in session; only for pages inside RequireSession. */
export function useSession(): Session {
  const { state } = useSessionState();
  if (state.status !== 'signedIn') throw new Error('useSession utan inloggning');
  return state.session;
}
