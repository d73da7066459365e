// Property: any report, written the way the committees' PDFs come out as text (every line followed
// by an empty line, page breaks, wrapped table rows and titles, hyphenated words, damaged in-line
// hyphens, grouped amounts), reads back as the same report; and so does any long report rendered
// as our PDF and DOCX, with paragraph ends at page bottoms.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReportText, readReportFile } from '../src/documents/import/index.js';
import { renderDocx, renderPdf } from '../src/documents/render/index.js';
import { APPROVED, DRAFT } from './support/frames.js';
import { typesetWidth } from '../src/documents/import/typeset-width.js';
import { formatKronor } from '../src/domain/money.js';
import type { AccrualEntry, Narrative, ProjectSection, ReportDocument, ReportWarning } from '../src/domain/report.js';

// Lower-case Swedish words the dictionary knows: the writer may hyphenate or damage these.
const WORDS = (
  'arbetet insatser ungdomar socialtjänsten familjebehandlare stadsdelen verksamheten förvaltningen ' +
  'samverkan föräldrar skolorna fritidsgårdarna medborgare träfflokalen aktiviteter projektet perioden ' +
  'kvällstid samarbete utvärdering biblioteket läxhjälp sommarjobb trygghetsvandringar fortsatt ' +
  'utvecklats erbjuds planeras genomförts deltagit många flera nya olika tillsammans boende ' +
  'fastighetsägare polisen skolan närpolisen kartläggning mötesplatsen ungdomsmottagningen ' +
  'arbetsmarknadsinsatser vuxenutbildning språkcaféer föräldrakurser stadsodling medborgarservice ' +
  'handläggning målgruppen kontaktperson utvecklingsarbetet brottsligheten samordnare lokaler ' +
  'introduktion arbetsmiljö fältassistenterna har och med för till under genom i på som att av'
).split(' ');
// Words and phrases whose hyphens are real, and a misspelling that must be kept as written.
const FIXED = [
  'IT-utbildning', 'EU-parlamentet', 'SSP-möten', 'Hässelby-Vällingby', 'Rinkeby-Kista', '13-18',
  'studie- och yrkesvägledning', 'budget- och skuldrådgivning', 'riksdags-, landstings- och kommunvalen',
  'Stockholsmsfaddrar', '2014', '501', 'Vistet',
];
const TITLE_WORDS = ['Trygghet', 'Lärandecenter', 'Sociala', 'insatsgrupper', 'Sommarjobb', 'Läxhjälp', 'Fältassistenter', 'Mötesplats'];
const OPEN = ['i', 'och', 'för', 'med'];
const COMMITTEES = ['Hässelby-Vällingby stadsdelsnämnd', 'Rinkeby-Kista stadsdelsnämnd', 'Farsta stadsdelsnämnd', 'Skärholmens stadsdelsnämnd'];
const REPORT_TYPES = ['Tertialrapport', 'Verksamhetsberättelse', 'Tertialrapport och Verksamhetsberättelse'];

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const sentence = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...FIXED) }), { minLength: 3, maxLength: 14 })
  .map((words) => capitalize(words.join(' ')) + '.');
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
const titleText = fc
  .tuple(fc.array(fc.constantFrom(...TITLE_WORDS), { minLength: 1, maxLength: 3 }), fc.option(fc.tuple(fc.constantFrom(...OPEN), fc.constantFrom(...TITLE_WORDS, 'Hässelby-Vällingby'))))
  .map(([words, tail]) => [...words, ...(tail ?? [])].join(' '));
const narrative: fc.Arbitrary<Narrative> = fc.record({ title: titleText, paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 4 }) });
const code = fc.integer({ min: 1000, max: 9999 }).map(String);
// A text may begin with a count ("120 timmar …"): after an amount in extracted text, a three-digit
// count reads as another digit group, so the importer must warn (see countAfterAmount).
const countText = fc
  .tuple(fc.integer({ min: 1, max: 999 }), fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }))
  .map(([count, words]) => `${count} ${words.join(' ')}`);
const entryText = fc.oneof(
  fc.constant('Ej fakturerat tom 2014-08-31'),
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => capitalize(w.join(' '))),
  countText,
  fc.constant(''),
);
const entry: fc.Arbitrary<AccrualEntry> = fc.record({
  account: code,
  ikb: code,
  counterparty: code,
  amountOre: fc.oneof(fc.integer({ min: -5_000_000_00, max: 5_000_000_00 }), fc.integer({ min: -999, max: 999 }).map((k) => k * 100)),
  text: entryText,
});
const isoDate = fc.date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const report: fc.Arbitrary<ReportDocument> = fc
  .record({
    reportType: fc.constantFrom(...REPORT_TYPES),
    committee: fc.constantFrom(...COMMITTEES),
    dates: fc.tuple(isoDate, isoDate).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
    projects: fc.uniqueArray(
      fc.record({
        number: fc.integer({ min: 1, max: 30 }),
        name: titleText,
        entries: fc.array(entry, { maxLength: 4 }),
        narrative: fc.option(narrative, { freq: 4 }),
      }),
      { minLength: 1, maxLength: 8, selector: (p) => p.number },
    ),
  })
  .map(({ reportType, committee, dates, projects }) => ({
    format: 'redovisa.report/1' as const,
    title: 'Redovisning ytterstadsprojekt',
    reportType,
    committee,
    accrualPeriod: dates,
    projects: projects satisfies ProjectSection[],
  }));

/** A small deterministic random source, so each written variant can be reproduced from its seed. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The column, in typeset units (thousandths of the type size): like a PDF, the writer wraps by
// width, not by the number of characters.
const WIDTH = 64 * 450;
const SUSPENSION = new Set(['och', 'eller', 'samt']);

/**
 * The warning for a row whose text begins with a three-digit count after a whole-krona amount: the
 * count could be the amount's last group, and the importer reads it as the text's first word.
 */
function countAfterAmount(e: AccrualEntry, line: number): ReportWarning | undefined {
  const [count = '', ...rest] = e.text.split(' ');
  if (!/^[1-9]\d\d$/.test(count) || rest.length === 0 || e.amountOre % 100 !== 0) return undefined;
  const kronor = (ore: number) => formatKronor(ore, { plainSpaces: true });
  const longer = Math.sign(e.amountOre || 1) * (Math.abs(e.amountOre) * 1000 + Number(count) * 100);
  const preview = (text: string) => (text.split(' ').length > 2 ? `${text.split(' ').slice(0, 2).join(' ')} …` : text);
  return {
    code: 'amount_ambiguous',
    message:
      `Beloppet kan vara ${kronor(e.amountOre)} kr (text ”${preview(e.text)}”) eller ${kronor(longer)} kr ` +
      `(text ”${preview(rest.join(' '))}”); läst som ${kronor(e.amountOre)} kr, kontrollera mot originalet.`,
    line,
  };
}

/** Writes a report the way text extraction renders the committees' PDFs; returns text and warnings. */
function writeLegacy(doc: ReportDocument, seed: number): { text: string; warnings: ReportWarning[] } {
  const random = randomFrom(seed);
  const chance = (p: number) => random() < p;
  const out: string[] = [];
  // Each written line: its text and whether it follows a page break (no empty line before it).
  const line = (text: string) => {
    if (chance(0.06) && out.length > 0 && out.at(-1) === '') {
      out.pop();
      out.push(` ${text} `, '');
    } else out.push(`${text} `, '');
    return out.length - 1; // 1-based number of the text line just written
  };
  const separator = () => out.push(' ', '');

  const damage = (word: string) => {
    // A line-break hyphen left inside a known lower-case word: "ungdo-men".
    if (!WORDS.includes(word) || word.length < 6 || !chance(0.08)) return word;
    const cut = 2 + Math.floor(random() * (word.length - 3));
    return `${word.slice(0, cut)}-${word.slice(cut)}`;
  };

  const wrap = (text: string): string[] => {
    const lines: string[] = [];
    let current = '';
    for (const token of text.split(' ').map(damage)) {
      if (current === '' || typesetWidth(`${current} ${token}`) <= WIDTH) {
        current = current === '' ? token : `${current} ${token}`;
        continue;
      }
      const bare = token.replace(/[.,]$/, '');
      let cut = bare.length - 2;
      while (cut > 0 && typesetWidth(`${current} ${token.slice(0, cut)}-`) > WIDTH) cut--;
      const right = token.slice(cut);
      if (WORDS.includes(bare.toLowerCase()) && cut >= 2 && !SUSPENSION.has(right) && chance(0.5)) {
        lines.push(`${current} ${token.slice(0, cut)}-`);
        current = right;
      } else {
        lines.push(current);
        current = token;
      }
    }
    if (current !== '') lines.push(current);
    return lines;
  };

  line(doc.title);
  line(doc.reportType);
  line(`Nämnd: ${doc.committee}`);
  separator();
  line(`Periodisering From ${doc.accrualPeriod.from} tom ${doc.accrualPeriod.to}`);
  separator();

  const warnings: ReportWarning[] = [];
  for (const project of doc.projects) {
    const headingLine = line(`Projekt ${project.number}: ${project.name}`);
    line('Konto IKB Nämndens');
    line('motpartsnr');
    line('Belopp Text');
    const rowWarnings: ReportWarning[] = [];
    for (const e of project.entries) {
      let amount = formatKronor(e.amountOre, { plainSpaces: true });
      if (chance(0.3)) amount = amount.replace(/ /g, chance(0.5) ? '\u00a0' : '\u202f').replace('-', chance(0.5) ? '\u2212' : '-');
      const words = e.text === '' ? [] : e.text.split(' ');
      const split = words.length > 1 && chance(0.6) ? words.length - 1 - Math.floor(random() * (words.length - 1)) : words.length;
      const rowLine = line([e.account, e.ikb, e.counterparty, amount, ...words.slice(0, split)].join(' '));
      const warning = countAfterAmount(e, rowLine);
      if (warning) rowWarnings.push(warning);
      if (split < words.length) line(words.slice(split).join(' '));
    }
    separator();
    separator();
    if (project.entries.length === 0) {
      warnings.push({ code: 'project_without_entries', message: `Projekt ${project.number} (${project.name}) har inga periodiseringar.`, line: headingLine });
    }
    if (project.narrative === null) {
      warnings.push({ code: 'project_without_narrative', message: `Projekt ${project.number} (${project.name}) saknar delredovisning.`, line: headingLine });
    }
    warnings.push(...rowWarnings);
  }

  // The parser measures the column as the longest prose line; the writer needs the same width to
  // know when a paragraph's last line is short enough to leave the blank line out.
  const wrapped = doc.projects.map((p) => p.narrative && p.narrative.paragraphs.map(wrap));
  const width = Math.max(60 * 450, ...wrapped.flatMap((w) => (w ?? []).flat().map(typesetWidth)));
  doc.projects.forEach((project, index) => {
    const narrative = project.narrative;
    const paragraphs = wrapped[index];
    if (!narrative || !paragraphs) return;
    const words = narrative.title.split(' ');
    const open = words.findIndex((w, i) => i < words.length - 1 && OPEN.includes(w));
    if (open >= 0 && chance(0.7)) {
      // A title wrapped after a word a title cannot end on; the wrapped line ends with a full stop.
      line(`Delredovisning projekt ${project.number}: ${words.slice(0, open + 1).join(' ')}`);
      line(`${words.slice(open + 1).join(' ')}.`);
    } else {
      line(`Delredovisning projekt ${project.number}: ${narrative.title}`);
    }
    paragraphs.forEach((lines, p) => {
      lines.forEach((l) => line(l));
      const next = paragraphs[p + 1]?.[0];
      const last = lines.at(-1) ?? '';
      const nextWord = next?.split(' ')[0] ?? '';
      const shortEnough = typesetWidth(`${last} ${nextWord}`) <= width * 0.95;
      if (next !== undefined && (!shortEnough || chance(0.5))) separator();
    });
    separator();
    separator();
  });
  return { text: out.join('\n'), warnings };
}

describe('parseReportText on generated reports', () => {
  it('reads back every report written in the legacy text style', () => {
    fc.assert(
      fc.property(report, fc.integer(), (doc, seed) => {
        const { text, warnings } = writeLegacy(doc, seed);
        // fast-check builds records without a prototype; compare as plain JSON values.
        const expected: unknown = JSON.parse(JSON.stringify(warnings.length > 0 ? { ...doc, warnings } : doc));
        expect(parseReportText(text)).toStrictEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});

// Paragraphs of one to six sentences, many to a page, so that page breaks fall between paragraphs
// as often as inside them; each begins with a long word, so that after a paragraph that ends at
// the foot of a page the next one's first word would seldom have fitted on the last line.
const LONG_FIRST_WORDS = ['Stadsdelsförvaltningen', 'Fältassistenterna', 'Ungdomsmottagningen', 'Arbetsmarknadsinsatserna', 'Trygghetsvandringarna'];
const longParagraph = fc
  .tuple(fc.constantFrom(...LONG_FIRST_WORDS), fc.array(sentence, { minLength: 1, maxLength: 6 }))
  .map(([first, sentences]) => `${first} ${sentences.join(' ').replace(/^./u, (c) => c.toLowerCase())}`);
const longReport: fc.Arbitrary<ReportDocument> = fc
  .tuple(
    report,
    fc.array(fc.array(longParagraph, { minLength: 8, maxLength: 30 }), { minLength: 1, maxLength: 3 }),
  )
  .map(([doc, narratives]) => ({
    ...doc,
    projects: doc.projects.map((project, index) => {
      const paragraphs = narratives[index];
      return paragraphs && project.narrative ? { ...project, narrative: { ...project.narrative, paragraphs } } : project;
    }),
  }));

/** The report as it reads back: warnings cite lines of the rendered file, so only code and message compare. */
function withoutLines(doc: ReportDocument): unknown {
  const { warnings, ...rest } = doc;
  return JSON.parse(JSON.stringify(warnings ? { ...rest, warnings: warnings.map(({ code, message }) => ({ code, message })) } : rest));
}

describe('readReportFile on generated reports rendered by us', () => {
  it('reads back every long report from its PDF and DOCX, paragraph for paragraph', async () => {
    await fc.assert(
      fc.asyncProperty(longReport, async (doc) => {
        const expected = withoutLines({ ...doc, ...expectedWarnings(doc) });
        expect(withoutLines(await readReportFile(await renderPdf(doc, DRAFT), 'rapport.pdf'))).toStrictEqual(expected);
        expect(withoutLines(await readReportFile(await renderDocx(doc, APPROVED), 'rapport.docx'))).toStrictEqual(expected);
      }),
      // A failing case is shown as found: shrinking would render hundreds of PDFs.
      { numRuns: 60, endOnFailure: true },
    );
  }, 300_000);
});

/** The warnings a report's gaps yield, in the importer's order (rendered rows are never ambiguous). */
function expectedWarnings(doc: ReportDocument): { warnings?: ReportWarning[] } {
  const warnings = doc.projects.flatMap((p): ReportWarning[] => [
    ...(p.entries.length === 0 ? [{ code: 'project_without_entries', message: `Projekt ${p.number} (${p.name}) har inga periodiseringar.` }] : []),
    ...(p.narrative === null ? [{ code: 'project_without_narrative', message: `Projekt ${p.number} (${p.name}) saknar delredovisning.` }] : []),
  ]);
  return warnings.length > 0 ? { warnings } : {};
}
