import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/client.js';
import { passwordLinksApi } from '../api/endpoints.js';
import { TextField } from '../components/Field.js';
import { ErrorAlert, Notice } from '../components/Messages.js';
import { SignInShell } from '../components/SignInShell.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { usePageTitle } from '../lib/use-load.js';

/**
 * /glomt-losenord: asks for a link to choose a new password. The answer is always the same, whether
 * or not the address belongs to anyone; only an address that is not one is refused at its field.
 */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  usePageTitle(t('forgot.title'));
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const answer = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (email.trim() === '') {
      setError(t('signIn.emailMissing'));
      document.getElementById('email')?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await passwordLinksApi.requestReset(email.trim());
      setSent(true);
      // The form goes away: focus the answer, so a keyboard or screen reader user is not left nowhere.
      window.setTimeout(() => answer.current?.focus(), 0);
    } catch (caught) {
      if (caught instanceof ApiError && caught.field === 'email') {
        setError(caught.message.replace(/^email: /, ''));
        document.getElementById('email')?.focus();
      } else {
        setFormError(caught instanceof ApiError ? caught.message : t('common.unexpected'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <SignInShell>
      <h1>{t('forgot.title')}</h1>
      {sent ? (
        <div ref={answer} tabIndex={-1}>
          <Notice tone="success">{t('forgot.sent')}</Notice>
          <p>{t('forgot.spam')}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t('forgot.lead')}</p>
          {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
          <form onSubmit={submit} noValidate className="form form--narrow">
            <TextField id="email" label={t('signIn.email')} type="email" autoComplete="username" value={email}
              onChange={setEmail} error={error} required />
            <button type="submit" className="button button--primary" disabled={busy}>{busy ? t('forgot.busy') : t('forgot.submit')}</button>
          </form>
        </>
      )}
      <p className="signin-forgot"><Link to="/logga-in">{t('forgot.back')}</Link></p>
    </SignInShell>
  );
}
