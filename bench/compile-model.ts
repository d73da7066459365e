// A city-wide report model of the budget's size (DESIGN.md §9): 14 committees × 20 projects, each
// committee approved with 5 entries and a 3-paragraph narrative per project.
import type { ReportDocument } from '../src/domain/report.js';
import type { CityReport, CityReportCommittee } from '../src/documents/render/city-report.js';

const COMMITTEES = 14;
const PROJECTS = 20;
const ENTRIES = 5;

const SENTENCES = [
  'Under året har projektet fortsatt enligt plan och samverkan med civilsamhället har fördjupats.',
  'Trygghetsvandringar genomfördes i Hässelby gård och Vällingby centrum tillsammans med polisen och bostadsbolagen.',
  'Deltagarna har fått stöd i att söka arbete och flera har gått vidare till studier eller anställning.',
  'Verksamheten utvärderas löpande och resultaten redovisas för nämnden i samband med verksamhetsberättelsen.',
];

function paragraph(seed: number): string {
  return Array.from({ length: 4 }, (_, i) => SENTENCES[(seed + i) % SENTENCES.length]).join(' ');
}

/** A model of the budget's size: every committee approved, every project with entries and a narrative. */
export function benchModel(): CityReport {
  const committees: CityReportCommittee[] = Array.from({ length: COMMITTEES }, (_, c) => {
    const counterparty = String(1700 + c + 1);
    const name = `Stadsdelsnämnd ${c + 1}`;
    const sections = Array.from({ length: PROJECTS }, (_, p) => ({
      number: p + 1,
      name: `Projekt för trygghet och lärande ${p + 1}`,
      entries: Array.from({ length: ENTRIES }, (_, e) => ({
        account: '3699', ikb: '1771', counterparty, amountOre: 10_000_00 * (e + 1) + c * 100 + p, text: `Ej fakturerat tom 2014-12-31, del ${e + 1}`,
      })),
      narrative: { title: `Lägesrapport ${p + 1}`, paragraphs: [paragraph(p), paragraph(p + 1), paragraph(p + 2)] },
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
