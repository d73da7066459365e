// The marks of a wrong reading order in another program's PDF (src/documents/import/order-checks.ts):
// each is named with the projects a person must check, and an amount that may have been cut is refused.
import { describe, expect, it } from 'vitest';
import type { ProjectSection } from '../src/domain/report.js';
import { ImportError } from '../src/documents/import/errors.js';
import { checkFront, checkNarrativeRows, entryWarnings, narrativeWarnings, orderWarnings, type ReadSection } from '../src/documents/import/order-checks.js';

const section = (kind: ReadSection['kind'], number: number, line: number): ReadSection => ({
  kind, number, heading: { kind: 'text', text: `${kind === 'project' ? 'Projekt' : 'Delredovisning projekt'} ${number}: X`, line }, last: { line: line + 5 },
});

describe('a reading order the layout implied', () => {
  it('names a project read after one with a higher number, and those between', () => {
    const sections = [4, 6, 7, 5].map((n, i) => section('project', n, 10 * i));
    const warnings = orderWarnings(sections, [4, 5, 6, 7]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain('Projekt 5 står efter projekt 7');
    expect(warnings[0]?.message).toContain('projekt 4, projekt 5, projekt 6 och projekt 7');
    expect(warnings[0]?.line).toBe(30);
    expect(orderWarnings([1, 2, 3].map((n, i) => section('project', n, i)), [1, 2, 3])).toStrictEqual([]);
  });

  it('names a narrative that stops or starts in the middle of a sentence, and the one read beside it', () => {
    const sections = [section('narrative', 2, 10), section('narrative', 3, 30)];
    const narratives = new Map([
      [2, { title: 'A', paragraphs: ['Under andra tertialen har de'] }],
      [3, { title: 'B', paragraphs: ['trygghetsskapande insatserna fortsatt.'] }],
    ]);
    const messages = narrativeWarnings(sections, narratives).map((w) => w.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/projekt 2 och projekt 3/u);
    expect(messages[0]).toContain('…Under andra tertialen har de');
    expect(messages[1]).toMatch(/börjar mitt i en mening/u);
    // A word broken at a paragraph's end is a stop too, whatever follows.
    expect(narrativeWarnings([sections[0]!], new Map([[2, { title: 'A', paragraphs: ['Trygghetsska\u00ad', 'Slut.'] }]]))).toHaveLength(1);
    expect(narrativeWarnings(sections, new Map([[2, { title: 'A', paragraphs: ['Hela.'] }], [3, { title: 'B', paragraphs: ['Också.'] }]]))).toStrictEqual([]);
    // A heading the columns broke, read as paragraphs.
    const broken = narrativeWarnings([sections[0]!], new Map([[2, { title: 'A', paragraphs: ['Hela.', 'Delredovisning', 'projekt 3: Ungdomarnas sommar', 'Slut.'] }]]));
    expect(broken.map((w) => w.message).join(' ')).toMatch(/ser ut som en del av en rubrik.*projekt 2 och projekt 3/u);
  });

  it('refuses an entry whose text begins as an amount ends, and names one without text', () => {
    const project = (text: string): ProjectSection => ({
      number: 1, name: 'P', narrative: null, entries: [{ account: '3699', ikb: '1771', counterparty: '1736', amountOre: 485700, text }],
    });
    for (const text of ['000 kr Personalkostnader', 'kr Personalkostnader', '– Personalkostnader', '57 000 kr Hyra', '032,- Material', ':- Hyra', '000,50 Hyra', '057 Hyra', '250- Hyra']) {
      expect(() => entryWarnings(project(text), [{ line: 12, onPage: { page: 1, line: 12 } }], 'a.pdf'), text).toThrow(ImportError);
    }
    expect(() => entryWarnings(project('000 kr Personalkostnader'), [{ line: 12, onPage: { page: 1, line: 12 } }], 'a.pdf')).toThrow(/sida 1, rad 12: Projekt 1: texten ”000 kr Personalkostnader” börjar som slutet av ett belopp/u);
    for (const text of ['120 timmar ej fakturerade', '2016-04-30 ej fakturerat', '12 timmar']) expect(entryWarnings(project(text), [{ line: 12 }], 'a.pdf'), text).toStrictEqual([]);
    expect(entryWarnings(project(''), [{ line: 12 }], 'a.pdf')[0]?.message).toMatch(/^Projekt 1: en rad har ingen text/u);
    // Where its text may have gone: the narratives read on the same page are named too.
    const beside = (at: { onPage?: { page: number } }) => (at.onPage?.page === 2 ? [3] : []);
    expect(entryWarnings(project(''), [{ line: 40, onPage: { page: 2, line: 9 } }], 'a.pdf', beside)[0]?.message).toMatch(/projekt 1 och projekt 3\.$/u);
  });

  it('refuses a narrative line that holds an entry row: columns read across, entries lost', () => {
    const text = (t: string, line: number) => ({ kind: 'text' as const, text: t, line, onPage: { page: 1, line } });
    const sections = [
      { kind: 'project' as const, number: 2, body: [] },
      { kind: 'narrative' as const, number: 1, body: [text('Under sommaren har medborgare fått möjlighet', 32), text('3699 1771 1744 6 000 kr Ej Arbetet med riksdags-, landstings- och', 33)] },
    ];
    expect(() => checkNarrativeRows(sections, 'a.pdf')).toThrow(/^a\.pdf: sida 1, rad 33: Delredovisning projekt 1: raden har en tabellrad i sig \(”3699 1771 1744 6 000 kr Ej/u);
    // Numbers in a narrative's sentences are no row.
    expect(() => checkNarrativeRows([{ kind: 'narrative', number: 1, body: [text('Språkcaféet samlar 9 000 besök per år, 2014 och 2015.', 3)] }], 'a.pdf')).not.toThrow();
  });

  it('refuses a title or report type that holds a project heading or a table header: columns read across', () => {
    const opening = [
      { kind: 'text' as const, text: 'Redovisning ytterstadsprojekt Projekt 3: Vårbergstoppen', line: 2, onPage: { page: 1, line: 2 } },
      { kind: 'text' as const, text: 'Tertialrapport 2 Konto IKB Nämndens', line: 3, onPage: { page: 1, line: 3 } },
    ];
    expect(() => checkFront({ title: opening[0]!.text, reportType: 'Tertialrapport 2' }, opening, 'a.pdf')).toThrow(/sida 1, rad 2: Rapportens rubrik lästes som .*med ”Projekt 3:” i/u);
    expect(() => checkFront({ title: 'Redovisning ytterstadsprojekt', reportType: opening[1]!.text }, opening, 'a.pdf')).toThrow(/sida 1, rad 3: Rapportens rapporttyp/u);
    expect(() => checkFront({ title: 'Redovisning ytterstadsprojekt', reportType: 'Tertialrapport 2' }, opening, 'a.pdf')).not.toThrow();
  });
});
