import { describe, expect, it } from 'vitest';
import { auditValues, compactTextChange, contentChanges, expandTextChange, fieldLabel, type EditableContent } from './content-changes.js';

const entry = (amountOre: number, text = 'Ej fakturerat tom 2014-08-31') => ({ account: '3699', ikb: '1771', counterparty: '1704', amountOre, text });
const base: EditableContent = {
  accrualPeriod: { from: '2014-01-01', to: '2014-08-31' },
  projects: [
    { number: 1, name: 'Trygghetsskapande åtgärder', entries: [entry(10_700_000)], narrative: null },
    { number: 2, name: 'Lärandecenter', entries: [entry(262_683_700)], narrative: { title: 'Lärande', paragraphs: ['Ett.', 'Två.'] } },
  ],
};
const edit = (change: (draft: EditableContent) => EditableContent) => contentChanges(base, change(base));
const withProject = (content: EditableContent, index: number, project: Partial<EditableContent['projects'][number]>): EditableContent => ({
  ...content, projects: content.projects.map((p, i) => (i === index ? { ...p, ...project } : p)),
});

describe('contentChanges', () => {
  it('finds nothing between equal contents, whatever order their keys were written in', () => {
    const reordered = withProject(base, 0, { entries: [{ text: 'Ej fakturerat tom 2014-08-31', amountOre: 10_700_000, counterparty: '1704', ikb: '1771', account: '3699' }] });
    expect(contentChanges(base, reordered)).toEqual([]);
  });

  it('names a changed field by project, row and field', () => {
    expect(edit((c) => withProject(c, 1, { entries: [entry(262_000_000)] }))).toEqual([
      { path: 'projects.1.entries.0.amountOre', label: 'Projekt 2 Lärandecenter, rad 1, belopp', before: 262_683_700, after: 262_000_000 },
    ]);
  });

  it('treats an added or removed row as one change of the whole row', () => {
    expect(edit((c) => withProject(c, 0, { entries: [entry(10_700_000), entry(-500)] }))).toEqual([
      { path: 'projects.0.entries.1', label: 'Projekt 1 Trygghetsskapande åtgärder, rad 2', before: null, after: entry(-500) },
    ]);
    expect(edit((c) => withProject(c, 0, { entries: [] }))).toEqual([
      { path: 'projects.0.entries.0', label: 'Projekt 1 Trygghetsskapande åtgärder, rad 1', before: entry(10_700_000), after: null },
    ]);
  });

  it('compares narratives by title and paragraph, and as a whole when one side has none', () => {
    expect(edit((c) => withProject(c, 1, { narrative: { title: 'Lärande i Vällingby', paragraphs: ['Ett.'] } }))).toEqual([
      { path: 'projects.1.narrative.title', label: 'Projekt 2 Lärandecenter, delredovisningens rubrik', before: 'Lärande', after: 'Lärande i Vällingby' },
      { path: 'projects.1.narrative.paragraphs.1', label: 'Projekt 2 Lärandecenter, delredovisningens stycke 2', before: 'Två.', after: null },
    ]);
    expect(edit((c) => withProject(c, 0, { narrative: { title: '', paragraphs: [] } }))).toEqual([
      { path: 'projects.0.narrative', label: 'Projekt 1 Trygghetsskapande åtgärder, delredovisning', before: null, after: { title: '', paragraphs: [] } },
    ]);
  });

  it('lists the period first, then the projects in document order', () => {
    const changes = edit((c) => withProject({ ...c, accrualPeriod: { from: '2014-05-01', to: '2014-08-31' } }, 0, { entries: [entry(1)] }));
    expect(changes.map((c) => [c.path, c.label])).toEqual([
      ['accrualPeriod.from', 'Periodisering från'],
      ['projects.0.entries.0.amountOre', 'Projekt 1 Trygghetsskapande åtgärder, rad 1, belopp'],
    ]);
    expect(auditValues(changes)).toEqual({
      before: { 'accrualPeriod.from': '2014-01-01', 'projects.0.entries.0.amountOre': 10_700_000 },
      after: { 'accrualPeriod.from': '2014-05-01', 'projects.0.entries.0.amountOre': 1 },
    });
  });
});

describe('fieldLabel', () => {
  it('labels every kind of path, and leaves unknown ones as they are', () => {
    const projects = base.projects;
    expect(fieldLabel('accrualPeriod.to', projects)).toBe('Periodisering tom');
    expect(fieldLabel('projects.0.entries.3.counterparty', projects)).toBe('Projekt 1 Trygghetsskapande åtgärder, rad 4, nämndens motpartsnr');
    expect(fieldLabel('projects.1', projects)).toBe('Projekt 2 Lärandecenter');
    expect(fieldLabel('projects.7.entries.0.text', projects)).toBe('Projekt på plats 8, rad 1, text');
    expect(fieldLabel('state', projects)).toBe('Status');
    expect(fieldLabel('något.annat', projects)).toBe('något.annat');
  });
});

describe('compactTextChange', () => {
  const long = 'Trygghetsvandringar genomfördes i Vällingby och Hässelby gård tillsammans med polisen och bostadsbolagen. '.repeat(20);

  it('keeps the changed words with whole words of context on each side, elided with …', () => {
    const after = long.replace('polisen och bostadsbolagen. Trygghetsvandringar genomfördes i Vällingby', 'polisen och bostadsbolagen. Trygghetsvandringar genomfördes i Råcksta');
    const compact = compactTextChange(long, after)!;
    expect(compact.before).toMatch(/^….*Vällingby.*…$/);
    expect(compact.after).toMatch(/^….*Råcksta.*…$/);
    expect(compact.before.length + compact.after.length).toBeLessThan(400);
    // The kept text is the text: every word in it stands in the paragraph as written.
    expect(long).toContain(compact.before.replaceAll('…', ''));
    expect(after).toContain(compact.after.replaceAll('…', ''));
  });

  it('leaves short texts whole, and a text replaced outright', () => {
    expect(compactTextChange('Kort text.', 'Kort ny text.')).toBeNull();
    expect(compactTextChange(long, 'Helt annat.'.repeat(60))).toBeNull();
  });

  it('keeps an audit event of one changed word in a long paragraph small', () => {
    const after = `${long.slice(0, 1000)}Råcksta${long.slice(1009)}`;
    const { before, after: afterValue } = auditValues([{ path: 'projects.0.narrative.paragraphs.0', label: '', before: long, after }]);
    expect(JSON.stringify({ before, afterValue }).length).toBeLessThan(500);
  });
});

describe('expandTextChange', () => {
  const words = Array.from({ length: 120 }, (_, i) => `ord${i}`);
  const text = words.join(' ');
  const replace = (from: string, to: string, source = text) => source.replace(from, to);

  it('rebuilds the text before a change from the text after it and the compact change, wherever the change is', () => {
    for (const [from, to] of [['ord0 ', 'Första '], ['ord60', 'mitten, och mer'], [' ord119', ''], ['ord5 ord6 ord7', 'ord5 ord6'], ['ord3', '…ord3'], ['ord119', 'ord119…']]) {
      const after = replace(from!, to!);
      const compact = compactTextChange(text, after);
      const stored = compact ?? { before: text, after };
      expect([from, expandTextChange(after, stored)]).toEqual([from, text]);
      // And the other way round: from `text` back to the changed one.
      const back = compactTextChange(after, text) ?? { before: after, after: text };
      expect([from, expandTextChange(text, back)]).toEqual([from, after]);
    }
  });

  it('reads … as the text\'s own at its ends, and as a cut elsewhere', () => {
    const own = `…${text}…`;
    const after = replace('ord1 ', 'ord1, ', own);
    const compact = compactTextChange(own, after)!;
    expect(compact.before.startsWith('…')).toBe(true);
    expect(expandTextChange(after, compact)).toBe(own);
  });

  it('keeps a change whole when its compact form would fit the text in two places', () => {
    const half = words.slice(0, 40).join(' ');
    const rest = words.slice(41, 80).join(' ');
    const before = `${half} tio ${rest}. ${half} tolv ${rest}.`;
    const after = `${half} tolv ${rest}. ${half} tolv ${rest}.`;
    expect(compactTextChange(before, after)).toBeNull();
    expect(auditValues([{ path: 'projects.0.narrative.paragraphs.0', label: '', before, after }]).before).toEqual({ 'projects.0.narrative.paragraphs.0': before });
  });

  it('says null when the stored change does not fit the text it is said to have made', () => {
    const after = replace('ord60', 'sextio');
    const compact = compactTextChange(text, after)!;
    expect(compact.after).toContain('sextio');
    expect(expandTextChange(replace('ord62', 'annat', after), compact)).toBeNull();
    expect(expandTextChange(replace('sextio', 'sjuttio', after), compact)).toBeNull();
    expect(expandTextChange('Något helt annat.', { before: 'Förut.', after: 'Sedan.' })).toBeNull();
  });
});
