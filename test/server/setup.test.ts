import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, type Database } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { signedIn, startTestServer, type Client } from '../support/server.js';

interface Named { id: number; name: string }

async function auditCount(database: Database): Promise<number> {
  const row = await database.db.selectFrom('audit_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(TEST_DIALECTS)('central set-up routes on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let controller: Client;
  let admin: Client;
  let reader: Client;

  beforeAll(async () => {
    app = await startTestServer(database());
    controller = await signedIn(app, database(), 'controller');
    admin = await signedIn(app, database(), 'admin');
    reader = await signedIn(app, database(), 'reader');
  });
  afterAll(() => app.close());

  describe('committees', () => {
    it('creates, lists, renames and deactivates a committee, with an audit event for each change', async () => {
      const created = await controller.post('/api/committees', { name: '  Farsta stadsdelsnämnd ', counterpartyNumber: '1712' });
      expect(created.statusCode).toBe(201);
      const committee = created.json();
      expect(committee).toEqual({ id: committee.id, name: 'Farsta stadsdelsnämnd', counterpartyNumber: '1712', active: true });

      const listed = await reader.get('/api/committees');
      expect(listed.statusCode).toBe(200);
      expect(listed.json().committees).toContainEqual(committee);

      const renamed = await admin.patch(`/api/committees/${committee.id}`, { name: 'Farsta SDN', active: false });
      expect(renamed.statusCode).toBe(200);
      expect(renamed.json()).toEqual({ ...committee, name: 'Farsta SDN', active: false });
      expect((await controller.patch(`/api/committees/${committee.id}`, {})).json()).toEqual(renamed.json());

      const events = await auditEvents.listForEntity(database().db, 'committee', committee.id);
      expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
        ['committee.created', undefined, committee],
        ['committee.updated', { name: 'Farsta stadsdelsnämnd', active: true }, { name: 'Farsta SDN', active: false }],
      ]);
    });

    it('lists committees in Swedish order, Å, Ä and Ö after Z', async () => {
      for (const name of ['Östermalms stadsdelsnämnd', 'Älvsjö stadsdelsnämnd', 'Zeta nämnd']) {
        expect((await controller.post('/api/committees', { name, counterpartyNumber: '1799' })).statusCode).toBe(201);
      }
      const names: string[] = (await controller.get('/api/committees')).json().committees.map((c: Named) => c.name);
      expect(names.slice(names.indexOf('Zeta nämnd'))).toEqual(['Zeta nämnd', 'Älvsjö stadsdelsnämnd', 'Östermalms stadsdelsnämnd']);
    });

    it('refuses bad fields with a 400 naming the field, a taken name with a 409, and writes nothing', async () => {
      await controller.post('/api/committees', { name: 'Skärholmens stadsdelsnämnd', counterpartyNumber: '1720' });
      const before = await auditCount(database());
      const cases: Array<[unknown, number, string, string]> = [
        [{ name: 'Ny nämnd', counterpartyNumber: '17a0' }, 400, 'counterpartyNumber', 'counterpartyNumber: Nämndens motpartsnummer ska vara fyra siffror.'],
        [{ name: 'Ny nämnd', counterpartyNumber: '17200' }, 400, 'counterpartyNumber', 'counterpartyNumber: Nämndens motpartsnummer ska vara fyra siffror.'],
        [{ name: '   ', counterpartyNumber: '1720' }, 400, 'name', 'name: Nämndens namn får inte vara tomt.'],
        [{ counterpartyNumber: '1720' }, 400, 'name', ''],
        [{ name: 'Skärholmens stadsdelsnämnd', counterpartyNumber: '1720' }, 409, 'name', 'Det finns redan en nämnd som heter ”Skärholmens stadsdelsnämnd”.'],
      ];
      for (const [body, status, field, message] of cases) {
        const res = await controller.post('/api/committees', body);
        expect([res.statusCode, res.json().details?.field]).toEqual([status, field]);
        if (message) expect(res.json().message).toBe(message);
      }
      expect(await auditCount(database())).toBe(before);
    });

    it('answers a missing committee with 404 and a taken name on rename with 409', async () => {
      expect((await controller.patch('/api/committees/987654', { active: false })).statusCode).toBe(404);
      const a = (await controller.post('/api/committees', { name: 'Bromma stadsdelsnämnd', counterpartyNumber: '1701' })).json();
      await controller.post('/api/committees', { name: 'Kungsholmens stadsdelsnämnd', counterpartyNumber: '1708' });
      const res = await controller.patch(`/api/committees/${a.id}`, { name: 'Kungsholmens stadsdelsnämnd' });
      expect([res.statusCode, res.json().code, res.json().details.field]).toEqual([409, 'conflict', 'name']);
      expect((await controller.patch(`/api/committees/${a.id}`, { counterpartyNumber: 'x' })).json().details.field).toBe('counterpartyNumber');
    });
  });

  describe('programmes', () => {
    it('creates, lists and changes a programme, with audit events', async () => {
      const created = await controller.post('/api/programmes', { name: 'Ytterstadssatsningen', ikb: '1771', defaultAccount: '3699' });
      expect(created.statusCode).toBe(201);
      const programme = created.json();
      expect(programme).toEqual({ id: programme.id, name: 'Ytterstadssatsningen', ikb: '1771', defaultAccount: '3699', accruedIncomeAccount: '1790' });
      expect((await reader.get('/api/programmes')).json().programmes).toContainEqual(programme);

      const changed = await admin.patch(`/api/programmes/${programme.id}`, { defaultAccount: '3690' });
      expect(changed.json()).toEqual({ ...programme, defaultAccount: '3690' });
      const events = await auditEvents.listForEntity(database().db, 'programme', programme.id);
      expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
        ['programme.created', undefined, programme],
        ['programme.updated', { defaultAccount: '3699' }, { defaultAccount: '3690' }],
      ]);
    });

    it('refuses bad codes, empty and taken names, naming the field', async () => {
      await controller.post('/api/programmes', { name: 'Järvalyftet', ikb: '1772', defaultAccount: '3699' });
      const cases: Array<[unknown, number, string]> = [
        [{ name: 'Ny', ikb: '177', defaultAccount: '3699' }, 400, 'ikb'],
        [{ name: 'Ny', ikb: '1771', defaultAccount: 'konto' }, 400, 'defaultAccount'],
        [{ name: '', ikb: '1771', defaultAccount: '3699' }, 400, 'name'],
        [{ name: 'Järvalyftet', ikb: '1771', defaultAccount: '3699' }, 409, 'name'],
      ];
      for (const [body, status, field] of cases) {
        const res = await controller.post('/api/programmes', body);
        expect([res.statusCode, res.json().details?.field]).toEqual([status, field]);
      }
      expect((await controller.patch('/api/programmes/987654', { name: 'X' })).statusCode).toBe(404);
    });
  });

  describe('projects', () => {
    let committeeId: number;
    let otherCommitteeId: number;
    let programmeId: number;
    let project: { id: number; committeeId: number; grants: unknown[] };

    beforeAll(async () => {
      committeeId = (await controller.post('/api/committees', { name: 'Hässelby-Vällingby stadsdelsnämnd', counterpartyNumber: '1704' })).json().id;
      otherCommitteeId = (await controller.post('/api/committees', { name: 'Rinkeby-Kista stadsdelsnämnd', counterpartyNumber: '1718' })).json().id;
      programmeId = (await controller.post('/api/programmes', { name: 'Satsning för projekt', ikb: '1771', defaultAccount: '3699' })).json().id;
    });

    it('creates a project with grants per year and lists it', async () => {
      const created = await controller.post('/api/projects', {
        committeeId, programmeId, name: 'Lärandecenter', number: 2, activeFromYear: 2013, activeToYear: 2015,
        grants: [{ year: 2015, grantOre: 0 }, { year: 2014, grantOre: 250_000_000 }],
      });
      expect(created.statusCode).toBe(201);
      project = created.json();
      expect(project).toEqual({
        id: project.id, committeeId, committeeName: 'Hässelby-Vällingby stadsdelsnämnd', programmeId, programmeName: 'Satsning för projekt',
        name: 'Lärandecenter', number: 2, projectCode: '1704-02', activeFromYear: 2013, activeToYear: 2015,
        grants: [{ year: 2014, grantOre: 250_000_000 }, { year: 2015, grantOre: 0 }],
      });
      const listed = await reader.get(`/api/projects?committeeId=${committeeId}`);
      expect(listed.json().projects).toEqual([project]);
      const events = await auditEvents.listForEntity(database().db, 'project', project.id);
      expect(events.map((e) => e.action)).toEqual(['project.created']);
    });

    it('filters by the year a project runs, and orders by committee and number', async () => {
      const make = (name: string, number: number, activeFromYear: number, activeToYear: number | null, committee = committeeId) =>
        controller.post('/api/projects', { committeeId: committee, programmeId, name, number, activeFromYear, activeToYear });
      expect((await make('Trygghetsskapande åtgärder', 1, 2014, null)).statusCode).toBe(201);
      expect((await make('Avslutat projekt', 3, 2010, 2012)).statusCode).toBe(201);
      expect((await make('Framtida projekt', 4, 2016, null)).statusCode).toBe(201);
      expect((await make('Rinkebyprojekt', 1, 2014, 2014, otherCommitteeId)).statusCode).toBe(201);

      const names = async (query: string) => (await controller.get(`/api/projects${query}`)).json().projects.map((p: Named) => p.name);
      expect(await names(`?committeeId=${committeeId}&year=2014`)).toEqual(['Trygghetsskapande åtgärder', 'Lärandecenter']);
      expect(await names(`?committeeId=${committeeId}`)).toEqual(['Trygghetsskapande åtgärder', 'Lärandecenter', 'Avslutat projekt', 'Framtida projekt']);
      expect(await names('?year=2014')).toEqual(['Trygghetsskapande åtgärder', 'Lärandecenter', 'Rinkebyprojekt']);
      expect(await names('?year=2016')).toEqual(['Trygghetsskapande åtgärder', 'Framtida projekt']);
      const bad = await controller.get('/api/projects?year=14');
      expect([bad.statusCode, bad.json().details.field]).toEqual([400, 'year']);
    });

    it("shows a committee user only their own committee's projects", async () => {
      const reporter = await signedIn(app, database(), 'reporter', otherCommitteeId);
      const own = (await reporter.get('/api/projects')).json().projects.map((p: Named) => p.name);
      expect(own).toEqual(['Rinkebyprojekt']);
      expect((await reporter.get(`/api/projects?committeeId=${committeeId}`)).json().projects).toEqual([]);
      expect((await reporter.get(`/api/projects?committeeId=${otherCommitteeId}&year=2014`)).json().projects).toHaveLength(1);
      // Committees and programmes are no secret: every signed-in user reads them.
      expect((await reporter.get('/api/committees')).statusCode).toBe(200);
      expect((await reporter.get('/api/programmes')).statusCode).toBe(200);
    });

    it('refuses bad projects with a 400 or 409 naming the field, and writes nothing', async () => {
      const base = { committeeId, programmeId, name: 'Nytt projekt', number: 9, activeFromYear: 2014, activeToYear: null, grants: [] };
      const before = await auditCount(database());
      const cases: Array<[Record<string, unknown>, number, string]> = [
        [{ name: ' ' }, 400, 'name'],
        [{ number: 0 }, 400, 'number'],
        [{ number: 1.5 }, 400, 'number'],
        [{ activeFromYear: 1999 }, 400, 'activeFromYear'],
        [{ activeToYear: 2013 }, 400, 'activeToYear'],
        [{ grants: [{ year: 2014, grantOre: -1 }] }, 400, 'grants.0.grantOre'],
        [{ grants: [{ year: 2014, grantOre: 10.5 }] }, 400, 'grants.0.grantOre'],
        [{ grants: [{ year: 2014, grantOre: 1 }, { year: 2014, grantOre: 2 }] }, 400, 'grants.1.year'],
        [{ grants: [{ year: 2013, grantOre: 1 }] }, 400, 'grants.0.year'],
        [{ committeeId: 987654 }, 400, 'committeeId'],
        [{ programmeId: 987654 }, 400, 'programmeId'],
        [{ number: 2 }, 409, 'number'],
        [{ name: 'Lärandecenter' }, 409, 'name'],
      ];
      for (const [change, status, field] of cases) {
        const res = await controller.post('/api/projects', { ...base, ...change });
        expect([JSON.stringify(change), res.statusCode, res.json().details?.field]).toEqual([JSON.stringify(change), status, field]);
      }
      const reversed = await controller.post('/api/projects', { ...base, activeFromYear: 2015, activeToYear: 2014 });
      expect(reversed.json().message).toBe('activeToYear: Slutåret (2014) kan inte ligga före startåret (2015).');
      expect(await auditCount(database())).toBe(before);
      const names = (await controller.get(`/api/projects?committeeId=${committeeId}`)).json().projects.map((p: Named) => p.name);
      expect(names).not.toContain('Nytt projekt');
    });

    it('changes a project and records the changed fields only', async () => {
      const res = await controller.patch(`/api/projects/${project.id}`, { name: 'Lärandecentret', activeToYear: null });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ name: 'Lärandecentret', number: 2, activeToYear: null, grants: project.grants });
      const events = await auditEvents.listForEntity(database().db, 'project', project.id);
      expect(events.at(-1)).toMatchObject({
        action: 'project.updated', before: { name: 'Lärandecenter', activeToYear: 2015 }, after: { name: 'Lärandecentret', activeToYear: null },
      });

      const cases: Array<[Record<string, unknown>, number, string]> = [
        [{ number: 1 }, 409, 'number'],
        [{ name: 'Trygghetsskapande åtgärder' }, 409, 'name'],
        [{ activeFromYear: 2020, activeToYear: 2019 }, 400, 'activeToYear'],
        [{ programmeId: 987654 }, 400, 'programmeId'],
        [{ name: '' }, 400, 'name'],
      ];
      for (const [change, status, field] of cases) {
        const refused = await controller.patch(`/api/projects/${project.id}`, change);
        expect([JSON.stringify(change), refused.statusCode, refused.json().details?.field]).toEqual([JSON.stringify(change), status, field]);
      }
      // Keeping its own number is no clash.
      expect((await controller.patch(`/api/projects/${project.id}`, { number: 2 })).statusCode).toBe(200);
      expect((await controller.patch('/api/projects/987654', { name: 'X' })).statusCode).toBe(404);
    });

    it('gives a project its ledger code, lets the controller change it, and refuses a code another project has', async () => {
      const other = (await controller.post('/api/projects', {
        committeeId: otherCommitteeId, programmeId, name: 'Kodprojekt', number: 7, activeFromYear: 2014, projectCode: 'RK-7',
      })).json();
      expect(other.projectCode).toBe('RK-7');
      const changed = await controller.patch(`/api/projects/${project.id}`, { projectCode: '1704-L2' });
      expect([changed.statusCode, changed.json().projectCode]).toEqual([200, '1704-L2']);
      const events = await auditEvents.listForEntity(database().db, 'project', project.id);
      expect(events.at(-1)).toMatchObject({ action: 'project.updated', before: { projectCode: '1704-02' }, after: { projectCode: '1704-L2' } });
      const taken = await controller.patch(`/api/projects/${project.id}`, { projectCode: 'RK-7' });
      expect([taken.statusCode, taken.json().details?.field, taken.json().message])
        .toEqual([409, 'projectCode', 'Projektkoden RK-7 används redan av ”Kodprojekt” (Rinkeby-Kista stadsdelsnämnd).']);
      const bad = await controller.patch(`/api/projects/${project.id}`, { projectCode: 'a b' });
      expect([bad.statusCode, bad.json().details?.field]).toEqual([400, 'projectCode']);
      // A reporter may not change it.
      const reporter = await signedIn(app, database(), 'reporter', committeeId);
      expect((await reporter.patch(`/api/projects/${project.id}`, { projectCode: 'X-1' })).statusCode).toBe(403);
    });

    it('sets a grant for a year, replacing the earlier amount, with before and after in the audit trail', async () => {
      const res = await admin.put(`/api/projects/${project.id}/grants/2014`, { grantOre: 300_000_050 });
      expect(res.statusCode).toBe(200);
      expect(res.json().grants).toEqual([{ year: 2014, grantOre: 300_000_050 }, { year: 2015, grantOre: 0 }]);
      const added = await admin.put(`/api/projects/${project.id}/grants/2016`, { grantOre: 1 });
      expect(added.json().grants).toContainEqual({ year: 2016, grantOre: 1 });
      const events = (await auditEvents.listForEntity(database().db, 'project', project.id)).filter((e) => e.action === 'project.grant_set');
      expect(events.map((e) => [e.before, e.after])).toEqual([
        [{ year: 2014, grantOre: 250_000_000 }, { year: 2014, grantOre: 300_000_050 }],
        [{ year: 2016, grantOre: null }, { year: 2016, grantOre: 1 }],
      ]);

      const cases: Array<[string, unknown, number, string]> = [
        [`/api/projects/${project.id}/grants/2012`, { grantOre: 1 }, 400, 'year'],
        [`/api/projects/${project.id}/grants/14`, { grantOre: 1 }, 400, 'year'],
        [`/api/projects/${project.id}/grants/2014`, { grantOre: -5 }, 400, 'grantOre'],
        [`/api/projects/${project.id}/grants/2014`, { grantOre: 0.5 }, 400, 'grantOre'],
        [`/api/projects/${project.id}/grants/2014`, { grantOre: 2 ** 60 }, 400, 'grantOre'],
        ['/api/projects/987654/grants/2014', { grantOre: 1 }, 404, ''],
      ];
      for (const [url, body, status, field] of cases) {
        const refused = await admin.put(url, body);
        expect([url, refused.statusCode, refused.json().details?.field ?? '']).toEqual([url, status, field]);
      }
    });

    it('refuses every change to roles that may not make it (403), and everything to visitors (401)', async () => {
      const reporter = await signedIn(app, database(), 'reporter', committeeId);
      const approver = await signedIn(app, database(), 'approver', committeeId);
      const writes: Array<['POST' | 'PATCH' | 'PUT', string, object]> = [
        ['POST', '/api/committees', { name: 'X', counterpartyNumber: '1111' }],
        ['PATCH', `/api/committees/${committeeId}`, { active: false }],
        ['POST', '/api/programmes', { name: 'X', ikb: '1111', defaultAccount: '1111' }],
        ['PATCH', `/api/programmes/${programmeId}`, { name: 'X' }],
        ['POST', '/api/projects', { committeeId, programmeId, name: 'X', number: 50, activeFromYear: 2014 }],
        ['PATCH', `/api/projects/${project.id}`, { name: 'X' }],
        ['PUT', `/api/projects/${project.id}/grants/2014`, { grantOre: 1 }],
      ];
      const before = await auditCount(database());
      for (const client of [reporter, approver, reader]) {
        for (const [method, url, payload] of writes) {
          const res = await client.request({ method, url, payload });
          expect([method, url, res.statusCode, res.json().code]).toEqual([method, url, 403, 'forbidden']);
        }
      }
      for (const [method, url, payload] of [...writes, ['GET', '/api/committees'], ['GET', '/api/programmes'], ['GET', '/api/projects']] as const) {
        const res = await app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
        expect([method, url, res.statusCode]).toEqual([method, url, 401]);
      }
      // Even a malformed body from a visitor is a 401, not a 400 about the form.
      expect((await app.inject({ method: 'POST', url: '/api/committees', payload: { name: 1 } })).statusCode).toBe(401);
      expect(await auditCount(database())).toBe(before);
    });
  });

  it('describes the set-up and round routes in OpenAPI, with their field rules', async () => {
    const res = await app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const { paths } = res.json();
    for (const path of ['/api/committees', '/api/committees/{id}', '/api/programmes', '/api/programmes/{id}', '/api/projects',
      '/api/projects/{id}', '/api/projects/{id}/grants/{year}', '/api/rounds', '/api/rounds/{id}/open', '/api/rounds/{id}/close',
      '/api/rounds/{id}/overview']) {
      expect(paths).toHaveProperty([path]);
    }
    const body = paths['/api/committees'].post.requestBody.content['application/json'].schema;
    expect(body.properties.counterpartyNumber.pattern).toBe('^\\d{4}$');
  });
});
