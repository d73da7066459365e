import { useEffect, useState, type ReactNode } from 'react';
import { formatSek, parseKronor } from '../../domain/money.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { describedBy } from './Field.js';

interface Props {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** The label's class: `visually-hidden` in a table whose heading names the column, say. */
  labelClassName?: string;
}

/**
 * An amount typed the Swedish way ("2 626 837", "83 412,50", "-1 200"). Beside it: the value as
 * read (`2 626 837 kr`) or why it cannot be read. The text stays as typed either way.
 */
export function AmountInput({ id, label, value, onChange, onBlur, labelClassName }: Props) {
  const { t, lang } = useI18n();
  const [touched, setTouched] = useState(false);
  // A form that clears the field after saving starts it afresh: no "empty" error until left again.
  useEffect(() => {
    if (value === '') setTouched(false);
  }, [value]);
  const empty = value.trim() === '';
  const parsed = empty ? null : parseKronor(value);
  const error = parsed && !parsed.ok
    ? (lang === 'sv' ? parsed.message : t('amount.invalid'))
    : empty && touched ? t('amount.empty') : null;
  return (
    <div className={`amount${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className={labelClassName}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        className="amount__input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error, extra: parsed?.ok ? `${id}-parsed` : undefined })}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          setTouched(true);
          onBlur?.();
        }}
      />
      {parsed?.ok ? <p id={`${id}-parsed`} className="amount__parsed">= {formatSek(parsed.value)}</p> : null}
      {error ? <p id={`${id}-error`} className="field__error">{error}</p> : null}
    </div>
  );
}
