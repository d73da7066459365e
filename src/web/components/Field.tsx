import { useI18n } from '../i18n/I18nProvider.js';
import type { ChangeEvent, InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

/** The ids of a field's hint and error, joined for aria-describedby (undefined when neither is shown). */
export function describedBy(id: string, parts: { hint?: ReactNode; error?: ReactNode; extra?: string }): string | undefined {
  const list = [parts.hint ? `${id}-hint` : null, parts.error ? `${id}-error` : null, parts.extra ?? null].filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}

interface ShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  className?: string;
  hideLabel?: boolean;
  children: ReactNode;
}

/** A label, the control, a hint and an error message, tied together by id. */
export function FieldShell({ id, label, hint, error, required, className, hideLabel, children }: ShellProps) {
  const { t } = useI18n();
  return (
    <div className={['field', error ? 'field--error' : '', className ?? ''].join(' ').trim()}>
      {/* The mark sits outside the label, so the field's name is the label alone ("Skäl", not "Skäl *"). */}
      <div className={hideLabel ? 'visually-hidden' : 'field__label-row'}>
        <label htmlFor={id}>{label}</label>
        {required ? <span aria-hidden="true" className="required-mark">*</span> : null}
      </div>
      {hint ? <p id={`${id}-hint`} className="field__hint">{hint}</p> : null}
      {children}
      {error ? <p id={`${id}-error`} className="field__error"><span className="visually-hidden">{t('field.errorPrefix')} </span>{error}</p> : null}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> & {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: ReactNode;
  hideLabel?: boolean;
};

/** A labelled text input whose hint and error are announced with it. */
export function TextField({ id, label, value, onChange, hint, error, required, hideLabel, className, ...rest }: InputProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required} hideLabel={hideLabel} className={className}>
      <input
        {...rest}
        id={id}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'id'> & {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: ReactNode;
  hideLabel?: boolean;
};

/** A labelled textarea. */
export function TextAreaField({ id, label, value, onChange, hint, error, required, hideLabel, className, ...rest }: TextAreaProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required} hideLabel={hideLabel} className={className}>
      <textarea
        {...rest}
        id={id}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}

/** One choice of a select. */
export interface Option {
  value: string;
  label: string;
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'id'> & {
  id: string;
  label: ReactNode;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: ReactNode;
};

/** A labelled select. */
export function SelectField({ id, label, value, options, onChange, hint, error, required, className, ...rest }: SelectProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <select
        {...rest}
        id={id}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </FieldShell>
  );
}

/** A labelled checkbox. */
export function CheckboxField({ id, label, checked, onChange, hint }: {
  id: string; label: ReactNode; checked: boolean; onChange: (checked: boolean) => void; hint?: ReactNode;
}) {
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={describedBy(id, { hint })} />
      <label htmlFor={id}>{label}</label>
      {hint ? <p id={`${id}-hint`} className="field__hint">{hint}</p> : null}
    </div>
  );
}
