import { formatSek } from '../../../domain/money.js';
import type { FilePlace, ProjectFigures } from '../../api/types.js';
import type { Translate } from '../../i18n/translate.js';

/** "2 rader · 237 500 kr · delredovisning": a project's content in sum, as the import's preview shows it. */
export function figuresText(figures: ProjectFigures, t: Translate): string {
  return [
    figures.entryCount === 1 ? t('import.rowsOne') : t('import.rows', { count: figures.entryCount }),
    formatSek(figures.totalOre),
    t(figures.narrative ? 'import.withNarrative' : 'import.withoutNarrative'),
  ].join(' · ');
}

/** "sida 2, rad 14" for a PDF, "rad 14" for a text file: where in the file the preview read a part. */
export function placeText(place: FilePlace, t: Translate): string {
  return place.page === undefined ? t('import.fileLine', { line: place.line }) : t('import.pageLine', { page: place.page, line: place.line });
}
