import { useEffect, useState } from 'react';
import { parseIsoDate } from '../../domain/period.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { FieldShell, describedBy } from './Field.js';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  required?: boolean;
  /** An error from elsewhere (the server, the check), shown when the date itself reads well. */
  error?: string | null;
}

/**
 * A date written as 2014-08-31 (a text field: the browser's date picker would show the date in its
 * own locale's order). Impossible dates (2014-02-30) are named at once.
 */
export function DateInput({ id, label, value, onChange, onBlur, required, error: outsideError }: Props) {
  const { t, lang } = useI18n();
  const [touched, setTouched] = useState(false);
  // A form that clears the field after saving starts it afresh: no "empty" error until left again.
  useEffect(() => {
    if (value === '') setTouched(false);
  }, [value]);
  const parsed = value.trim() === '' ? null : parseIsoDate(value);
  const ownError = parsed && !parsed.ok
    ? (lang === 'sv' ? parsed.message : t('date.invalid'))
    : parsed === null && touched && required ? t('date.empty') : null;
  const error = ownError ?? outsideError ?? null;
  const hint = t('date.hint');
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required} className="field--date">
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('date.placeholder')}
        maxLength={10}
        size={12}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          setTouched(true);
          onBlur?.();
        }}
      />
    </FieldShell>
  );
}
