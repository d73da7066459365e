import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.js';
import { publicSiteApi, sessionApi } from '../api/endpoints.js';
import { TextField } from '../components/Field.js';
import { ErrorAlert, Loading, Notice } from '../components/Messages.js';
import { SignInShell } from '../components/SignInShell.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { safeReturnPath } from '../../domain/return-path.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { useSessionState } from '../session/SessionProvider.js';

type FieldErrors = { email?: string; password?: string };

/** What the page that chose a password tells the sign-in page: the account's address. */
export interface PasswordSetState {
  passwordSetFor: string;
}

function passwordSetFor(state: unknown): string | null {
  return typeof state === 'object' && state !== null && 'passwordSetFor' in state && typeof state.passwordSetFor === 'string' ? state.passwordSetFor : null;
}

/**
 * /logga-in: the organisation's sign-in (when set up) and e-mail and password (unless turned off);
 * errors by the field; back to the page the user came from.
 */
export function SignInPage() {
  const { t } = useI18n();
  const { state, signIn } = useSessionState();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const passwordSet = passwordSetFor(useLocation().state);
  const [email, setEmail] = useState(passwordSet ?? '');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeReturnPath(params.get('till'));
  usePageTitle(t('signIn.title'));
  const publicSite = useLoad(() => publicSiteApi.get(), []);
  const methods = useLoad(() => sessionApi.methods(), []);

  if (state.status === 'signedIn' && !busy) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (email.trim() === '') errors.email = t('signIn.emailMissing');
    if (password === '') errors.password = t('signIn.passwordMissing');
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email || errors.password) {
      document.getElementById(errors.email ? 'email' : 'password')?.focus();
      return;
    }
    setBusy(true);
    try {
      await signIn(email.trim(), password);
      navigate(next, { replace: true });
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && (error.field === 'email' || error.field === 'password')) {
        setFieldErrors({ [error.field]: error.message });
        document.getElementById(error.field)?.focus();
      } else if (error instanceof ApiError && error.status === 401) {
        setFieldErrors({ password: error.message });
        document.getElementById('password')?.focus();
      } else {
        setFormError(error instanceof ApiError ? error.message : t('common.unexpected'));
      }
    }
  };

  const reason = state.status === 'signedOut' ? state.reason : null;
  const organisation = methods.data?.organisation ?? null;
  // Should the server not say how to sign in, the password form is offered, as it always was.
  const withPassword = methods.data ? methods.data.password : methods.error !== null;
  const startUrl = organisation ? `${organisation.startUrl}${next === '/' ? '' : `?till=${encodeURIComponent(next)}`}` : null;
  return (
    <SignInShell>
        <h1>{t('signIn.title')}</h1>
        {passwordSet !== null ? <Notice tone="success">{t('signIn.passwordSet')}</Notice> : null}
        {reason === 'expired' ? <Notice tone="warning">{t('signIn.expired')}</Notice> : null}
        {reason === 'signedOut' ? <Notice>{t('signIn.signedOut')}</Notice> : null}
        {reason === 'unreachable' ? <Notice tone="warning">{t('signIn.unreachable')}</Notice> : null}
        {methods.loading ? <Loading /> : null}
        {organisation && startUrl ? (
          <>
            <p className="lead">{t('signIn.leadOrganisation')}</p>
            <p><a className="button button--primary" href={startUrl}>{t('signIn.withOrganisation', { name: organisation.name })}</a></p>
          </>
        ) : null}
        {withPassword ? (
          <>
            <p className="lead">{organisation ? t('signIn.orPassword') : t('signIn.lead')}</p>
            {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
            <form onSubmit={submit} noValidate className="form form--narrow">
              <TextField id="email" label={t('signIn.email')} type="email" autoComplete="username" value={email}
                onChange={setEmail} error={fieldErrors.email} required />
              <TextField id="password" label={t('signIn.password')} type="password" autoComplete="current-password" value={password}
                onChange={setPassword} error={fieldErrors.password} required />
              <button type="submit" className={organisation ? 'button' : 'button button--primary'} disabled={busy}>
                {busy ? t('signIn.busy') : t('signIn.submit')}
              </button>
            </form>
            <p className="signin-forgot"><Link to="/glomt-losenord">{t('signIn.forgot')}</Link></p>
          </>
        ) : null}
        {publicSite.data?.enabled ? <p className="signin-public"><a href={publicSiteApi.url}>{t('signIn.publicRecord')}</a></p> : null}
    </SignInShell>
  );
}
