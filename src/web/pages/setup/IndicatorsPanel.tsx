import { useState, type FormEvent } from 'react';
import { formatIndicatorValue, parseIndicatorValue } from '../../../domain/indicator-value.js';
import { setupApi } from '../../api/endpoints.js';
import type { Indicator, Project } from '../../api/types.js';
import { SelectField, TextField } from '../../components/Field.js';
import { DataTable, LoadState } from '../../components/DataTable.js';
import { ErrorAlert, Notice } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { focusFirstError, noErrors, placeError, type FormErrors } from '../../lib/form-errors.js';
import { useLoad } from '../../lib/use-load.js';

const ADD_FIELDS = ['name', 'unit', 'baseline'] as const;
const TARGET_FIELDS = ['indicator', 'year', 'target'] as const;

/** A value typed the Swedish way ("12,5"), as the API's canonical decimal; '' is none. */
function readValue(text: string): { ok: true; value: string | null } | { ok: false; message: string } {
  return text.trim() === '' ? { ok: true, value: null } : parseIndicatorValue(text);
}

/** A project's indicators for the central office: the list with targets per year, retire or bring back, add one, set a year's target. */
export function IndicatorsPanel({ project }: { project: Project }) {
  const { t } = useI18n();
  const list = useLoad(() => setupApi.indicators(project.id), [project.id]);
  const indicators = list.data?.indicators ?? [];
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [baseline, setBaseline] = useState('');
  const [addErrors, setAddErrors] = useState<FormErrors<(typeof ADD_FIELDS)[number]>>(noErrors());
  const [which, setWhich] = useState('');
  const [year, setYear] = useState(String(project.activeFromYear));
  const [target, setTarget] = useState('');
  const [targetErrors, setTargetErrors] = useState<FormErrors<(typeof TARGET_FIELDS)[number]>>(noErrors());
  const prefix = `indicators-${project.id}-`;
  const chosen = indicators.find((i) => String(i.id) === which) ?? indicators[0];

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const local = noErrors<(typeof ADD_FIELDS)[number]>();
    if (name.trim() === '') local.fields.name = t('indicators.nameMissing');
    if (unit.trim() === '') local.fields.unit = t('indicators.unitMissing');
    const base = readValue(baseline);
    if (!base.ok) local.fields.baseline = base.message;
    if (Object.keys(local.fields).length > 0 || !base.ok) {
      setAddErrors(local);
      focusFirstError(local, ADD_FIELDS, `${prefix}add-`);
      return;
    }
    setBusy(true);
    try {
      const created = await setupApi.createIndicator(project.id, { name: name.trim(), unit: unit.trim(), baseline: base.value });
      setMessage(t('indicators.added', { name: created.name }));
      setName(''); setUnit(''); setBaseline(''); setAddErrors(noErrors());
      list.reload();
    } catch (error) {
      const placed = placeError(error, ADD_FIELDS, t('common.unexpected'));
      setAddErrors(placed);
      focusFirstError(placed, ADD_FIELDS, `${prefix}add-`);
    } finally {
      setBusy(false);
    }
  };

  const saveTarget = async (event: FormEvent) => {
    event.preventDefault();
    const local = noErrors<(typeof TARGET_FIELDS)[number]>();
    if (!/^\d{4}$/.test(year.trim())) local.fields.year = t('indicators.yearInvalid');
    const value = readValue(target);
    if (!value.ok) local.fields.target = value.message;
    if (!chosen || Object.keys(local.fields).length > 0 || !value.ok) {
      setTargetErrors(local);
      focusFirstError(local, TARGET_FIELDS, `${prefix}target-`);
      return;
    }
    setBusy(true);
    try {
      await setupApi.setIndicatorTarget(project.id, chosen.id, Number(year), value.value);
      setMessage(t('indicators.targetSaved', { name: chosen.name, year: year.trim() }));
      setTarget(''); setTargetErrors(noErrors());
      list.reload();
    } catch (error) {
      const placed = placeError(error, TARGET_FIELDS, t('common.unexpected'));
      setTargetErrors(placed);
      focusFirstError(placed, TARGET_FIELDS, `${prefix}target-`);
    } finally {
      setBusy(false);
    }
  };

  const toggle = async (indicator: Indicator) => {
    setBusy(true);
    try {
      await setupApi.updateIndicator(project.id, indicator.id, { active: !indicator.active });
      list.reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="indicators-panel">
      {message ? <Notice tone="success">{message}</Notice> : null}
      <LoadState load={list} isEmpty={indicators.length === 0} empty={t('indicators.none')} />
      {indicators.length > 0 ? (
        <DataTable label={t('indicators.title', { name: project.name })}
          columns={[{ label: t('indicators.name') }, { label: t('indicators.unit') }, { label: t('indicators.baseline'), className: 'num' },
            { label: t('indicators.targets') }, { label: t('indicators.status') }, 'actions']}>
          {indicators.map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.name}</th>
              <td>{i.unit}</td>
              <td className="num nowrap">{i.baseline === null ? '–' : formatIndicatorValue(i.baseline)}</td>
              <td>
                <ul className="plain-list">
                  {i.targets.map((x) => <li key={x.year} className="nowrap">{x.year}: {formatIndicatorValue(x.target)}</li>)}
                </ul>
              </td>
              <td>{i.active ? t('indicators.active') : t('indicators.retired')}</td>
              <td>
                <button type="button" className="button button--small" disabled={busy} onClick={() => void toggle(i)}>
                  {i.active ? t('indicators.retire') : t('indicators.reactivate')}<span className="visually-hidden"> {i.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {indicators.length > 0 ? (
        <form onSubmit={saveTarget} noValidate className="form" aria-labelledby={`${prefix}target-heading`}>
          <h3 id={`${prefix}target-heading`}>{t('indicators.setTarget')}</h3>
          {targetErrors.form ? <div id={`${prefix}target-alert`} tabIndex={-1}><ErrorAlert>{targetErrors.form}</ErrorAlert></div> : null}
          <div className="form__row">
            <SelectField id={`${prefix}target-indicator`} label={t('indicators.which')} value={String(chosen?.id ?? '')} onChange={setWhich}
              error={targetErrors.fields.indicator} options={indicators.map((i) => ({ value: String(i.id), label: i.name }))} />
            <TextField id={`${prefix}target-year`} label={t('indicators.year')} value={year} onChange={setYear} error={targetErrors.fields.year}
              required inputMode="numeric" maxLength={4} size={6} />
            <TextField id={`${prefix}target-target`} label={t('indicators.target')} hint={t('indicators.targetHint')} value={target} onChange={setTarget}
              error={targetErrors.fields.target} inputMode="decimal" size={12} />
          </div>
          <button type="submit" className="button" disabled={busy}>{t('indicators.setTargetButton')}</button>
        </form>
      ) : null}
      <form onSubmit={add} noValidate className="form" aria-labelledby={`${prefix}add-heading`}>
        <h3 id={`${prefix}add-heading`}>{t('indicators.add')}</h3>
        {addErrors.form ? <div id={`${prefix}add-alert`} tabIndex={-1}><ErrorAlert>{addErrors.form}</ErrorAlert></div> : null}
        <TextField id={`${prefix}add-name`} label={t('indicators.name')} value={name} onChange={setName} error={addErrors.fields.name} required maxLength={150} />
        <div className="form__row">
          <TextField id={`${prefix}add-unit`} label={t('indicators.unit')} hint={t('indicators.unitHint')} value={unit} onChange={setUnit}
            error={addErrors.fields.unit} required maxLength={20} size={12} />
          <TextField id={`${prefix}add-baseline`} label={t('indicators.baseline')} hint={t('indicators.valueHint')} value={baseline} onChange={setBaseline}
            error={addErrors.fields.baseline} inputMode="decimal" size={12} />
        </div>
        <button type="submit" className="button" disabled={busy}>{t('indicators.addButton')}</button>
      </form>
    </div>
  );
}
