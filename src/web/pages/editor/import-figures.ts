import { formatSek } from '../../../domain/money.js';
import type { ProjectFigures } from '../../api/types.js';
import type { Translate } from '../../i18n/translate.js';

/** "2 rader · 237 500 kr · delredovisning": a project's content in sum, as the import's preview shows it. */
export function figuresText(figures: ProjectFigures, t: Translate): string {
  return [
    figures.entryCount === 1 ? t('import.rowsOne') : t('import.rows', { count: figures.entryCount }),
    formatSek(figures.totalOre),
    t(figures.narrative ? 'import.withNarrative' : 'import.withoutNarrative'),
  ].join(' · ');
}
