import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/client.js';
import { passwordLinksApi } from '../api/endpoints.js';
import type { PasswordLink } from '../api/types.js';
import { TextField } from '../components/Field.js';
import { ErrorAlert, Loading } from '../components/Messages.js';
import { SignInShell } from '../components/SignInShell.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { formatDateTime } from '../lib/dates.js';
import { focusFirstError, noErrors, placeError, type FormErrors } from '../lib/form-errors.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import type { PasswordSetState } from './SignInPage.js';

const MIN_PASSWORD = 12;
const FIELDS = ['password', 'repeat'] as const;
type F = (typeof FIELDS)[number];

/**
 * /konto/losenord#<token>: the page an invitation's or a reset's link opens. The token is in the
 * fragment, which the browser never sends to a server; the page takes it out of the address bar and
 * posts it in the body. The link is checked first, so an expired or used one says so before anyone
 * types a password; after saving, the sign-in page takes over with the address filled in.
 */
export function ChoosePasswordPage() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => location.hash.replace(/^#/, ''));
  const link = useLoad<PasswordLink | null>(() => (token === '' ? Promise.resolve(null) : passwordLinksApi.read(token)), [token]);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FormErrors<F>>(noErrors());
  const [gone, setGone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const title = link.data?.purpose === 'invitation' ? t('choose.titleInvitation') : link.data?.purpose === 'reset' ? t('choose.titleReset') : t('choose.title');
  usePageTitle(title);

  // Out of the address bar, and so out of the history and any bookmark, once it has been read.
  useEffect(() => {
    if (location.hash !== '') navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FormErrors<F> = noErrors();
    if ([...password].length < MIN_PASSWORD) local.fields.password = t('choose.passwordShort', { n: MIN_PASSWORD });
    else if (repeat !== password) local.fields.repeat = t('choose.mismatch');
    if (Object.keys(local.fields).length > 0) {
      setErrors(local);
      focusFirstError(local, FIELDS, 'choose-');
      return;
    }
    setBusy(true);
    try {
      await passwordLinksApi.use(token, password);
      navigate('/logga-in', { replace: true, state: { passwordSetFor: link.data?.email ?? '' } satisfies PasswordSetState });
    } catch (error) {
      setBusy(false);
      // The link itself went bad meanwhile (used in another tab, expired): the form has nothing left to do.
      if (error instanceof ApiError && error.field === 'token') {
        setGone(error.message);
        return;
      }
      const placed = placeError(error, FIELDS, t('common.unexpected'));
      setErrors(placed);
      focusFirstError(placed, FIELDS, 'choose-');
    }
  };

  const refusal = token === '' ? t('choose.missing') : (gone ?? link.error?.message ?? null);
  return (
    <SignInShell>
      <h1>{title}</h1>
      {refusal !== null ? (
        <>
          <ErrorAlert>{refusal}</ErrorAlert>
          <p><Link to="/glomt-losenord">{t('choose.askAgain')}</Link></p>
        </>
      ) : link.data === null ? <Loading /> : (
        <>
          <p className="lead">{t('choose.for', { email: link.data.email, time: formatDateTime(link.data.expiresAt) })}</p>
          {errors.form ? <div id="choose-alert" tabIndex={-1}><ErrorAlert>{errors.form}</ErrorAlert></div> : null}
          <form onSubmit={submit} noValidate className="form form--narrow">
            {/* The address, for the browser's password manager to file the new password under. */}
            <input type="email" name="username" autoComplete="username" value={link.data.email} readOnly hidden />
            <TextField id="choose-password" label={t('choose.password')} type="password" autoComplete="new-password" value={password}
              onChange={setPassword} hint={t('choose.passwordHint', { n: MIN_PASSWORD })} error={errors.fields.password} required />
            <TextField id="choose-repeat" label={t('choose.repeat')} type="password" autoComplete="new-password" value={repeat}
              onChange={setRepeat} error={errors.fields.repeat} required />
            <button type="submit" className="button button--primary" disabled={busy}>{busy ? t('choose.busy') : t('choose.submit')}</button>
          </form>
        </>
      )}
    </SignInShell>
  );
}
