import { useState } from 'react';
import { formatKronor, formatSek, parseKronor } from '../../../domain/money.js';
import { ApiError } from '../../api/client.js';
import { setupApi } from '../../api/endpoints.js';
import type { Project } from '../../api/types.js';
import { AmountInput } from '../../components/AmountInput.js';
import { TextField } from '../../components/Field.js';
import { ErrorAlert, Notice } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** A project's grant per year: change a year's amount or add a year (PUT /api/projects/:id/grants/:year). */
export function GrantsEditor({ project, onSaved }: { project: Project; onSaved: (project: Project) => void }) {
  const { t } = useI18n();
  const [amounts, setAmounts] = useState<Record<number, string>>(
    Object.fromEntries(project.grants.map((g) => [g.year, formatKronor(g.grantOre, { plainSpaces: true })])),
  );
  const [newYear, setNewYear] = useState('');
  const [newAmount, setNewAmount] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const save = async (year: number, text: string): Promise<boolean> => {
    setError(null);
    setMessage(null);
    const parsed = parseKronor(text);
    if (!parsed.ok) {
      setError(t('projects.grantFor', { year }) + ': ' + parsed.message);
      return false;
    }
    try {
      const saved = await setupApi.setGrant(project.id, year, parsed.value);
      setAmounts((a) => ({ ...a, [year]: formatKronor(parsed.value, { plainSpaces: true }) }));
      setMessage(t('projects.grantSaved', { year, amount: formatSek(parsed.value) }));
      onSaved(saved);
      return true;
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('common.unexpected'));
      return false;
    }
  };

  const years = [...project.grants].sort((a, b) => a.year - b.year);
  return (
    <section className="grants-editor" aria-labelledby={`grants-${project.id}`}>
      <h3 id={`grants-${project.id}`}>{t('projects.grants')}</h3>
      {message ? <Notice tone="success">{message}</Notice> : null}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {years.map((g) => (
        <div key={g.year} className="form__row">
          <AmountInput id={`grant-${project.id}-${g.year}`} label={t('projects.grantFor', { year: g.year })}
            value={amounts[g.year] ?? ''} onChange={(v) => setAmounts((a) => ({ ...a, [g.year]: v }))} />
          <button type="button" className="button button--small" onClick={() => void save(g.year, amounts[g.year] ?? '')}>
            {t('projects.saveGrant')}<span className="visually-hidden"> {g.year}</span>
          </button>
        </div>
      ))}
      <div className="form__row">
        <TextField id={`grant-${project.id}-new-year`} label={t('projects.grantYear')} value={newYear} onChange={setNewYear}
          inputMode="numeric" maxLength={4} size={6} />
        <AmountInput id={`grant-${project.id}-new-amount`} label={t('projects.grantAmount')} value={newAmount} onChange={setNewAmount} />
        <button type="button" className="button button--small" onClick={() => {
          if (!/^\d{4}$/.test(newYear.trim())) { setError(t('rounds.yearInvalid')); return; }
          void save(Number(newYear), newAmount).then((ok) => { if (ok) { setNewYear(''); setNewAmount(''); } });
        }}>
          {t('projects.saveNewGrant')}
        </button>
      </div>
    </section>
  );
}
