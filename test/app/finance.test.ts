// The money after approval, on both engines: history imported approved into 2014-VB, the SIE export
// read back by our own reader, reconciliation against booked entries, and the city-wide report.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { operatorContext, type AppContext } from '../../src/app/context.js';
import { compileRound } from '../../src/app/finance/compile-round.js';
import { exportSie } from '../../src/app/finance/export-sie.js';
import { getReconciliation } from '../../src/app/finance/get-reconciliation.js';
import { annotateReconciliation } from '../../src/app/finance/annotate-reconciliation.js';
import { reconcileRound, saveReconciliation } from '../../src/app/finance/reconcile-round.js';
import { signOffReconciliation } from '../../src/app/finance/sign-off-reconciliation.js';
import { importReport } from '../../src/app/import-report.js';
import { reopenReport } from '../../src/app/reports/reopen-report.js';
import { createRound } from '../../src/app/rounds/create-round.js';
import { openRound } from '../../src/app/rounds/open-round.js';
import { auditEvents, exportBatches, projects, reports, roundAccruals, rounds, users } from '../../src/db/index.js';
import { readReportFile } from '../../src/documents/import/index.js';
import { writeSie4 } from '../../src/documents/export/sie.js';
import { readSie4 } from '../../src/documents/import/sie-reader.js';
import { TEST_DIALECTS, repoRoot, useTestDatabase } from '../support/db.js';
import { goldenReport } from '../support/seed.js';

const legacy = (name: string) => path.join(repoRoot, 'test/fixtures/legacy', name);
// Bromma's annual report of 2015, as if written for 2014: the round's third committee, left a draft.
const brommaIn2014 = async () => {
  const bromma = await readReportFile(readFileSync(legacy('bromma-vb-2015.txt')), 'bromma.txt');
  return { ...bromma, accrualPeriod: { from: '2014-09-01', to: '2014-12-31' } };
};
const NOW = new Date('2015-01-15T09:00:00Z');

describe.each(TEST_DIALECTS)('central finance on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  const operator = (): AppContext => ({ ...operatorContext(database(), 'kommandoraden (test)'), now: () => NOW });
  let controller: () => AppContext;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const seed = await importReport(operator(), { document: goldenReport(), source: 'seed.txt', round: { year: 2014, kind: 'VB' }, approved: true });
    const kungsholmen = await importReport(operator(), {
      document: await readReportFile(readFileSync(legacy('kungsholmen-t3-vb-2014.txt')), 'kungsholmen.txt'),
      source: 'kungsholmen.txt', round: { year: 2014, kind: 'VB' }, approved: true,
    });
    const draft = await importReport(operator(), { document: await brommaIn2014(), source: 'bromma.txt', round: { year: 2014, kind: 'VB' } });
    Object.assign(ids, { seed: seed.reportId, kungsholmen: kungsholmen.reportId, draft: draft.reportId });
    const user = await users.create(database().db, {
      email: 'controller@example.se', name: 'Cecilia Controller', role: 'controller', committeeId: null, passwordHash: 'x', now: NOW,
    });
    controller = () => ({ database: database(), actor: { kind: 'user', id: user.id, name: user.name, role: 'controller', committeeId: null }, now: () => NOW });
  });

  it('imports history into 2014-VB: the round created closed, two reports approved with their source, one draft', async () => {
    const round = await rounds.findByYearKind(database().db, 2014, 'VB');
    expect(round).toMatchObject({ state: 'closed', periodFrom: '2014-01-01', periodTo: '2014-12-31' });
    const reportsInRound = await roundAccruals.reportsOfRound(database().db, round!.id);
    expect(reportsInRound.map((r) => [r.committeeName, r.state])).toEqual([
      ['Bromma stadsdelsnämnd', 'draft'], ['Hässelby-Vällingby stadsdelsnämnd', 'approved'], ['Kungsholmens stadsdelsnämnd', 'approved'],
    ]);
    const events = await auditEvents.listForReport(database().db, ids.seed!);
    expect(events.map((e) => e.action)).toEqual(['report.imported', 'report.approve']);
    expect(events[1]!.after).toEqual({ state: 'approved', reason: 'Godkänd på papper; inläst från seed.txt' });
    // Every project got its ledger code from the committee's counterparty number.
    expect((await projects.findByCode(database().db, '1704-02'))?.name).toBe('Lärandecenter');
    expect((await projects.findByCode(database().db, '1712-01'))?.name).toBe('Fältassistenter på Kungsholmen och Essingeöarna');
  });

  it('refuses a report whose period lies outside the round, storing nothing', async () => {
    const bromma = await readReportFile(readFileSync(legacy('bromma-vb-2015.txt')), 'bromma.txt');
    await expect(importReport(operator(), { document: bromma, source: 'bromma.txt', round: { year: 2014, kind: 'VB' }, approved: true }))
      .rejects.toMatchObject({ code: 'invalid_input', message: 'bromma.txt: rapportens period 2015-09-01 – 2015-12-31 ligger utanför omgången 2014-VB (2014-01-01 – 2014-12-31).' });
    await expect(importReport(operator(), { document: bromma, source: 'bromma.txt', round: { year: 2015, kind: 'T2' } }))
      .rejects.toMatchObject({ message: expect.stringContaining('ligger utanför omgången 2015-T2') });
    expect(await rounds.findByYearKind(database().db, 2015, 'T2')).toBeUndefined();
  });

  it('refuses a second report of the same committee in the round, naming the one it has', async () => {
    const again = { ...goldenReport(), reportType: 'Verksamhetsberättelse (rättad)' };
    await expect(importReport(operator(), { document: again, source: 'igen.txt', round: { year: 2014, kind: 'VB' } }))
      .rejects.toMatchObject({ code: 'conflict', message: `igen.txt: Hässelby-Vällingby stadsdelsnämnd har redan en redovisning i 2014-VB (redovisning ${ids.seed}).` });
  });

  let firstFile: Uint8Array;

  it('exports the approved reports as SIE 4I that our reader takes: one balanced voucher each, objects, å/ä/ö, negative amounts', async () => {
    const result = await exportSie(controller(), { round: '2014-VB' });
    firstFile = result.file;
    expect(result.batch).toMatchObject({ voucherCount: 2, again: false });
    expect(result.notApproved).toEqual([{ committee: 'Bromma stadsdelsnämnd', state: 'draft' }]);
    // Kungsholmen's texts have en dashes, which CP437 lacks: written as hyphens, and said so.
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.warnings.every((w) => w.includes('CP437'))).toBe(true);
    const sie = readSie4(result.file, '2014-VB.se');
    expect(sie.checksum.ok).toBe(true);
    expect(sie.warnings).toEqual([]);
    expect(sie.companyName).toBe('Stockholms stad');
    expect(sie.vouchers.map((v) => [v.series, v.number, v.date, v.text])).toEqual([
      ['A', 1, '2014-12-31', 'Periodisering 2014-VB Hässelby-Vällingby stadsdelsnämnd'],
      ['A', 2, '2014-12-31', 'Periodisering 2014-VB Kungsholmens stadsdelsnämnd'],
    ]);
    const [seed, kungsholmen] = sie.vouchers;
    expect(seed!.transactions.map((t) => [t.account, t.objects, t.amountOre])).toEqual([
      ['1790', [], 281_082_800],
      ['3699', [{ dimension: 6, id: '1704-01' }, { dimension: 20, id: '1771' }], -10_700_000],
      ['3699', [{ dimension: 6, id: '1704-02' }, { dimension: 20, id: '1771' }], -262_683_700],
      ['3699', [{ dimension: 6, id: '1704-03' }, { dimension: 20, id: '1771' }], -7_699_100],
    ]);
    // The correction of 83 412,50 kr is a debit on 3699: a negative entry credited.
    expect(kungsholmen!.transactions.find((t) => t.amountOre === 8_341_250)).toMatchObject({ account: '3699' });
    for (const v of sie.vouchers) expect(v.transactions.reduce((s, t) => s + t.amountOre, 0)).toBe(0);
    // CP437 on disk: "Hässelby" has ä as 0x84.
    expect(Buffer.from(result.file).includes(Buffer.from(iconv.encode('Hässelby', 'cp437')))).toBe(true);
    expect(sie.objects.find((o) => o.id === '1704-02')).toEqual({ dimension: 6, id: '1704-02', name: 'Lärandecenter' });
    // The batch is recorded on each exported entry.
    const entries = await roundAccruals.approvedEntries(database().db, (await rounds.findByYearKind(database().db, 2014, 'VB'))!.id);
    expect(new Set(entries.map((e) => e.exportBatchId))).toEqual(new Set([result.batch.id]));
  });

  it('refuses to export the same reports again, writing nothing, unless asked to', async () => {
    let delivered = false;
    await expect(exportSie(controller(), { round: '2014-VB' }, async () => { delivered = true; }))
      .rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('redan exporterade (batch') });
    expect(delivered).toBe(false);
    const round = (await rounds.findByYearKind(database().db, 2014, 'VB'))!;
    expect(await exportBatches.listForRound(database().db, round.id)).toHaveLength(1);
    const again = await exportSie(controller(), { round: '2014-VB', again: true });
    expect(again.batch.again).toBe(true);
    // The same vouchers; only the generation date could differ, and the clock is fixed.
    expect(Buffer.from(again.file).equals(Buffer.from(firstFile))).toBe(true);
  });

  it('refuses an export for a reporter, and for a round that does not exist', async () => {
    const reporter: AppContext = { ...controller(), actor: { kind: 'user', id: 1, name: 'R', role: 'reporter', committeeId: 1 } };
    await expect(exportSie(reporter, { round: '2014-VB' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(exportSie(controller(), { round: '2013-VB' })).rejects.toMatchObject({ code: 'not_found', message: 'Omgången 2013-VB finns inte.' });
    await expect(exportSie(controller(), { round: '2014-T3' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  const csv = (rows: string[]) => ({ fileName: 'bokfört.csv', bytes: new Uint8Array(Buffer.from(['Motpart;Projekt;Belopp;Text', ...rows].join('\r\n'), 'utf8')) });
  // What the central side booked: everything as reported, but Lärandecenter 0,50 kr short, split in
  // two rows; Kungsholmen's project 1 nets its two entries; one project only the ledger knows.
  const BOOKED = [
    '1704;1704-01;107 000,00;Trygghet', '1704;1704-02;2 000 000,00;Lärandecenter del 1', '1704;1704-02;626 836,50;Lärandecenter del 2',
    '1704;1704-03;76 991,00;Sociala insatsgrupper',
  ];

  it('reconciles to exactly the difference of 0,50 kr, with one-sided pairs on both sides and netted entries', async () => {
    const round = (await rounds.findByYearKind(database().db, 2014, 'VB'))!;
    const kungsholmen = (await roundAccruals.approvedEntries(database().db, round.id)).filter((e) => e.committeeName.startsWith('Kungsholmen'));
    const sums = new Map<string, number>();
    for (const e of kungsholmen) sums.set(e.projectCode!, (sums.get(e.projectCode!) ?? 0) + e.amountOre);
    const kRows = [...sums].filter(([code]) => code !== '1712-05').map(([code, ore]) => `1712;${code};${(ore / 100).toFixed(2).replace('.', ',')};K`);
    const { result } = await reconcileRound(controller(), { round: '2014-VB', booked: csv([...BOOKED, ...kRows, '1799;1799-01;1 000,00;Okänt']) });
    expect(result.format).toBe('redovisa.reconciliation/1');
    expect(result.closingDate).toBe('2014-12-31');
    expect(result.lines.filter((l) => l.status !== 'matched')).toEqual([
      { counterparty: '1704', project: '1704-02', reportedOre: 262_683_700, bookedOre: 262_683_650, differenceOre: 50, status: 'differs' },
      { counterparty: '1712', project: '1712-05', reportedOre: sums.get('1712-05'), bookedOre: 0, differenceOre: sums.get('1712-05'), status: 'only_reported' },
      { counterparty: '1799', project: '1799-01', reportedOre: 0, bookedOre: 100_000, differenceOre: -100_000, status: 'only_booked' },
    ]);
    expect(result.summary).toEqual({ matched: sums.size - 1 + 2, differs: 1, onlyReported: 1, onlyBooked: 1 });
  });

  it('accepts the booked side as Windows-1252 and as our own SIE file, which matches everything', async () => {
    const latin = iconv.encode(['Motpart;Projekt;Belopp;Text', '1704;1704-01;107000.00;Trygghetsvandring i Hässelby'].join('\r\n'), 'win1252');
    const { result } = await reconcileRound(controller(), { round: '2014-VB', booked: { fileName: 'bokfört.csv', bytes: new Uint8Array(latin) } });
    expect(result.lines.find((l) => l.project === '1704-01')).toMatchObject({ status: 'matched', differenceOre: 0 });
    const fromSie = await reconcileRound(controller(), { round: '2014-VB', booked: { fileName: '2014-VB.se', bytes: firstFile } });
    expect(fromSie.result.summary).toMatchObject({ differs: 0, onlyReported: 0, onlyBooked: 0 });
    expect(fromSie.result.summary.matched).toBeGreaterThan(5);
  });

  it('reads an SIE booked file with a project code Redovisa does not know as booked only, and says so', async () => {
    const file = writeSie4({
      program: { name: 'Huvudboken', version: '1' }, generatedOn: '2015-01-10', companyName: 'Stockholms stad',
      accounts: [{ number: '1790', name: 'Upplupna intäkter' }, { number: '3699', name: 'Övriga intäkter' }],
      dimensions: [], objects: [{ dimension: 6, id: '9999-01', name: 'Okänt projekt' }],
      vouchers: [{ series: 'A', number: 1, date: '2014-12-31', text: 'Bokfört', transactions: [
        { account: '1790', objects: [], amountOre: 12_345 },
        { account: '3699', objects: [{ dimension: 6, id: '9999-01' }], amountOre: -12_345 },
      ] }],
    });
    const { result, warnings } = await reconcileRound(controller(), { round: '2014-VB', booked: { fileName: 'huvudbok.se', bytes: file } });
    expect(result.lines.find((l) => l.project === '9999-01')).toEqual({
      counterparty: '', project: '9999-01', reportedOre: 0, bookedOre: 12_345, differenceOre: -12_345, status: 'only_booked',
    });
    expect(warnings.map((w) => w.message)).toContain('Projektkoden 9999-01 i SIE-filen finns inte i Redovisa; dess belopp står som endast bokfört.');
  });

  it('keeps a reconciliation: differences explained, signed off, and stale when a report in it is reopened', async () => {
    const saved = await saveReconciliation(controller(), { round: '2014-VB', booked: csv(BOOKED) });
    const open = saved.result.lines.filter((l) => l.status !== 'matched');
    await expect(signOffReconciliation(controller(), saved.id)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('saknar förklaring') });
    for (const line of open) {
      await annotateReconciliation(controller(), saved.id, { counterparty: line.counterparty, project: line.project, resolution: 'explained', body: 'Bokförs i januari.' });
    }
    const signed = await signOffReconciliation(controller(), saved.id);
    expect(signed.signoffs.map((s) => [s.party, s.actorLabel])).toEqual([['central', 'Cecilia Controller']]);
    expect(signed.stale).toBe(false);

    const round = (await rounds.findByYearKind(database().db, 2014, 'VB'))!;
    await openRound(controller(), round.id);
    const meta = (await roundAccruals.reportsOfRound(database().db, round.id)).find((r) => r.reportId === ids.kungsholmen)!;
    await reopenReport(controller(), { reportId: ids.kungsholmen!, version: meta.version, reason: 'Rättelse av projekt 5.' });
    const stale = await getReconciliation(controller(), saved.id);
    expect(stale.stale).toBe(true);
    expect(stale.staleReasons).toEqual(['Kungsholmens stadsdelsnämnd: redovisningen är inte längre godkänd.']);
  });

  it('compiles the city-wide report: every committee, the draft listed as not approved with none of its text', async () => {
    const model = await compileRound(controller(), { round: '2014-VB' });
    expect(model.round).toMatchObject({ code: '2014-VB', closingDate: '2014-12-31' });
    expect(model.committees.map((c) => [c.name, c.statusName, c.approved !== null])).toEqual([
      ['Bromma stadsdelsnämnd', 'Utkast', false], ['Hässelby-Vällingby stadsdelsnämnd', 'Godkänd', true], ['Kungsholmens stadsdelsnämnd', 'Återöppnad', false],
    ]);
    const seed = model.committees[1]!;
    expect(seed.projects.map((p) => [p.projectCode, p.accruedThisRoundOre, p.yearToDateOre])).toEqual([
      ['1704-01', 10_700_000, 10_700_000], ['1704-02', 262_683_700, 262_683_700], ['1704-03', 7_699_100, 7_699_100],
    ]);
    expect(seed.approved?.document.projects[1]?.narrative?.title).toBe(goldenReport().projects[1]?.narrative?.title);
    const bromma = await brommaIn2014();
    const text = JSON.stringify(model);
    for (const p of bromma.projects) for (const paragraph of p.narrative?.paragraphs ?? []) expect(text).not.toContain(paragraph.slice(0, 40));
  });

  it('proposes the reversal of the previous round’s approved entries when the next round of the year opens', async () => {
    // Kungsholmen's T1 of 2014, approved: 500 000 kr not invoiced on Stödboende.
    const t1 = { ...goldenReport(), committee: 'Kungsholmens stadsdelsnämnd', reportType: 'Tertialrapport 1', accrualPeriod: { from: '2014-01-01', to: '2014-04-30' },
      projects: [{ number: 2, name: 'Stödboende för unga vuxna', narrative: null,
        entries: [{ account: '3699', ikb: '1771', counterparty: '1712', amountOre: 50_000_000, text: 'Ej fakturerat tom 2014-04-30' }] }] };
    await importReport(operator(), { document: t1, source: 't1.txt', round: { year: 2014, kind: 'T1' }, approved: true });
    const t2 = await createRound(controller(), { year: 2014, kind: 'T2', deadline: '2014-09-15' });
    const opened = await openRound(controller(), t2.id);
    const drafts = await roundAccruals.reportsOfRound(database().db, t2.id);
    const kungsholmen = drafts.find((r) => r.committeeName === 'Kungsholmens stadsdelsnämnd')!;
    expect(opened.createdReportIds).toContain(kungsholmen.reportId);
    const { document } = await reports.getDocument(database().db, kungsholmen.reportId);
    const stodboende = document.projects.find((p) => p.name === 'Stödboende för unga vuxna')!;
    expect(stodboende.entries).toEqual([
      { account: '3699', ikb: '1771', counterparty: '1712', amountOre: -50_000_000, text: 'Återföring 2014-T1: Ej fakturerat tom 2014-04-30' },
    ]);
    // Projects with nothing approved in T1 start empty, and so do committees without a T1 report.
    expect(document.projects.filter((p) => p.entries.length > 0)).toHaveLength(1);
    const { document: bromma } = await reports.getDocument(database().db, drafts.find((r) => r.committeeName === 'Bromma stadsdelsnämnd')!.reportId);
    expect(bromma.projects.every((p) => p.entries.length === 0)).toBe(true);
  });
});
