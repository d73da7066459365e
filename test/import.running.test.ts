// Running heads and feet (src/documents/import/pdf/running.ts): what repeats at a page's edge is
// left out only when it is one — a page number that counts as the pages do, a line that repeats
// apart from the text — never a line of the report that happens to stand there.
import { describe, expect, it } from 'vitest';
import type { Piece } from '../src/documents/import/pdf/geometry.js';
import { withoutRunningHeads, type PageGroups } from '../src/documents/import/pdf/running.js';

const SIZE = 11;
const line = (y: number, ...texts: string[]): Piece[] => {
  let x = 60;
  return texts.map((text) => {
    const piece = { text, x, right: x + 5 * text.length, y, size: SIZE, font: 'F1' };
    x = piece.right + 20;
    return piece;
  });
};
/** A page of body lines at the usual pitch from y = 700 down, between what stands above and below. */
function page(number: number, body: string[], edges: { head?: Piece[][]; foot?: Piece[][] } = {}): PageGroups {
  return { number, height: 842, groups: [...(edges.head ?? []), ...body.map((text, i) => line(700 - 14 * i, text)), ...(edges.foot ?? [])] };
}
const texts = (result: { pages: PageGroups[] }) => result.pages.map((p) => p.groups.map((g) => g.map((piece) => piece.text).join(' ')));
const prose = ['Mötesplatsen har haft öppet varje vardag under hela perioden', 'och besökarna har varit fler än under samma period i fjol.'];
const more = ['Till hösten planeras läxhjälp tillsammans med biblioteket', 'och studieförbunden, fyra kvällar i veckan.', 'Kostnaderna följer budgeten.'];

describe('running heads and feet', () => {
  it('leaves out page numbers that count as the pages do, and keeps a number that does not', () => {
    // "8" at the top of page 2 is the end of an amount broken over the page ("785,0" / "8"), not page 8.
    const pages = [page(1, prose, { foot: [line(60, 'Sida 1 av 2')] }), page(2, prose, { head: [line(760, '8')], foot: [line(60, 'Sida 2 av 2')] })];
    expect(texts(withoutRunningHeads(pages))).toStrictEqual([prose, ['8', ...prose]]);
  });

  it('leaves out a bare page number that is the page\'s own', () => {
    const pages = [page(1, prose, { foot: [line(60, '1')] }), page(2, prose, { foot: [line(60, '2')] })];
    expect(texts(withoutRunningHeads(pages))).toStrictEqual([prose, prose]);
  });

  it('keeps a line of the text that repeats at the same height on another page, at the text\'s own pitch', () => {
    // A table cell's last line ("fakturerat tom 2013-12-31") low on two pages, above the page number.
    const two = more.slice(0, 2);
    const cell = (number: number, body: string[]) => page(number, [...body, 'fakturerat tom 2013-12-31'], { foot: [line(60, `Sida ${number} av 3`)] });
    const result = withoutRunningHeads([cell(1, prose), cell(2, two), page(3, more, { foot: [line(60, 'Sida 3 av 3')] })]);
    expect(texts(result)).toStrictEqual([[...prose, 'fakturerat tom 2013-12-31'], [...two, 'fakturerat tom 2013-12-31'], more]);
  });

  it('leaves out the committee\'s name repeated above the text, apart from it', () => {
    const head = [line(790, 'Farsta stadsdelsnämnd')];
    expect(texts(withoutRunningHeads([page(1, prose, { head }), page(2, more, { head })]))).toStrictEqual([prose, more]);
  });

  it('keeps narrative headings whose numbers differ otherwise than the pages', () => {
    const heading = (n: number) => [line(790, 'Farsta stadsdelsnämnd'), line(760, `Delredovisning projekt ${n}: Trygghet i Farsta`)];
    const result = withoutRunningHeads([page(3, prose, { head: heading(4) }), page(4, more, { head: heading(7) })]);
    expect(texts(result)).toStrictEqual([['Delredovisning projekt 4: Trygghet i Farsta', ...prose], ['Delredovisning projekt 7: Trygghet i Farsta', ...more]]);
  });

  it('keeps an entry row alone at the foot of a page, far below the text', () => {
    const result = withoutRunningHeads([page(1, prose, { foot: [line(70, '3699', '1771', '1738', '2 922,24', 'Konsultkostnad')] })]);
    expect(texts(result)).toStrictEqual([[...prose, '3699 1771 1738 2 922,24 Konsultkostnad']]);
    expect(result.warnings).toStrictEqual([]);
  });

  // Four pages of different text.
  const bodies = [
    ['Mötesplatsen har haft öppet varje vardag under hela perioden', 'och besökarna har varit fler än under samma period i fjol.', 'Kostnaderna följer budgeten.'],
    ['Till hösten planeras läxhjälp tillsammans med biblioteket', 'och studieförbunden, fyra kvällar i veckan.', 'Lokalen har rustats upp.'],
    ['Fältassistenterna har arbetat kvällar och helger och', 'samverkar med polis, skola och socialtjänst i SSP-möten.', 'Arbetet fortsätter.'],
    ['Språkcaféet samlar varje vecka omkring hundra besökare', 'och drivs tillsammans med studieförbunden.', 'Det har gått bra.'],
  ];

  it('keeps a sentence that repeats at the foot of some pages only, at the text\'s wide pitch, and names it', () => {
    // Double spacing: the body's pitch (21) is more than 1.5 type sizes, as a running foot's distance is.
    const sentence = 'och flera nya aktiviteter är under planering';
    const pages = bodies.map((body, i) => {
      const lines = i % 2 === 0 ? [...body, sentence] : body;
      return { number: i + 1, height: 842, groups: [...lines.map((text, k) => line(700 - 21 * k, text)), line(40, `Sida ${i + 1} av 4`)] };
    });
    const result = withoutRunningHeads(pages);
    expect(texts(result)).toStrictEqual([[...(bodies[0] ?? []), sentence], bodies[1], [...(bodies[2] ?? []), sentence], bodies[3]]);
    expect(result.warnings.map((w) => [w.code, /sidorna 1 och 3/u.test(w.message)])).toStrictEqual([['layout_uncertain', true], ['layout_uncertain', true]]);
  });

  it('leaves out a line repeated apart from the text on some pages only, and names it', () => {
    const pages = bodies.map((body, i) => page(i + 1, body, { foot: [...(i % 2 === 0 ? [line(100, 'Bilaga till protokoll')] : []), line(60, `Sida ${i + 1} av 4`)] }));
    const result = withoutRunningHeads(pages);
    expect(texts(result)).toStrictEqual(bodies);
    expect(result.warnings.map((w) => [w.code, /sidorna 1 och 3/u.test(w.message)])).toStrictEqual([['page_foot_skipped', true], ['page_foot_skipped', true]]);
  });

  it('leaves out page numbers written as Swedish templates write them, on a page of its own: "Sida 1 (1)", "1 (1)", after the committee\'s name', () => {
    for (const foot of ['Sida 1 (1)', '1 (1)', 'Farsta stadsdelsnämnd 1']) {
      const result = withoutRunningHeads([page(1, ['Nämnd: Farsta stadsdelsnämnd', ...prose], { foot: [line(60, foot)] })]);
      expect(texts(result)).toStrictEqual([['Nämnd: Farsta stadsdelsnämnd', ...prose]]);
      expect(result.warnings).toStrictEqual([]);
    }
  });

  it('leaves out a line above the title in smaller type on the first page, with a warning naming it', () => {
    const title = [{ text: 'Redovisning ytterstadsprojekt', x: 60, right: 300, y: 760, size: 16, font: 'F2' }];
    const head = [line(800, 'Farsta stadsdelsnämnd'), [{ text: 'Bilaga 2', x: 480, right: 530, y: 800, size: SIZE, font: 'F1' }]].flat();
    const result = withoutRunningHeads([{ number: 1, height: 842, groups: [head, title, ...prose.map((text, i) => line(700 - 14 * i, text))] }]);
    expect(texts(result)).toStrictEqual([['Redovisning ytterstadsprojekt', ...prose]]);
    expect(result.warnings.map((w) => w.code)).toStrictEqual(['page_head_skipped']);
    // The title itself, larger than what follows, stays.
    expect(texts(withoutRunningHeads([{ number: 1, height: 842, groups: [title, ...prose.map((text, i) => line(700 - 14 * i, text))] }]))).toStrictEqual([['Redovisning ytterstadsprojekt', ...prose]]);
  });

  it('leaves out another lone line at the foot, with a warning naming it', () => {
    const result = withoutRunningHeads([page(1, prose, { foot: [line(70, 'Farsta stadsdelsförvaltning')] })]);
    expect(texts(result)).toStrictEqual([prose]);
    expect(result.warnings.map((w) => w.code)).toStrictEqual(['page_foot_skipped']);
  });
});
