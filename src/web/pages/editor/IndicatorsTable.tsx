import { formatIndicatorValue } from '../../../domain/indicator-value.js';
import type { ReportIndicator } from '../../api/types.js';
import { TableWrap } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ids } from '../../lib/field-ids.js';
import { readOutcome, type DraftIndicator } from './draft.js';
import type { EditorAction } from './editor-state.js';

interface Props {
  sectionIndex: number;
  projectNumber: number;
  year: number | null;
  /** The project's indicators as the report states them (name, unit, baseline, target). */
  stated: readonly ReportIndicator[];
  indicators: readonly DraftIndicator[];
  apply: (action: EditorAction) => void;
}

/** A project's indicators in the editor: what the project set out to do, and an outcome and comment field per indicator. */
export function IndicatorsTable({ sectionIndex: s, projectNumber, year, stated, indicators, apply }: Props) {
  const { t, lang } = useI18n();
  const value = (v: string | undefined) => (v === undefined ? t('indicator.none') : formatIndicatorValue(v));
  const caption = t('project.indicatorsOf', { number: projectNumber });
  return (
    <div className="indicators" id={ids.indicators(s)} tabIndex={-1}>
      <TableWrap label={caption}>
        <table className="table table--edit">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicator.name')}</th>
              <th scope="col">{t('indicator.unit')}</th>
              <th scope="col" className="col-amount">{t('indicator.baseline')}</th>
              <th scope="col" className="col-amount">{year ? t('indicator.target', { year }) : t('indicator.targetNoYear')}</th>
              <th scope="col" className="col-amount">{t('indicator.outcome')}</th>
              <th scope="col">{t('indicator.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((row, i) => {
              const about = stated.find((x) => x.name === row.name);
              const where = t('indicator.where', { project: projectNumber, indicator: row.name });
              const outcomeId = ids.indicatorField(s, i, 'outcome');
              const commentId = ids.indicatorField(s, i, 'comment');
              const parsed = readOutcome(row.outcomeText);
              const error = parsed.ok ? undefined : (lang === 'sv' ? parsed.message : t('outcome.invalid'));
              return (
                <tr key={row.name}>
                  <th scope="row">{row.name}</th>
                  <td>{about?.unit ?? ''}</td>
                  <td className="amount">{value(about?.baseline)}</td>
                  <td className="amount">{value(about?.target)}</td>
                  <td>
                    <label htmlFor={outcomeId} className="visually-hidden">{t('indicator.outcome')}, {where}</label>
                    <input id={outcomeId} type="text" inputMode="decimal" size={10} autoComplete="off" className="amount__input"
                      aria-invalid={error ? true : undefined} aria-describedby={error ? `${outcomeId}-error` : undefined}
                      value={row.outcomeText} onChange={(ev) => apply({ type: 'setIndicator', section: s, indicator: i, field: 'outcomeText', value: ev.target.value })} />
                    {error ? <p id={`${outcomeId}-error`} className="field__error">{error}</p> : null}
                  </td>
                  <td>
                    <label htmlFor={commentId} className="visually-hidden">{t('indicator.comment')}, {where}</label>
                    <input id={commentId} type="text" maxLength={300} className="input--wide" autoComplete="off"
                      value={row.comment} onChange={(ev) => apply({ type: 'setIndicator', section: s, indicator: i, field: 'comment', value: ev.target.value })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}
