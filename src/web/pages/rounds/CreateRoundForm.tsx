import { useState, type FormEvent } from 'react';
import { parseIsoDate, ROUND_KINDS } from '../../../domain/period.js';
import { roundsApi } from '../../api/endpoints.js';
import type { Round, RoundKind } from '../../api/types.js';
import { DateInput } from '../../components/DateInput.js';
import { SelectField, TextField } from '../../components/Field.js';
import { ErrorAlert } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { focusFirstError, noErrors, placeError, type FormErrors } from '../../lib/form-errors.js';

const FIELDS = ['year', 'kind', 'deadline'] as const;
type F = (typeof FIELDS)[number];

function isKind(value: string): value is RoundKind {
  return (ROUND_KINDS as readonly string[]).includes(value);
}

/** Creating a round: year, kind (T1, T2, VB) and deadline. */
export function CreateRoundForm({ onCreated }: { onCreated: (round: Round) => void }) {
  const { t } = useI18n();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [kind, setKind] = useState<RoundKind>('T1');
  const [deadline, setDeadline] = useState('');
  const [errors, setErrors] = useState<FormErrors<F>>(noErrors());
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FormErrors<F> = noErrors();
    if (!/^\d{4}$/.test(year.trim())) local.fields.year = t('rounds.yearInvalid');
    const date = parseIsoDate(deadline);
    if (!date.ok) local.fields.deadline = deadline.trim() === '' ? t('date.empty') : date.message;
    if (local.fields.year || local.fields.deadline) {
      setErrors(local);
      focusFirstError(local, FIELDS, 'round-');
      return;
    }
    setBusy(true);
    try {
      const round = await roundsApi.create({ year: Number(year), kind, deadline: deadline.trim() });
      setErrors(noErrors());
      setDeadline('');
      onCreated(round);
    } catch (error) {
      const placed = placeError(error, FIELDS, t('common.unexpected'));
      setErrors(placed);
      focusFirstError(placed, FIELDS, 'round-');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="create-round-heading">
      <h2 id="create-round-heading">{t('rounds.create')}</h2>
      {errors.form ? <div id="round-alert" tabIndex={-1}><ErrorAlert>{errors.form}</ErrorAlert></div> : null}
      <form onSubmit={submit} noValidate className="form form--inline">
        <TextField id="round-year" label={t('rounds.year')} value={year} onChange={setYear} inputMode="numeric" maxLength={4}
          size={6} error={errors.fields.year} required />
        <SelectField id="round-kind" label={t('rounds.kind')} value={kind} error={errors.fields.kind}
          options={ROUND_KINDS.map((k) => ({ value: k, label: `${k} – ${t(`roundKind.${k}`)}` }))}
          onChange={(v) => { if (isKind(v)) setKind(v); }} />
        <DateInput id="round-deadline" label={t('rounds.deadline')} value={deadline} onChange={setDeadline} required
          error={errors.fields.deadline ?? null} />
        <button type="submit" className="button button--primary" disabled={busy}>{t('rounds.createButton')}</button>
      </form>
    </section>
  );
}
