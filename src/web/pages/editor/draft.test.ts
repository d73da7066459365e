import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test-support/report.js';
import { amountTextOf, bodyContent, counterKeys, draftAsText, heldBackCount, draftFromReport, draftSignature, reportBody, sectionTotalOre, toPayload } from './draft.js';

describe('the working copy of a report', () => {
  it('holds amounts as Swedish text with the stored öre beside them', () => {
    const draft = draftFromReport(sampleReport(), counterKeys().next);
    expect(draft.sections[1]?.entries[0]).toMatchObject({ amountText: '2 626 837', savedOre: 262683700, key: 'k3' });
    expect(draft.sections[0]?.narrative?.paragraphs.map((p) => p.text)).toEqual(['Under andra tertialen har insatserna fortsatt.']);
    expect(draft.sections[1]?.narrative).toBeNull();
  });

  it('writes öre and negative amounts the way people type them', () => {
    expect(amountTextOf(8341250)).toBe('83 412,50');
    expect(amountTextOf(-120000)).toBe('-1 200');
  });

  it('sends exactly what the server holds when nothing was changed', () => {
    const report = sampleReport();
    const payload = toPayload(draftFromReport(report, counterKeys().next), report);
    expect(payload.body.version).toBe(3);
    expect(payload.invalid).toEqual([]);
    expect(bodyContent(payload.body)).toBe(bodyContent(reportBody(report)));
  });

  it('parses Swedish amounts and trims the codes', () => {
    const draft = draftFromReport(sampleReport(), counterKeys().next);
    const row = draft.sections[0]!.entries[0]!;
    row.amountText = '83 412,50';
    row.account = ' 3699 ';
    const payload = toPayload(draft, sampleReport());
    expect(payload.body.sections[0]?.entries[0]).toMatchObject({ amountOre: 8341250, account: '3699' });
    expect(payload.sentOre[row.key]).toBe(8341250);
  });

  it('keeps the stored amount for a row whose new amount cannot be read, and leaves out a new row without one', () => {
    const draft = draftFromReport(sampleReport(), counterKeys().next);
    draft.sections[0]!.entries[0]!.amountText = '12 34';
    draft.sections[0]!.entries.push({ key: 'new', account: '3699', ikb: '1771', counterparty: '1704', amountText: 'abc', savedOre: null, text: 'Ny rad' });
    const payload = toPayload(draft, sampleReport());
    expect(payload.body.sections[0]?.entries).toHaveLength(1);
    expect(payload.body.sections[0]?.entries[0]?.amountOre).toBe(10700000);
    expect(payload.invalid.map((i) => (i.kind === 'amount' ? [i.sectionIndex, i.entryIndex, i.key, i.path] : i.path))).toEqual([
      [0, 0, 'k1', 'projects.0.entries.0.amountOre'], [0, 1, 'new', 'projects.0.entries.1.amountOre'],
    ]);
    expect(payload.invalid[0]?.message).toMatch(/tre och tre/);
    expect(payload.sentOre).not.toHaveProperty('new');
  });

  it('holds back a period date that cannot be read: the server keeps its date, the typed text stays in the draft', () => {
    const draft = draftFromReport(sampleReport(), counterKeys().next);
    draft.accrualPeriod = { from: ' 2014-08-01 ', to: '2014-13-45' };
    const payload = toPayload(draft, sampleReport());
    expect(payload.body.accrualPeriod).toEqual({ from: '2014-08-01', to: '2014-12-31' });
    expect(payload.invalid).toEqual([{
      kind: 'date', path: 'accrualPeriod.to', field: 'to', text: '2014-13-45', message: '”2014-13-45” är inget datum: månaden 13 finns inte.',
    }]);
    expect(draft.accrualPeriod.to).toBe('2014-13-45');
    draft.accrualPeriod.from = '';
    expect(toPayload(draft, sampleReport()).invalid.map((i) => i.path)).toEqual(['accrualPeriod.from', 'accrualPeriod.to']);
  });

  it('compares drafts by content, not by keys or spacing of amounts', () => {
    const a = draftFromReport(sampleReport(), counterKeys(1).next);
    const b = draftFromReport(sampleReport(), counterKeys(100).next);
    b.sections[1]!.entries[0]!.amountText = '2626837';
    expect(draftSignature(a)).toBe(draftSignature(b));
    b.sections[0]!.narrative!.paragraphs[0]!.text += '!';
    expect(draftSignature(a)).not.toBe(draftSignature(b));
  });

  it('sums a section as it would be saved: an unreadable amount counts as what the server holds', () => {
    const draft = draftFromReport(sampleReport(), counterKeys().next);
    const section = draft.sections[0]!;
    section.entries.push({ key: 'x', account: '', ikb: '', counterparty: '', amountText: '-1 200', savedOre: null, text: '' });
    section.entries.push({ key: 'y', account: '', ikb: '', counterparty: '', amountText: 'fel', savedOre: null, text: '' });
    expect(sectionTotalOre(section)).toBe(10700000 - 120000);
    section.entries[0]!.amountText = '107 00';
    expect(sectionTotalOre(section)).toBe(10700000 - 120000);
  });

  it('renders the draft as plain text to copy from', () => {
    const text = draftAsText(draftFromReport(sampleReport(), counterKeys().next), sampleReport());
    expect(text).toContain('Projekt 2: Lärandecenter');
    expect(text).toContain('3699\t1771\t1704\t2 626 837\tEj fakturerat tom 2014-08-31');
    expect(text).toContain('Under andra tertialen har insatserna fortsatt.');
  });
});

describe('what the status bar counts as held back', () => {
  it('does not count a new row whose amount is still empty, but the review still names it', () => {
    const report = sampleReport();
    const draft = draftFromReport(report, (() => { let n = 0; return () => `k${n++}`; })());
    const blankRow = { ...draft.sections[0]!.entries[0]!, key: 'new', amountText: '', savedOre: null };
    const badRow = { ...draft.sections[0]!.entries[0]!, key: 'bad', amountText: '12 kr x', savedOre: null };
    const withBlank = { ...draft, sections: [{ ...draft.sections[0]!, entries: [...draft.sections[0]!.entries, blankRow] }, ...draft.sections.slice(1)] };
    const { invalid } = toPayload(withBlank, report);
    expect(invalid.map((f) => f.kind === 'amount' && f.blank)).toEqual([true]);
    expect(heldBackCount(invalid)).toBe(0);
    const withBad = { ...withBlank, sections: [{ ...withBlank.sections[0]!, entries: [...withBlank.sections[0]!.entries, badRow] }, ...withBlank.sections.slice(1)] };
    expect(heldBackCount(toPayload(withBad, report).invalid)).toBe(1);
  });
});
