// A small city-wide report model for the document tests: two approved committees (one with a
// negative and an öre amount, one project without a grant), one committee with a draft, one not started.
import type { ReportDocument } from '../../src/domain/report.js';
import type { CityReport } from '../../src/documents/render/city-report.js';

function report(committee: string, projects: ReportDocument['projects']): ReportDocument {
  return {
    format: 'redovisa.report/1', title: 'Redovisning ytterstadsprojekt', reportType: 'Verksamhetsberättelse',
    committee, accrualPeriod: { from: '2014-09-01', to: '2014-12-31' }, projects,
  };
}

/** The model: literal amounts so the tests can state their sums. */
export function cityReportModel(): CityReport {
  const hv = report('Hässelby-Vällingby stadsdelsnämnd', [
    {
      number: 1, name: 'Trygghetsskapande åtgärder',
      entries: [
        { account: '3699', ikb: '1771', counterparty: '1704', amountOre: 262683700, text: 'Ej fakturerat tom 2014-12-31' },
        { account: '3699', ikb: '1771', counterparty: '1704', amountOre: -1250050, text: 'Rättelse av T2' },
      ],
      narrative: { title: 'Trygghet i Vällingby', paragraphs: ['Trygghetsvandringar genomfördes i Vällingby centrum.', 'Samverkan med polisen har fördjupats.'] },
    },
    {
      number: 2, name: 'Lärandecenter',
      entries: [{ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 10700000, text: '=HYPERLINK("http://x","y")' }],
      narrative: null,
    },
  ]);
  const sk = report('Skärholmens stadsdelsnämnd', [
    {
      number: 1, name: 'Sommarjobb för unga',
      entries: [{ account: '3699', ikb: '1771', counterparty: '1708', amountOre: 8341250, text: 'Ej fakturerat tom 2014-12-31' }],
      indicators: [
        { name: 'Unga med sommarjobb', unit: 'deltagare', baseline: '80', target: '100', outcome: '112', comment: 'Fler än väntat' },
        { name: 'Andel tjejer', unit: '%', target: '50', outcome: '47.5' },
      ],
      narrative: { title: 'Sommarjobb', paragraphs: ['Etthundra ungdomar fick sommarjobb.'] },
    },
  ]);
  return {
    organisation: 'Stockholms stad',
    programme: 'Ytterstadssatsningen',
    round: { code: '2014-VB', name: 'Verksamhetsberättelse 2014', periodFrom: '2014-01-01', periodTo: '2014-12-31', closingDate: '2014-12-31' },
    generatedAt: '2015-01-20T08:30:00Z',
    committees: [
      {
        name: 'Hässelby-Vällingby stadsdelsnämnd', counterparty: '1704', status: 'approved', statusName: 'Godkänd',
        approved: { reportId: 12, version: 3, approvedAt: '2015-01-14T09:05:00Z', approvedBy: 'Anna Controller', document: hv },
        projects: [
          { number: 1, name: 'Trygghetsskapande åtgärder', projectCode: '1704-01', grantOre: 300000000, accruedThisRoundOre: 261433650, yearToDateOre: 281433650, remainingOre: 18566350, source: { reportId: 12, version: 3 } },
          { number: 2, name: 'Lärandecenter', projectCode: '1704-02', grantOre: null, accruedThisRoundOre: 10700000, yearToDateOre: 10700000, remainingOre: null, source: { reportId: 12, version: 3 } },
        ],
      },
      {
        name: 'Rinkeby-Kista stadsdelsnämnd', counterparty: '1706', status: 'draft', statusName: 'Utkast', approved: null,
        projects: [
          { number: 1, name: 'Kista folkets hus', projectCode: '1706-01', grantOre: 150000000, accruedThisRoundOre: null, yearToDateOre: null, remainingOre: null, source: null },
        ],
      },
      {
        name: 'Skärholmens stadsdelsnämnd', counterparty: '1708', status: 'approved', statusName: 'Godkänd',
        approved: { reportId: 31, version: 1, approvedAt: '2015-01-16T14:40:00Z', approvedBy: 'Bo Granskare', document: sk },
        projects: [
          { number: 1, name: 'Sommarjobb för unga', projectCode: '1708-01', grantOre: 50000000, accruedThisRoundOre: 8341250, yearToDateOre: 58341250, remainingOre: -8341250, source: { reportId: 31, version: 1 } },
        ],
      },
      {
        name: 'Spånga-Tensta stadsdelsnämnd', counterparty: '1710', status: 'not_started', statusName: 'Ej påbörjad', approved: null,
        projects: [
          { number: 1, name: 'Tensta konsthall', projectCode: '1710-01', grantOre: 20000000, accruedThisRoundOre: null, yearToDateOre: null, remainingOre: null, source: null },
        ],
      },
    ],
  };
}
