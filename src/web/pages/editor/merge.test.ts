import { describe, expect, it } from 'vitest';
import type { Report } from '../../api/types.js';
import { sampleReport } from '../../test-support/report.js';
import { counterKeys, draftFromReport, type Draft } from './draft.js';
import { mergeDrafts } from './merge.js';

const keys = counterKeys();
const draftOf = (report: Report): Draft => draftFromReport(report, keys.next);

// A report changed the way the other person changed it.
function changed(edit: (report: Report) => void): Report {
  const report = sampleReport({ version: 4 });
  edit(report);
  return report;
}

const texts = (draft: Draft, section: number) => draft.sections[section]?.narrative?.paragraphs.map((p) => p.text);

describe('merging the user\'s draft on top of the other person\'s version', () => {
  const base = draftOf(sampleReport());

  it('keeps the other person\'s edits in fields the user did not touch, and the user\'s own edits', () => {
    const theirs = draftOf(changed((r) => {
      r.content.projects[0]!.narrative!.paragraphs[0] = 'Deras stycke';
      r.content.projects[1]!.entries[0]!.amountOre = 150;
      r.content.accrualPeriod.to = '2014-08-31';
    }));
    const mine = structuredClone(base);
    mine.sections[0]!.narrative!.title = 'Min rubrik';
    mine.sections[0]!.entries[0]!.amountText = '83 412,50';
    const merged = mergeDrafts(base, mine, theirs);
    expect(merged.accrualPeriod).toEqual({ from: '2014-08-01', to: '2014-08-31' });
    expect(merged.sections[0]!.narrative).toMatchObject({ title: 'Min rubrik', paragraphs: [{ text: 'Deras stycke' }] });
    expect(merged.sections[0]!.entries[0]).toMatchObject({ amountText: '83 412,50', savedOre: 10700000 });
    expect(merged.sections[1]!.entries[0]).toMatchObject({ amountText: '1,50', savedOre: 150 });
  });

  it('lets the user\'s value win in a field both changed', () => {
    const theirs = draftOf(changed((r) => { r.content.projects[0]!.narrative!.title = 'Deras rubrik'; }));
    const mine = structuredClone(base);
    mine.sections[0]!.narrative!.title = 'Min rubrik';
    expect(mergeDrafts(base, mine, theirs).sections[0]!.narrative!.title).toBe('Min rubrik');
  });

  it('compares amounts by value: "107000" is no edit of "107 000"', () => {
    const theirs = draftOf(changed((r) => { r.content.projects[0]!.entries[0]!.amountOre = 5000000; }));
    const mine = structuredClone(base);
    mine.sections[0]!.entries[0]!.amountText = '107000';
    expect(mergeDrafts(base, mine, theirs).sections[0]!.entries[0]!.amountText).toBe('50 000');
  });

  it('merges rows field by field and keeps rows either person added, theirs first', () => {
    const theirs = draftOf(changed((r) => {
      r.content.projects[0]!.entries[0]!.text = 'Deras text';
      r.content.projects[0]!.entries.push({ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 200, text: 'Deras rad' });
    }));
    const mine = structuredClone(base);
    mine.sections[0]!.entries[0]!.account = '3698';
    mine.sections[0]!.entries.push({ key: 'mine-1', account: '3699', ikb: '1771', counterparty: '1704', amountText: '-1 200', savedOre: null, text: 'Min rad' });
    const rows = mergeDrafts(base, mine, theirs).sections[0]!.entries;
    expect(rows.map((e) => [e.account, e.text])).toEqual([['3698', 'Deras text'], ['3699', 'Deras rad'], ['3699', 'Min rad']]);
    expect(new Set(rows.map((e) => e.key)).size).toBe(3);
  });

  it('takes the user\'s rows whole when someone removed a row (they no longer line up)', () => {
    const theirs = draftOf(changed((r) => { r.content.projects[0]!.entries = []; }));
    const mine = structuredClone(base);
    mine.sections[0]!.entries[0]!.text = 'Min text';
    expect(mergeDrafts(base, mine, theirs).sections[0]!.entries.map((e) => e.text)).toEqual(['Min text']);
  });

  it('merges paragraphs one by one while nobody adds or removes any; else the user\'s paragraphs win', () => {
    const theirs = draftOf(changed((r) => { r.content.projects[0]!.narrative!.title = 'Deras rubrik'; }));
    const mine = structuredClone(base);
    mine.sections[0]!.narrative!.paragraphs.push({ key: 'mine-p', text: 'Mitt nya stycke' });
    const merged = mergeDrafts(base, mine, theirs);
    expect(merged.sections[0]!.narrative!.title).toBe('Deras rubrik');
    expect(texts(merged, 0)).toEqual(['Under andra tertialen har insatserna fortsatt.', 'Mitt nya stycke']);

    const theirsAdded = draftOf(changed((r) => { r.content.projects[0]!.narrative!.paragraphs.push('Deras nya stycke'); }));
    const mineEdited = structuredClone(base);
    mineEdited.sections[0]!.narrative!.paragraphs[0]!.text = 'Mitt stycke';
    expect(texts(mergeDrafts(base, mineEdited, theirsAdded), 0)).toEqual(['Mitt stycke']);
  });

  it('takes their narrative when the user left it alone, also one they started', () => {
    const theirs = draftOf(changed((r) => { r.content.projects[1]!.narrative = { title: 'Bibliotek', paragraphs: ['Deras'] }; }));
    const mine = structuredClone(base);
    mine.sections[0]!.entries[0]!.text = 'Min text';
    expect(mergeDrafts(base, mine, theirs).sections[1]!.narrative).toMatchObject({ title: 'Bibliotek', paragraphs: [{ text: 'Deras' }] });
  });
});
