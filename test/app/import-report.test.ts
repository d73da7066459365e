import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operatorContext, type AppContext } from '../../src/app/context.js';
import { importReport, LEGACY_PROGRAMME_NAME } from '../../src/app/import-report.js';
import { auditEvents, committees, programmes, projects, reports } from '../../src/db/index.js';
import { readReportFile } from '../../src/documents/import/index.js';
import { AppError } from '../../src/domain/errors.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { goldenReport, SEED_PATH } from '../support/seed.js';

describe.each(TEST_DIALECTS)('importReport on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  const ctx = (): AppContext => ({ ...operatorContext(database(), 'test'), now: () => new Date('2026-11-27T10:00:00Z') });

  it('stores the seed as a draft with its committee, programme and projects, and an audit event', async () => {
    const result = await importReport(ctx(), { document: goldenReport(), source: 'seed.txt' });
    expect(result).toMatchObject({
      committee: { name: 'Hässelby-Vällingby stadsdelsnämnd', created: true },
      projectsCreated: ['Trygghetsskapande åtgärder', 'Lärandecenter', 'Sociala insatsgrupper'],
      projectCount: 3,
      entryCount: 3,
      totalOre: 281082800,
      warnings: [],
      issues: [],
    });
    const db = database().db;
    const { document, meta } = await reports.getDocument(db, result.reportId);
    const { warnings: _none, ...golden } = goldenReport();
    expect(document).toEqual(golden);
    expect(meta.state).toBe('draft');
    expect(await committees.findByName(db, 'Hässelby-Vällingby stadsdelsnämnd')).toMatchObject({ counterpartyNumber: '1704' });
    expect(await programmes.findByName(db, LEGACY_PROGRAMME_NAME)).toMatchObject({ ikb: '1771', defaultAccount: '3699' });
    const events = await auditEvents.listForReport(db, result.reportId);
    expect(events.map((e) => [e.action, e.actorLabel])).toEqual([['report.imported', 'test']]);
    expect(events[0]!.after).toMatchObject({ source: 'seed.txt', totalOre: 281082800 });
  });

  it('recognises the same report imported again, and stores nothing', async () => {
    const before = await reports.list(database().db, {});
    const error = await importReport(ctx(), { document: { ...goldenReport(), warnings: [] }, source: 'igen.pdf' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'conflict', message: `igen.pdf: samma rapport är redan importerad som redovisning ${before[0]!.id}.` });
    expect(await reports.list(database().db, {})).toHaveLength(before.length);
  });

  it('reuses the committee and projects for the next round', async () => {
    const document = { ...goldenReport(), accrualPeriod: { from: '2015-01-01', to: '2015-04-30' } };
    const result = await importReport(ctx(), { document, source: 'next.txt' });
    expect(result.committee.created).toBe(false);
    expect(result.projectsCreated).toEqual([]);
    expect(await projects.listByCommittee(database().db, result.committee.id)).toHaveLength(3);
  });

  it('stores nothing when the import fails half-way', async () => {
    const document = { ...goldenReport(), committee: 'Rinkeby-Kista stadsdelsnämnd' };
    const before = await reports.list(database().db, {});
    // An invalid clock makes the report insert fail after the committee and projects were written.
    const broken: AppContext = { ...ctx(), now: () => new Date(Number.NaN) };
    await expect(importReport(broken, { document, source: 'broken.txt' })).rejects.toThrow(RangeError);
    expect(await committees.findByName(database().db, 'Rinkeby-Kista stadsdelsnämnd')).toBeUndefined();
    expect(await reports.list(database().db, {})).toHaveLength(before.length);
  });

  it("reports what the rules find, such as an entry naming another committee's counterparty", async () => {
    const document = goldenReport();
    document.projects[0]!.entries[0] = { ...document.projects[0]!.entries[0]!, counterparty: '1710', text: 'Ej fakturerat tom 2014-07-31' };
    const result = await importReport(ctx(), { document, source: 'fel.txt' });
    expect(result.issues.map((i) => `${i.severity}:${i.code}`)).toEqual(['error:counterparty_not_committee', 'warning:entry_date_outside_period']);
  });

  it('refuses a new committee without any entry naming its counterparty number', async () => {
    const document = { ...goldenReport(), committee: 'Spånga-Tensta stadsdelsnämnd', projects: [{ number: 1, name: 'Tomt', entries: [], narrative: null }] };
    const error = await importReport(ctx(), { document, source: 'tom.txt' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain('tom.txt: nämnden ”Spånga-Tensta stadsdelsnämnd” finns inte');
  });

  // 9 000 000 000 000 kr is a safe integer of öre, so it was stored, though the API refuses it: one
  // absurd row would make the project's yearly sum inexact. Every path now meets the same limit.
  it('refuses an entry of 9 000 000 000 000 kr, naming its project and row, and stores nothing', async () => {
    const document = { ...goldenReport(), committee: 'Farsta stadsdelsnämnd' };
    document.projects[0]!.entries[0] = { ...document.projects[0]!.entries[0]!, amountOre: 900_000_000_000_000 };
    const before = await reports.list(database().db, {});

    const error = await importReport(ctx(), { document, source: 'farsta.txt' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: 'farsta.txt: Projekt 1 (Trygghetsskapande åtgärder), rad 1: Beloppet får vara högst 10 000 000 000 kr.',
      details: { field: 'projects.0.entries.0.amountOre' },
    });
    expect(await reports.list(database().db, {})).toHaveLength(before.length);
    expect(await committees.findByName(database().db, 'Farsta stadsdelsnämnd')).toBeUndefined();
  });

  it('refuses the same amount in a file at its line, before anything reaches the database', async () => {
    const text = readFileSync(SEED_PATH, 'utf8').replace('3699 1771 1704 107 000 Ej', '3699 1771 1704 9 000 000 000 000 Ej');

    const error = await readReportFile(new TextEncoder().encode(text), 'stor.txt').catch((e: unknown) => e);

    expect(error).toMatchObject({
      code: 'unreadable_document',
      message: 'stor.txt:20: Projekt 1 kan inte sparas: Beloppet får vara högst 10 000 000 000 kr.',
    });
  });

  it('refuses signed-in users other than controllers and admins', async () => {
    const reporter: AppContext = { ...ctx(), actor: { kind: 'user', id: 1, name: 'R', role: 'reporter', committeeId: 1 } };
    await expect(importReport(reporter, { document: goldenReport(), source: 'x.txt' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('attaches an imported report\'s indicators to the project\'s of the same name, creating them with the year\'s target', async () => {
    const fixture = JSON.parse(readFileSync(new URL('../fixtures/render/with-indicators.json', import.meta.url), 'utf8')) as ReturnType<typeof goldenReport>;
    const document = { ...fixture, committee: 'Farsta stadsdelsnämnd' };
    const result = await importReport(ctx(), { document, source: 'farsta-vb-2014.pdf', round: { year: 2014, kind: 'VB' } });
    expect(result.indicatorsCreated).toEqual([
      'Trygghetsskapande åtgärder: Trygghetsvandringar',
      'Trygghetsskapande åtgärder: Andel boende som känner sig trygga i centrum, enligt stadsdelens trygghetsmätning',
      'Lärandecenter: Deltagare i läxhjälp', 'Lärandecenter: Kursstarter', 'Lärandecenter: Nöjda deltagare',
    ]);
    const db = database().db;
    const stored = await reports.getDocument(db, result.reportId);
    expect(stored.document.projects.map((p) => p.indicators)).toEqual(fixture.projects.map((p) => p.indicators));
    const walks = await db.selectFrom('indicators as i').innerJoin('indicator_targets as t', 't.indicator_id', 'i.id')
      .select(['i.name', 'i.unit', 'i.baseline', 't.year', 't.target']).where('i.name', '=', 'Trygghetsvandringar').execute();
    expect(walks).toEqual([{ name: 'Trygghetsvandringar', unit: 'st', baseline: '4', year: 2014, target: '12' }]);

    // Another report of the year names the same indicator with another target: the project's stays, the report keeps its own.
    const later = {
      ...document, reportType: 'Tertialrapport 2',
      accrualPeriod: { from: '2014-01-01', to: '2014-08-31' },
      projects: [{ ...fixture.projects[0]!, indicators: [{ name: 'Trygghetsvandringar', unit: 'st', target: '15', outcome: '5' }] }],
    };
    const second = await importReport(ctx(), { document: later, source: 'farsta-t2-2014.pdf', round: { year: 2014, kind: 'T2' } });
    expect(second.indicatorsCreated).toEqual([]);
    expect((await reports.getDocument(db, second.reportId)).document.projects[0]?.indicators).toEqual([{ name: 'Trygghetsvandringar', unit: 'st', target: '15', outcome: '5' }]);
    const targets = await db.selectFrom('indicator_targets as t').innerJoin('indicators as i', 'i.id', 't.indicator_id')
      .select('t.target').where('i.name', '=', 'Trygghetsvandringar').execute();
    expect(targets).toEqual([{ target: '12' }]);
  });
});
