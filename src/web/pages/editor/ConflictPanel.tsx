import { useEffect, useRef } from 'react';
import type { ConflictDetails } from '../../api/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatDateTime } from '../../lib/dates.js';
import { formatValue } from '../../lib/values.js';

interface Props {
  details: ConflictDetails;
  message: string;
  onUseTheirs: () => void;
  onKeepMine: () => void;
}

/**
 * Someone else saved first. Autosave has stopped; the user sees each field that differs, the other
 * person's value beside their own (selectable, to copy), and chooses. The editor below keeps their text.
 */
export function ConflictPanel({ details, message, onUseTheirs, onKeepMine }: Props) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const empty = t('common.empty');
  return (
    <section className="conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1}>{t('conflict.title')}</h2>
      <p>{message}</p>
      <p>{t('conflict.explain', { name: details.savedBy || t('conflict.someone'), when: formatDateTime(details.savedAt) })}</p>
      {details.changes.length > 0 ? (
        <div className="table-wrap" role="region" aria-label={t('conflict.changes')} tabIndex={0}>
          <table className="table table--conflict">
            <caption>{t('conflict.changes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('conflict.field')}</th>
                <th scope="col">{t('conflict.theirs')}</th>
                <th scope="col">{t('conflict.yours')}</th>
              </tr>
            </thead>
            <tbody>
              {details.changes.map((c, i) => (
                <tr key={i}>
                  <th scope="row">{c.label}</th>
                  <td><pre className="value">{formatValue(c.theirs, c.path, empty)}</pre></td>
                  <td><pre className="value value--mine">{formatValue(c.yours, c.path, empty)}</pre></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="muted">{t('conflict.safe')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onUseTheirs}>{t('conflict.useTheirs')}</button>
        <button type="button" className="button button--primary" onClick={onKeepMine}>{t('conflict.keepMine')}</button>
      </div>
    </section>
  );
}
