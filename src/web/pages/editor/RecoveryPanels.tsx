import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatDateTime } from '../../lib/dates.js';
import type { Backup } from './backup.js';

/** Offers a local backup that holds more than the server: restore it or throw it away. */
export function RestoreBanner({ backup, currentVersion, onRestore, onDiscard }: {
  backup: Backup; currentVersion: number; onRestore: () => void; onDiscard: () => void;
}) {
  const { t } = useI18n();
  return (
    <section className="alert alert--warning" aria-labelledby="restore-heading">
      <h2 id="restore-heading" className="alert__title">{t('restore.title')}</h2>
      <p>{t('restore.text', { when: formatDateTime(backup.savedAt) })}</p>
      {backup.version < currentVersion ? <p><strong>{t('restore.older')}</strong></p> : null}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onRestore}>{t('restore.restore')}</button>
        <button type="button" className="button" onClick={onDiscard}>{t('restore.discard')}</button>
      </div>
    </section>
  );
}

/** After choosing the other person's version, the user's own stays on screen as text to copy from. */
export function DiscardedPanel({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // It replaces the conflict panel the user was in: focus moves here rather than to the page's start.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="alert alert--info" aria-labelledby="discarded-heading">
      <h2 id="discarded-heading" ref={heading} tabIndex={-1} className="alert__title">{t('discarded.title')}</h2>
      <p>{t('discarded.text')}</p>
      <label htmlFor="discarded-text" className="visually-hidden">{t('discarded.title')}</label>
      <textarea id="discarded-text" readOnly value={text} rows={10} className="input--wide" />
      <button type="button" className="button button--small" onClick={onDismiss}>{t('discarded.dismiss')}</button>
    </section>
  );
}
