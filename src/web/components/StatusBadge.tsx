import type { OverviewStatus } from '../api/types.js';
import { useI18n } from '../i18n/I18nProvider.js';

/** A report's state as a badge: always the word, never the colour alone. */
export function StatusBadge({ state }: { state: OverviewStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge--${state}`}>{t(`state.${state}`)}</span>;
}
