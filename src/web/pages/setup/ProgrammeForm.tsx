import { useState, type FormEvent } from 'react';
import type { Programme, ProgrammeInput } from '../../api/types.js';
import { TextField } from '../../components/Field.js';
import { FormButtons } from '../../components/FormButtons.js';
import { ErrorAlert } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { focusFirstError, noErrors, placeError, type FormErrors } from '../../lib/form-errors.js';

const FIELDS = ['name', 'ikb', 'defaultAccount'] as const;
type F = (typeof FIELDS)[number];

/** Create or edit a programme: name, IKB and default account (four digits each). */
export function ProgrammeForm({ programme, prefix, submitLabel, onSubmit, onCancel }: {
  programme?: Programme; prefix: string; submitLabel: string; onSubmit: (input: ProgrammeInput) => Promise<void>; onCancel?: () => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<ProgrammeInput>({
    name: programme?.name ?? '', ikb: programme?.ikb ?? '', defaultAccount: programme?.defaultAccount ?? '',
  });
  const [errors, setErrors] = useState<FormErrors<F>>(noErrors());
  const [busy, setBusy] = useState(false);
  const set = (field: F) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FormErrors<F> = noErrors();
    if (values.name.trim() === '') local.fields.name = t('setup.nameMissing');
    if (!/^\d{4}$/.test(values.ikb.trim())) local.fields.ikb = t('setup.fourDigits', { field: t('programmes.ikb') });
    if (!/^\d{4}$/.test(values.defaultAccount.trim())) local.fields.defaultAccount = t('setup.fourDigits', { field: t('programmes.account') });
    if (Object.keys(local.fields).length > 0) {
      setErrors(local);
      focusFirstError(local, FIELDS, prefix);
      return;
    }
    setBusy(true);
    try {
      await onSubmit({ name: values.name.trim(), ikb: values.ikb.trim(), defaultAccount: values.defaultAccount.trim() });
      setErrors(noErrors());
      if (!programme) setValues({ name: '', ikb: '', defaultAccount: '' });
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
      <TextField id={`${prefix}name`} label={t('programmes.name')} value={values.name} onChange={set('name')} error={errors.fields.name} required maxLength={200} />
      <TextField id={`${prefix}ikb`} label={t('programmes.ikb')} hint={t('setup.fourDigitsHint')} value={values.ikb} onChange={set('ikb')}
        error={errors.fields.ikb} required inputMode="numeric" maxLength={4} size={6} />
      <TextField id={`${prefix}defaultAccount`} label={t('programmes.account')} hint={t('setup.fourDigitsHint')} value={values.defaultAccount}
        onChange={set('defaultAccount')} error={errors.fields.defaultAccount} required inputMode="numeric" maxLength={4} size={6} />
      <FormButtons submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
