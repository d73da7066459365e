import { useState, type FormEvent } from 'react';
import { MAX_ORGANISATION_NAME_LENGTH } from '../../../domain/limits.js';
import { ApiError } from '../../api/client.js';
import { organisationNameApi } from '../../api/endpoints.js';
import { TextField } from '../../components/Field.js';
import { FormButtons } from '../../components/FormButtons.js';
import { ErrorAlert, Loading, Notice } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLoad } from '../../lib/use-load.js';

/** The admin's setting of the organisation's name, printed in the footer of every page of every document (on the users page). */
export function OrganisationNameSetting() {
  const { t } = useI18n();
  const state = useLoad(() => organisationNameApi.get(), []);
  // What the admin has typed; null until then, when the field shows the stored name.
  const [typed, setTyped] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const current = state.data;
  const value = typed ?? current?.name ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    setFailure(null);
    const name = value.trim();
    if (name === '') return setFieldError(t('organisation.empty'));
    if (name.length > MAX_ORGANISATION_NAME_LENGTH) return setFieldError(t('organisation.tooLong', { n: MAX_ORGANISATION_NAME_LENGTH }));
    setFieldError(null);
    setBusy(true);
    try {
      const answer = await organisationNameApi.set(name);
      state.setData(answer);
      setTyped(null);
      setSaved(t('organisation.saved', { name: answer.name }));
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) setFieldError(e.message);
      else setFailure(e instanceof ApiError ? e.message : t('common.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="organisation-heading">
      <h2 id="organisation-heading">{t('organisation.title')}</h2>
      <p>{t('organisation.lead')}</p>
      {failure ? <ErrorAlert>{failure}</ErrorAlert> : null}
      {saved ? <Notice tone="success">{saved}</Notice> : null}
      {state.error ? <ErrorAlert>{state.error.message}</ErrorAlert> : null}
      {current ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextField
            id="organisation-name"
            label={t('organisation.name')}
            value={value}
            onChange={(next) => {
              setTyped(next);
              setSaved(null);
            }}
            hint={current.set ? t('organisation.hint') : t('organisation.hintFallback', { name: current.fallback })}
            error={fieldError}
            required
            maxLength={MAX_ORGANISATION_NAME_LENGTH}
            autoComplete="organization"
          />
          <FormButtons submitLabel={t('organisation.save')} busy={busy} />
        </form>
      ) : state.error ? null : <Loading />}
    </section>
  );
}
