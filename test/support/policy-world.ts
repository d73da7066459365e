// The world the refusal table runs in, built through the API as the office would build it: two
// committees with a project each, a T1 round whose report for the first committee went through
// submit and approve, an open T2 round where both committees have drafts with content of their own,
// and a planned round. Only the users are created beside the API (as the command line does).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Database } from '../../src/db/index.js';
import type { Role } from '../../src/domain/roles.js';
import { createUser, signIn, type Client } from './server.js';

/** Who knocks: a visitor, the committee's own users, the other committee's, and the central roles. */
export const ACTORS = ['visitor', 'reporter', 'approver', 'otherReporter', 'otherApprover', 'controller', 'admin', 'reader'] as const;
/** One of the table's columns. */
export type ActorName = (typeof ACTORS)[number];
/** Everyone who signs in. */
export type UserName = Exclude<ActorName, 'visitor'>;

/** How the columns read in a failure message. */
export const ACTOR_LABELS: Record<ActorName, string> = {
  visitor: 'visitor', reporter: 'reporter (own committee)', approver: 'approver (own committee)',
  otherReporter: 'reporter (other committee)', otherApprover: 'approver (other committee)',
  controller: 'controller', admin: 'admin', reader: 'reader',
};

/** A signed-in user of the world. */
export interface WorldUser {
  readonly id: number;
  readonly email: string;
  readonly client: Client;
}

/** One of the own committee's reports, as the table's requests name it. */
export interface ReportRef {
  readonly id: number;
  readonly version: number;
  readonly accrualPeriod: { readonly from: string; readonly to: string };
}

/** What a committee's data looks like from outside: every text and amount that must not leak. */
export interface CommitteeSecrets {
  /** Everything of the committee: its name, project, grant, and all report texts and amounts. */
  readonly all: readonly string[];
  /** What only its draft holds (a reader must never see it). */
  readonly draft: readonly string[];
  readonly name: string;
}

/** The built world: ids for the table's requests, signed-in users, and the secrets to look for. */
export interface World {
  readonly app: FastifyInstance;
  readonly database: Database;
  readonly committeeId: number;
  readonly otherCommitteeId: number;
  readonly programmeId: number;
  /** The own committee's project, with a grant for 2014. */
  readonly project: { readonly id: number; readonly grantOre: number };
  /** The own project's indicator, with its target for 2014. */
  readonly indicator: { readonly id: number; readonly name: string; readonly target: string };
  /** T1 2014 (where the own report is approved), T2 2014 (open, drafts), T1 2015 (planned). */
  readonly rounds: { readonly approved: number; readonly open: number; readonly planned: number };
  /** The own committee's T2 draft and its approved T1 report. */
  readonly reports: { readonly draft: ReportRef; readonly approved: ReportRef };
  readonly users: Readonly<Record<UserName, WorldUser>>;
  /** T1 exported (batch) and reconciled with a difference of one öre, signed by the own committee's approver. */
  readonly finance: { readonly exportBatchId: number; readonly reconciliationId: number };
  /** A notification of the own reporter's (read already). */
  readonly notificationId: number;
  /** The own committee's secrets (the other committee's users must never see them) and the other's. */
  readonly secrets: { readonly own: CommitteeSecrets; readonly other: CommitteeSecrets };
}

const OWN = {
  name: 'Rinkeby-Kista stadsdelsnämnd', counterparty: '1704', project: 'Trygghetsvärdar i Rinkeby', grantOre: 48_700_000,
  indicator: { name: 'Kvällspass med trygghetsvärdar', unit: 'st', baseline: '120', target: '400' },
  approved: { amountOre: 2_718_281, text: 'Godkänd periodisering Rinkeby', title: 'Trygghetsvärdar på kvällstid', paragraph: 'Värdarna gick 412 kvällspass.' },
  draft: { amountOre: 3_141_592, text: 'Utkast ej fakturerat Rinkeby', title: 'Utkast om trygghetsvärdarna', paragraph: 'Hemligt utkaststycke från Rinkeby.' },
} as const;
const OTHER = {
  name: 'Spånga-Tensta stadsdelsnämnd', counterparty: '1713', project: 'Läxhjälp i Tensta', grantOre: 31_300_000,
  draft: { amountOre: 1_618_033, text: 'Utkast ej fakturerat Tensta', title: 'Läxhjälpens utkast', paragraph: 'Hemligt utkaststycke från Tensta.' },
} as const;

/** Fails the set-up with the answer when a step does not give the status it should. */
function expectStatus(res: LightMyRequestResponse, status: number, step: string): LightMyRequestResponse {
  if (res.statusCode !== status) throw new Error(`${step}: väntade ${status}, fick ${res.statusCode} ${res.body}`);
  return res;
}

interface Created { id: number }
interface ReportJson { id: number; version: number; content: { accrualPeriod: { from: string; to: string } }; sections: { id: number }[] }
interface RoundJson { id: number }

/** Builds the world through the API of a started test server. */
export async function buildPolicyWorld(app: FastifyInstance, database: Database): Promise<World> {
  const user = async (role: Role, name: string, committeeId: number | null = null): Promise<WorldUser> => {
    const made = await createUser(database, { role, name, committeeId });
    return { id: made.id, email: made.email, client: await signIn(app, made.email) };
  };
  const admin = await user('admin', 'Ada Admin');
  const controller = await user('controller', 'Conny Controller');
  const reader = await user('reader', 'Lisa Läsare');
  const c = controller.client;

  const committee = async (name: string, counterpartyNumber: string) =>
    (expectStatus(await admin.client.post('/api/committees', { name, counterpartyNumber }), 201, `nämnden ${name}`).json<Created>()).id;
  const committeeId = await committee(OWN.name, OWN.counterparty);
  const otherCommitteeId = await committee(OTHER.name, OTHER.counterparty);
  const programmeId = (expectStatus(
    await c.post('/api/programmes', { name: 'Ytterstadssatsningen', ikb: '1771', defaultAccount: '3699' }), 201, 'satsningen',
  ).json<Created>()).id;
  const project = async (forCommittee: number, name: string, grantOre: number) => (expectStatus(await c.post('/api/projects', {
    committeeId: forCommittee, programmeId, name, number: 1, activeFromYear: 2014, grants: [{ year: 2014, grantOre }],
  }), 201, `projektet ${name}`).json<Created>()).id;
  const projectId = await project(committeeId, OWN.project, OWN.grantOre);
  await project(otherCommitteeId, OTHER.project, OTHER.grantOre);
  const { name: indicatorName, unit, baseline, target } = OWN.indicator;
  const indicatorId = (expectStatus(await c.post(`/api/projects/${projectId}/indicators`, { name: indicatorName, unit, baseline }), 201, 'indikatorn').json<Created>()).id;
  expectStatus(await c.put(`/api/projects/${projectId}/indicators/${indicatorId}/targets/2014`, { target }), 200, 'indikatorns mål');

  const users = {
    admin, controller, reader,
    reporter: await user('reporter', 'Rut Rapportör', committeeId),
    approver: await user('approver', 'Aino Attestant', committeeId),
    otherReporter: await user('reporter', 'Tage Tenstarapportör', otherCommitteeId),
    otherApprover: await user('approver', 'Tove Tenstaattestant', otherCommitteeId),
  };

  const round = async (year: number, kind: string, deadline: string, open: boolean) => {
    const id = (expectStatus(await c.post('/api/rounds', { year, kind, deadline }), 201, `omgången ${kind} ${year}`).json<RoundJson>()).id;
    if (open) expectStatus(await c.post(`/api/rounds/${id}/open`), 200, `öppna ${kind} ${year}`);
    return id;
  };
  /** The committee's report in the round, read by its own reporter, and written with one entry and a narrative. */
  const fill = async (who: Client, roundId: number, content: { amountOre: number; text: string; title: string; paragraph: string }, counterparty: string) => {
    const listed = expectStatus(await who.get(`/api/reports?roundId=${roundId}`), 200, 'listan').json<{ reports: Created[] }>();
    const id = listed.reports[0]?.id;
    if (listed.reports.length !== 1 || id === undefined) throw new Error(`Nämnden ska ha en rapport i omgång ${roundId}: ${JSON.stringify(listed)}`);
    const loaded = expectStatus(await who.get(`/api/reports/${id}`), 200, 'rapporten').json<ReportJson>();
    const saved = expectStatus(await who.put(`/api/reports/${id}`, {
      version: loaded.version,
      accrualPeriod: loaded.content.accrualPeriod,
      sections: loaded.sections.map((s) => ({
        id: s.id,
        entries: [{ account: '3699', ikb: '1771', counterparty, amountOre: content.amountOre, text: content.text }],
        narrative: { title: content.title, paragraphs: [content.paragraph] },
      })),
    }), 200, 'sparandet').json<ReportJson>();
    return saved;
  };
  const ref = (report: ReportJson): ReportRef => ({ id: report.id, version: report.version, accrualPeriod: report.content.accrualPeriod });

  // T1: the own committee's report is written, submitted by its approver and approved by the controller.
  const approvedRound = await round(2014, 'T1', '2014-05-15', true);
  let approved = await fill(users.reporter.client, approvedRound, OWN.approved, OWN.counterparty);
  approved = expectStatus(await users.approver.client.post(`/api/reports/${approved.id}/submit`, { version: approved.version }), 200, 'inskickningen').json<ReportJson>();
  approved = expectStatus(await c.post(`/api/reports/${approved.id}/approve`, { version: approved.version }), 200, 'godkännandet').json<ReportJson>();
  // T2: both committees have drafts with text of their own.
  const openRound = await round(2014, 'T2', '2014-09-15', true);
  const draft = await fill(users.reporter.client, openRound, OWN.draft, OWN.counterparty);
  await fill(users.otherReporter.client, openRound, OTHER.draft, OTHER.counterparty);
  const plannedRound = await round(2015, 'T1', '2015-05-15', false);

  // T1 booked and reconciled: the ledger has the own project one öre short; the committee signed its side.
  const exportBatchId = expectStatus(await c.post('/api/rounds/2014-T1/exports', { again: false }), 201, 'exporten').json<Created>().id;
  const booked = `Motpart;Projekt;Belopp\n${OWN.counterparty};${OWN.counterparty}-01;${((OWN.approved.amountOre - 1) / 100).toFixed(2).replace('.', ',')}\n`;
  const reconciliationId = expectStatus(await c.post('/api/rounds/2014-T1/reconciliations', {
    fileName: 'bokfört.csv', contentBase64: Buffer.from(booked).toString('base64'),
  }), 201, 'avstämningen').json<Created>().id;
  expectStatus(await users.approver.client.post(`/api/reconciliations/${reconciliationId}/signoffs`), 200, 'nämndens signering');

  // Everyone has read what the workflow told them, so marking read changes nothing; the own
  // reporter's newest notification is the one the table asks about.
  for (const u of Object.values(users)) expectStatus(await u.client.post('/api/notifications/read-all'), 200, 'läst');
  const notificationId = expectStatus(await users.reporter.client.get('/api/notifications'), 200, 'aviseringarna')
    .json<{ notifications: { id: number }[] }>().notifications[0]?.id;
  if (notificationId === undefined) throw new Error('The own reporter was told nothing in the world.');

  const draftSecrets = (d: { amountOre: number; text: string; title: string; paragraph: string }) => [String(d.amountOre), d.text, d.title, d.paragraph];
  return {
    app, database, committeeId, otherCommitteeId, programmeId,
    project: { id: projectId, grantOre: OWN.grantOre },
    indicator: { id: indicatorId, name: indicatorName, target },
    rounds: { approved: approvedRound, open: openRound, planned: plannedRound },
    reports: { draft: ref(draft), approved: ref(approved) },
    users,
    finance: { exportBatchId, reconciliationId },
    notificationId,
    secrets: {
      own: {
        name: OWN.name,
        draft: draftSecrets(OWN.draft),
        all: [OWN.name, OWN.project, String(OWN.grantOre), OWN.indicator.name, ...draftSecrets(OWN.approved), ...draftSecrets(OWN.draft)],
      },
      other: {
        name: OTHER.name,
        draft: draftSecrets(OTHER.draft),
        all: [OTHER.name, OTHER.project, String(OTHER.grantOre), ...draftSecrets(OTHER.draft)],
      },
    },
  };
}
