import { useState, type FormEvent } from 'react';
import type { Committee, CommitteeInput } from '../../api/types.js';
import { CheckboxField, TextField } from '../../components/Field.js';
import { FormButtons } from '../../components/FormButtons.js';
import { ErrorAlert } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { focusFirstError, noErrors, placeError, type FormErrors } from '../../lib/form-errors.js';

const FIELDS = ['name', 'counterpartyNumber'] as const;
type F = (typeof FIELDS)[number];

/** Create or edit a committee: name, counterparty number (four digits), and active when editing. */
export function CommitteeForm({ committee, prefix, submitLabel, onSubmit, onCancel }: {
  committee?: Committee; prefix: string; submitLabel: string; onSubmit: (input: CommitteeInput) => Promise<void>; onCancel?: () => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(committee?.name ?? '');
  const [number, setNumber] = useState(committee?.counterpartyNumber ?? '');
  const [active, setActive] = useState(committee?.active ?? true);
  const [errors, setErrors] = useState<FormErrors<F>>(noErrors());
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FormErrors<F> = noErrors();
    if (name.trim() === '') local.fields.name = t('setup.nameMissing');
    if (!/^\d{4}$/.test(number.trim())) local.fields.counterpartyNumber = t('setup.fourDigits', { field: t('committees.number') });
    if (Object.keys(local.fields).length > 0) {
      setErrors(local);
      focusFirstError(local, FIELDS, prefix);
      return;
    }
    setBusy(true);
    try {
      await onSubmit({ name: name.trim(), counterpartyNumber: number.trim(), ...(committee ? { active } : {}) });
      setErrors(noErrors());
      if (!committee) { setName(''); setNumber(''); }
    } catch (error) {
      const placed = placeError(error, FIELDS, t('common.unexpected'));
      setErrors(placed);
      focusFirstError(placed, FIELDS, prefix);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      {errors.form ? <div id={`${prefix}alert`} tabIndex={-1}><ErrorAlert>{errors.form}</ErrorAlert></div> : null}
      <TextField id={`${prefix}name`} label={t('committees.name')} value={name} onChange={setName} error={errors.fields.name} required maxLength={200} />
      <TextField id={`${prefix}counterpartyNumber`} label={t('committees.number')} hint={t('setup.fourDigitsHint')} value={number}
        onChange={setNumber} error={errors.fields.counterpartyNumber} required inputMode="numeric" maxLength={4} size={6} />
      {committee ? <CheckboxField id={`${prefix}active`} label={t('committees.active')} checked={active} onChange={setActive} /> : null}
      <FormButtons submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
