import { describe, expect, it } from 'vitest';
import { translate, type Lang, type MessageKey, type MessageParams } from '../../i18n/translate.js';
import { sampleReport } from '../../test-support/report.js';
import { counterKeys, draftFromReport, toPayload } from './draft.js';
import { localIssues } from './local-issues.js';

const inLang = (lang: Lang) => (key: MessageKey, params?: MessageParams) => translate(lang, key, params);

describe('the review of fields held back from saving', () => {
  const report = sampleReport();
  const draft = draftFromReport(report, counterKeys().next);
  draft.accrualPeriod = { from: '', to: '2014-13-45' };
  draft.sections[1]!.entries[0]!.amountText = '12 34';
  const { invalid } = toPayload(draft, report);

  it('names an impossible or empty period date in Swedish words and leads to its field, before the amounts', () => {
    expect(localIssues(invalid, report, inLang('sv'), 'sv')).toEqual([
      { severity: 'error', code: 'date_unreadable', sectionId: null, path: 'accrualPeriod.from', message: 'Periodisering, Från och med: Ange ett datum.' },
      {
        severity: 'error', code: 'date_unreadable', sectionId: null, path: 'accrualPeriod.to',
        message: 'Periodisering, Till och med (tom): ”2014-13-45” är inget datum: månaden 13 finns inte.',
      },
      {
        severity: 'error', code: 'amount_unreadable', sectionId: report.sections[1]!.id, path: 'projects.1.entries.0.amountOre',
        message: expect.stringMatching(/^Projekt 2, rad 1: /),
      },
    ]);
  });

  it('speaks English in English, never a raw key', () => {
    expect(localIssues(invalid, report, inLang('en'), 'en').map((i) => i.message).slice(0, 2)).toEqual([
      'Accrual period, From: Enter a date.', 'Accrual period, Through: Not a date: write YYYY-MM-DD.',
    ]);
  });
});
