// A report as GET /api/reports/:id returns it: the seed's first two projects, for tests of pure logic.
import type { Report } from '../api/types.js';

/** A draft report with two projects; `changes` overrides any top-level field. */
export function sampleReport(changes: Partial<Report> = {}): Report {
  return {
    id: 7,
    state: 'draft',
    stateName: 'Utkast',
    version: 3,
    committeeId: 2,
    committee: 'Hässelby-Vällingby stadsdelsnämnd',
    round: { id: 4, year: 2014, kind: 'T2', kindName: 'Tertialrapport 2', deadline: '2014-09-15', state: 'open' },
    createdAt: '2014-08-01T08:00:00.000Z',
    updatedAt: '2014-08-31T10:03:00.000Z',
    submittedAt: null,
    submittedBy: null,
    approvedAt: null,
    approvedBy: null,
    content: {
      format: 'redovisa.report/1',
      title: 'Redovisning ytterstadsprojekt',
      reportType: 'Tertialrapport och Verksamhetsberättelse',
      committee: 'Hässelby-Vällingby stadsdelsnämnd',
      accrualPeriod: { from: '2014-08-01', to: '2014-12-31' },
      projects: [
        {
          number: 1,
          name: 'Trygghetsskapande åtgärder',
          entries: [{ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 10700000, text: 'Ej fakturerat tom 2014-08-31' }],
          narrative: { title: 'Trygghetsskapande insatser i Hässelby-Vällingby.', paragraphs: ['Under andra tertialen har insatserna fortsatt.'] },
        },
        {
          number: 2,
          name: 'Lärandecenter',
          entries: [{ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 262683700, text: 'Ej fakturerat tom 2014-08-31' }],
          narrative: null,
        },
      ],
    },
    sections: [
      { id: 11, projectId: 21, number: 1, name: 'Trygghetsskapande åtgärder', grantOre: 50000000, accruedBeforeOre: 0, defaults: { account: '3699', ikb: '1771', counterparty: '1704' } },
      { id: 12, projectId: 22, number: 2, name: 'Lärandecenter', grantOre: null, accruedBeforeOre: 100000, defaults: { account: '3699', ikb: '1771', counterparty: '1704' } },
    ],
    comments: [],
    abilities: { edit: true, submit: false, return: false, approve: false, reopen: false, importFile: true, viewHistory: true, comment: true },
    ...changes,
  };
}
