// A city-wide report model of the budget's size (DESIGN.md §9): 14 committees × 20 projects, each
// committee approved with 5 entries and a 3-paragraph narrative per project.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ReportDocument } from '../src/domain/report.js';
import type { CityReport, CityReportCommittee } from '../src/documents/render/city-report.js';

const COMMITTEES = 14;
const PROJECTS = 20;
const ENTRIES = 5;

// Narratives drawn from a Swedish vocabulary, as varied as real text: half the words from the most
// common ones, half from the whole dictionary-sv word list (pdfkit lays out each distinct word once
// per document, so a handful of repeated sentences would flatter the renderer).
const COMMON = 'och i att det som en på är för med har till av inte den om ett var de så men nämnden projektet under året'.split(' ');
const DICTIONARY = readFileSync(join(dirname(createRequire(import.meta.url).resolve('dictionary-sv')), 'index.dic'), 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split('/')[0]!)
  .filter((word) => /^[a-zåäö]{3,14}$/.test(word));

// A fixed linear congruential generator: the same model on every run.
let state = 2014;
function next(n: number): number {
  state = (state * 1103515245 + 12345) % 2147483648;
  return Math.floor((state / 2147483648) * n); // the high bits: the low ones of an LCG repeat quickly
}

function sentence(): string {
  const words = Array.from({ length: 10 + next(9) }, () => (next(2) === 0 ? COMMON[next(COMMON.length)]! : DICTIONARY[next(DICTIONARY.length)]!));
  return `${words[0]!.charAt(0).toUpperCase()}${words.join(' ').slice(1)}.`;
}

// About 400 characters, like the seed's paragraphs.
function paragraph(): string {
  return Array.from({ length: 4 }, sentence).join(' ');
}

const PROJECT_NAMES = [
  'Trygghetsskapande åtgärder', 'Bibliotek och lärandecenter', 'Sommarjobb för unga', 'Kulturhus i centrum', 'Föreningsstöd',
  'Vägar till arbete', 'Parkupprustning', 'Fritidsgårdar på helger', 'Språkcafé', 'Boendedialog',
];

/** A model of the budget's size: every committee approved, every project with entries and a narrative. */
export function benchModel(): CityReport {
  state = 2014;
  const committees: CityReportCommittee[] = Array.from({ length: COMMITTEES }, (_, c) => {
    const counterparty = String(1700 + c + 1);
    const name = `Stadsdelsnämnd ${c + 1}`;
    const sections = Array.from({ length: PROJECTS }, (_, p) => ({
      number: p + 1,
      name: PROJECT_NAMES[p % PROJECT_NAMES.length]!,
      entries: Array.from({ length: ENTRIES }, (_, e) => ({
        account: '3699', ikb: '1771', counterparty, amountOre: 10_000_00 * (e + 1) + c * 100 + p, text: `Ej fakturerat tom 2014-12-31, del ${e + 1}`,
      })),
      narrative: { title: `Lägesrapport ${p + 1}`, paragraphs: [paragraph(), paragraph(), paragraph()] },
    }));
    const document: ReportDocument = {
      format: 'redovisa.report/1', title: 'Redovisning ytterstadsprojekt', reportType: 'Verksamhetsberättelse',
      committee: name, accrualPeriod: { from: '2014-09-01', to: '2014-12-31' }, projects: sections,
    };
    return {
      name, counterparty, status: 'approved', statusName: 'Godkänd',
      approved: { reportId: c + 1, version: 2, approvedAt: '2015-01-14T09:00:00Z', approvedBy: 'Controller Centralsson', document },
      projects: sections.map((s) => {
        const accrued = s.entries.reduce((sum, e) => sum + e.amountOre, 0);
        return {
          number: s.number, name: s.name, projectCode: `${counterparty}-${String(s.number).padStart(2, '0')}`,
          grantOre: 100_000_000, accruedThisRoundOre: accrued, yearToDateOre: accrued * 2, remainingOre: 100_000_000 - accrued * 2,
          source: { reportId: c + 1, version: 2 },
        };
      }),
    };
  });
  return {
    organisation: 'Stockholms stad', programme: 'Ytterstadssatsningen',
    round: { code: '2014-VB', name: 'Verksamhetsberättelse 2014', periodFrom: '2014-01-01', periodTo: '2014-12-31', closingDate: '2014-12-31' },
    generatedAt: '2015-01-20T08:30:00Z', committees,
  };
}
