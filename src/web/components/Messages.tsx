import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';

/** An error people must notice: announced at once (role=alert). */
export function ErrorAlert({ children, title }: { children: ReactNode; title?: string }) {
  return (
    <div role="alert" className="alert alert--error">
      {title ? <p className="alert__title">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}

/** A calm notice, announced politely. */
export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'success' | 'warning' }) {
  return <div role="status" className={`alert alert--${tone}`}>{children}</div>;
}

/** Shown while a page loads its data. */
export function Loading() {
  const { t } = useI18n();
  return <p role="status" className="loading">{t('common.loading')}</p>;
}

/** A wide table that scrolls sideways on a narrow screen instead of breaking the page. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    // The region is focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
