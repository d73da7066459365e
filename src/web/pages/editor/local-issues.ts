// What the review says before it asks the server: fields held back from saving (an amount or a
// period date that cannot be read) as findings in words, each leading to its field.
import type { CheckIssue, Report } from '../../api/types.js';
import type { Lang, Translate } from '../../i18n/translate.js';
import type { InvalidField } from './draft.js';

/** The held-back fields as review errors, in the order of the page: the period first, then the projects. */
export function localIssues(invalid: readonly InvalidField[], report: Pick<Report, 'sections'>, t: Translate, lang: Lang): CheckIssue[] {
  return invalid.map((field): CheckIssue => {
    if (field.kind === 'date') {
      // The domain's reason names the typed text in Swedish; other languages get their own words.
      const reason = field.text.trim() === '' ? t('date.empty') : lang === 'sv' ? field.message : t('date.invalid');
      return {
        severity: 'error', code: 'date_unreadable', sectionId: null, path: field.path,
        message: t('check.dateUnreadable', { field: t(field.field === 'from' ? 'editor.periodFrom' : 'editor.periodTo'), message: reason }),
      };
    }
    const section = report.sections[field.sectionIndex];
    if (field.kind === 'outcome') {
      return {
        severity: 'error', code: 'outcome_unreadable', sectionId: section?.id ?? null, path: field.path,
        message: t('check.outcomeUnreadable', { project: section?.number ?? field.sectionIndex + 1, indicator: field.name, message: lang === 'sv' ? field.message : t('outcome.invalid') }),
      };
    }
    return {
      severity: 'error', code: 'amount_unreadable', sectionId: section?.id ?? null, path: field.path,
      message: t('check.amountUnreadable', { project: section?.number ?? field.sectionIndex + 1, row: field.entryIndex + 1, message: field.message }),
    };
  });
}
