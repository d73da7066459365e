import { useState, type FormEvent } from 'react';
import type { Committee, Programme, Project, ProjectInput } from '../../api/types.js';
import { AmountInput } from '../../components/AmountInput.js';
import { SelectField, TextField } from '../../components/Field.js';
import { FormButtons } from '../../components/FormButtons.js';
import { ErrorAlert } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { focusFirstError, noErrors, placeError, type FormErrors } from '../../lib/form-errors.js';
import { grantsToSave, initialGrantRows, rowYear, type GrantRow } from './grant-rows.js';

const FIELDS = ['committeeId', 'programmeId', 'name', 'number', 'projectCode', 'activeFromYear', 'activeToYear', 'grants'] as const;
type F = (typeof FIELDS)[number];

const isYear = (s: string) => /^\d{4}$/.test(s.trim());

/**
 * Create a project or edit one, with its grants, under one save button. Editing, `grants` holds
 * only the years whose amount changed or that are new; `onCancel` adds "Avbryt" (in a dialog).
 */
export function ProjectForm({ project, committees, programmes, prefix, submitLabel, onSubmit, onCancel }: {
  project?: Project; committees: readonly Committee[]; programmes: readonly Programme[];
  prefix: string; submitLabel: string; onSubmit: (input: ProjectInput) => Promise<void>; onCancel?: () => void;
}) {
  const { t } = useI18n();
  const thisYear = String(new Date().getFullYear());
  const [committeeId, setCommitteeId] = useState(String(project?.committeeId ?? committees[0]?.id ?? ''));
  const [programmeId, setProgrammeId] = useState(String(project?.programmeId ?? programmes[0]?.id ?? ''));
  const [name, setName] = useState(project?.name ?? '');
  const [number, setNumber] = useState(project ? String(project.number) : '');
  const [code, setCode] = useState(project?.projectCode ?? '');
  const [from, setFrom] = useState(project ? String(project.activeFromYear) : thisYear);
  const [to, setTo] = useState(project?.activeToYear ? String(project.activeToYear) : '');
  const [grants, setGrants] = useState<GrantRow[]>(() => initialGrantRows(project?.grants));
  const [errors, setErrors] = useState<FormErrors<F>>(noErrors());
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FormErrors<F> = noErrors();
    if (!committeeId) local.fields.committeeId = t('projects.committeeMissing');
    if (!programmeId) local.fields.programmeId = t('projects.programmeMissing');
    if (name.trim() === '') local.fields.name = t('setup.nameMissing');
    if (!/^\d{1,3}$/.test(number.trim()) || Number(number) < 1) local.fields.number = t('projects.numberInvalid');
    if (code.trim() !== '' && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/.test(code.trim())) local.fields.projectCode = t('projects.codeInvalid');
    if (!isYear(from)) local.fields.activeFromYear = t('rounds.yearInvalid');
    if (to.trim() !== '' && (!isYear(to) || Number(to) < Number(from))) local.fields.activeToYear = t('projects.toInvalid');
    const toSave = grantsToSave(grants, from, project?.grants);
    if (toSave === null) local.fields.grants = t('projects.grantsInvalid');
    if (Object.keys(local.fields).length > 0) {
      setErrors(local);
      focusFirstError(local, FIELDS, prefix);
      return;
    }
    setBusy(true);
    try {
      await onSubmit({
        committeeId: Number(committeeId), programmeId: Number(programmeId), name: name.trim(), number: Number(number),
        activeFromYear: Number(from), activeToYear: to.trim() === '' ? null : Number(to),
        // Left empty, a new project gets the committee's default code; an existing one keeps its code.
        ...(code.trim() === '' ? {} : { projectCode: code.trim() }),
        grants: toSave ?? [],
      });
      setErrors(noErrors());
      if (!project) { setName(''); setNumber(''); setCode(''); setGrants(initialGrantRows()); }
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
      {project ? null : (
        <SelectField id={`${prefix}committeeId`} label={t('projects.committee')} value={committeeId} onChange={setCommitteeId}
          error={errors.fields.committeeId} required options={committees.map((c) => ({ value: String(c.id), label: c.name }))} />
      )}
      <SelectField id={`${prefix}programmeId`} label={t('projects.programme')} value={programmeId} onChange={setProgrammeId}
        error={errors.fields.programmeId} required options={programmes.map((p) => ({ value: String(p.id), label: p.name }))} />
      <TextField id={`${prefix}name`} label={t('projects.name')} value={name} onChange={setName} error={errors.fields.name} required maxLength={200} />
      <div className="form__row">
        <TextField id={`${prefix}number`} label={t('projects.number')} hint={t('projects.numberHint')} value={number} onChange={setNumber}
          error={errors.fields.number} required inputMode="numeric" size={4} />
        <TextField id={`${prefix}projectCode`} label={t('projects.code')} hint={t(project ? 'projects.codeHintEdit' : 'projects.codeHint')} value={code}
          onChange={setCode} error={errors.fields.projectCode} maxLength={20} size={12} />
        <TextField id={`${prefix}activeFromYear`} label={t('projects.from')} value={from} onChange={setFrom}
          error={errors.fields.activeFromYear} required inputMode="numeric" maxLength={4} size={6} />
        <TextField id={`${prefix}activeToYear`} label={t('projects.to')} hint={t('projects.toHint')} value={to} onChange={setTo}
          error={errors.fields.activeToYear} inputMode="numeric" maxLength={4} size={6} />
      </div>
      <fieldset className="fieldset" id={`${prefix}grants`} tabIndex={-1} aria-describedby={errors.fields.grants ? `${prefix}grants-error` : undefined}>
        <legend>{t('projects.grants')}</legend>
        {errors.fields.grants ? <p id={`${prefix}grants-error`} className="field__error">{errors.fields.grants}</p> : null}
        {grants.map((g, i) => g.fixed ? (
          // A year the project has a grant for: its amount can change; a grant is not taken away here.
          <div key={i} className="form__row">
            <AmountInput id={`${prefix}grant-${i}-amount`} label={t('projects.grantFor', { year: g.year })} value={g.amount}
              onChange={(amount) => setGrants((list) => list.map((row, j) => (j === i ? { ...row, amount } : row)))} />
          </div>
        ) : (
          <div key={i} className="form__row">
            <TextField id={`${prefix}grant-${i}-year`} label={t('projects.grantYear')} value={rowYear(g, from)} inputMode="numeric" maxLength={4} size={6}
              onChange={(year) => setGrants((list) => list.map((row, j) => (j === i ? { ...row, year, followsStart: false } : row)))} />
            <AmountInput id={`${prefix}grant-${i}-amount`} label={t('projects.grantAmount')} value={g.amount}
              onChange={(amount) => setGrants((list) => list.map((row, j) => (j === i ? { ...row, amount } : row)))} />
            <button type="button" className="button button--small" onClick={() => setGrants((list) => list.filter((_, j) => j !== i))}>
              {t('projects.removeGrant')}<span className="visually-hidden"> {rowYear(g, from)}</span>
            </button>
          </div>
        ))}
        <button type="button" className="button button--small"
          onClick={() => setGrants((list) => [...list, { year: '', amount: '', fixed: false, followsStart: false }])}>
          {t('projects.addGrant')}
        </button>
      </fieldset>
      <FormButtons submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
