import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../components/Messages.js';
import { useSessionState } from './SessionProvider.js';

/** The sign-in page's address that brings the user back to `path` afterwards. */
export function signInPath(path: string): string {
  return path === '/' || path === '' ? '/logga-in' : `/logga-in?till=${encodeURIComponent(path)}`;
}

/** Shows its children only to a signed-in user; sends others to sign in and back again. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSessionState();
  const location = useLocation();
  if (state.status === 'loading') return <main className="page"><Loading /></main>;
  if (state.status === 'signedOut') return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return <>{children}</>;
}
