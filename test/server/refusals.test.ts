// THE REFUSAL TABLE: every route the server registers, and what it answers each kind of user.
// It is the policy written down once more, by hand, and held against the real server on both
// engines: a route without a row fails the build, and so does a row the server does not keep.
//
// Reports in the table are the own committee's (Rinkeby-Kista): its T2 draft and its approved T1
// report. "Other committee" users (Spånga-Tensta) ask for them by id and must get the same 404 as
// for a report that does not exist, with none of the report's names, texts or amounts. A role
// that may never do a thing gets 403; a visitor gets 401. Every request in the table, refused or
// allowed, leaves the database as it was (allowed changes are sent so that they stop at a
// conflict or change nothing), so the rows can run in any order against one world per engine.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { ACTOR_LABELS, ACTORS, buildPolicyWorld, type ActorName, type UserName, type World } from '../support/policy-world.js';
import { registeredRoutes, splitRoute, type RouteKey } from '../support/routes.js';
import { ssoSettings, startTestProvider, TEST_APP_URL, type TestProvider } from '../support/oidc-provider.js';
import { signIn, startTestServer, TEST_PASSWORD, type Client } from '../support/server.js';
import { storedState } from '../support/stored-state.js';

/** Let through by the policy: the route gives its own answer (see EXERCISES for which). */
const OK = 'ok';
type Outcome = typeof OK | 401 | 403 | 404;
type Outcomes = readonly [
  visitor: Outcome, reporter: Outcome, approver: Outcome, otherReporter: Outcome, otherApprover: Outcome,
  controller: Outcome, admin: Outcome, reader: Outcome,
];
/** Which of the own committee's reports a report route is asked about. */
type Target = 'draft' | 'approved';
interface Rule { readonly route: RouteKey; readonly on: Target | null; readonly outcomes: Outcomes }
const rule = (route: RouteKey, on: Target | null, outcomes: Outcomes): Rule => ({ route, on, outcomes });
/** Not a report route: no report to ask about. */
const __ = null;

// ─── The policy ─────────────────────────────────────────────────────────────────────────────────
//                                                                        own committee         other committee
//    route                                           report     visitor  reporter  approver    reporter  approver    controller  admin  reader
const POLICY: readonly Rule[] = [
  // Signing in, the session, and what needs none.
  rule('POST /api/session',                                 __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /api/session',                                  __, [401,     OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('DELETE /api/session',                               __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  // Signing in through the organisation's provider (configured in this world): the browser's
  // navigations, held to the flow they belong to by its state rather than by a CSRF token.
  rule('GET /api/auth/methods',                             __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /api/auth/oidc/start',                          __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /api/auth/oidc/callback',                       __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /api/openapi.json',                             __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /health',                                       __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /api/metrics',                                  __, [401,     403,      403,        403,      403,        OK,         OK,    403]),
  // A forgotten password and choosing one with a one-time link: anyone, signed in or not; the token
  // that only the address's mailbox received is the authority.
  rule('POST /api/password-resets',                         __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('POST /api/password-link',                           __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('POST /api/password-link/use',                       __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),

  // Reports: the committee writes its own, its approver submits, the controller reviews, the admin
  // reads, readers read approved reports only; another committee's report does not exist for you.
  rule('GET /api/reports',                                  __, [401,     OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /api/reports/:id',                         'draft', [401,     OK,       OK,         404,      404,        OK,         OK,    404]),
  rule('GET /api/reports/:id',                      'approved', [401,     OK,       OK,         404,      404,        OK,         OK,    OK]),
  rule('PUT /api/reports/:id',                         'draft', [401,     OK,       OK,         404,      404,        403,        403,   404]),
  rule('PUT /api/reports/:id',                      'approved', [401,     OK,       OK,         404,      404,        403,        403,   403]),
  rule('GET /api/reports/:id/check',                   'draft', [401,     OK,       OK,         404,      404,        OK,         OK,    404]),
  rule('GET /api/reports/:id/check',                'approved', [401,     OK,       OK,         404,      404,        OK,         OK,    OK]),
  rule('POST /api/reports/:id/submit',                 'draft', [401,     403,      OK,         404,      404,        403,        403,   404]),
  rule('POST /api/reports/:id/submit',              'approved', [401,     403,      OK,         404,      404,        403,        403,   403]),
  rule('POST /api/reports/:id/return',                 'draft', [401,     403,      403,        404,      404,        OK,         403,   404]),
  rule('POST /api/reports/:id/return',              'approved', [401,     403,      403,        404,      404,        OK,         403,   403]),
  rule('POST /api/reports/:id/approve',                'draft', [401,     403,      403,        404,      404,        OK,         403,   404]),
  rule('POST /api/reports/:id/approve',             'approved', [401,     403,      403,        404,      404,        OK,         403,   403]),
  rule('POST /api/reports/:id/reopen',                 'draft', [401,     403,      403,        404,      404,        OK,         403,   404]),
  rule('POST /api/reports/:id/reopen',              'approved', [401,     403,      403,        404,      404,        OK,         403,   403]),
  // The conversation on a report: the committee and the controllers, in any state; readers and admins read.
  rule('POST /api/reports/:id/comments',               'draft', [401,     OK,       OK,         404,      404,        OK,         403,   404]),
  rule('POST /api/reports/:id/comments',            'approved', [401,     OK,       OK,         404,      404,        OK,         403,   403]),
  rule('GET /api/reports/:id/history',                 'draft', [401,     OK,       OK,         404,      404,        OK,         OK,    404]),
  rule('GET /api/reports/:id/history',              'approved', [401,     OK,       OK,         404,      404,        OK,         OK,    403]),
  // An earlier version: what restoring it would change is read like the history; restoring it is a
  // save (the committee's own people, an editable report).
  rule('GET /api/reports/:id/versions/:version',       'draft', [401,     OK,       OK,         404,      404,        OK,         OK,    404]),
  rule('GET /api/reports/:id/versions/:version',    'approved', [401,     OK,       OK,         404,      404,        OK,         OK,    403]),
  rule('POST /api/reports/:id/restore',                'draft', [401,     OK,       OK,         404,      404,        403,        403,   404]),
  rule('POST /api/reports/:id/restore',             'approved', [401,     OK,       OK,         404,      404,        403,        403,   403]),
  rule('POST /api/reports/:id/import',                 'draft', [401,     OK,       OK,         404,      404,        OK,         403,   404]),
  rule('POST /api/reports/:id/import',              'approved', [401,     OK,       OK,         404,      404,        OK,         403,   403]),
  rule('POST /api/reports/:id/import/preview',         'draft', [401,     OK,       OK,         404,      404,        OK,         403,   404]),
  rule('POST /api/reports/:id/import/preview',      'approved', [401,     OK,       OK,         404,      404,        OK,         403,   403]),
  // The committee's previous round beside a report: whoever reads the report (each earlier report only if they may read it).
  rule('GET /api/reports/:id/previous',                'draft', [401,     OK,       OK,         404,      404,        OK,         OK,    404]),
  rule('GET /api/reports/:id/previous',             'approved', [401,     OK,       OK,         404,      404,        OK,         OK,    OK]),
  rule('GET /api/reports/:id/document.:format',        'draft', [401,     OK,       OK,         404,      404,        OK,         OK,    404]),
  rule('GET /api/reports/:id/document.:format',     'approved', [401,     OK,       OK,         404,      404,        OK,         OK,    OK]),

  // Rounds: everyone sees them; controllers and admins plan, open, close and follow them up.
  rule('GET /api/rounds',                                   __, [401,     OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('POST /api/rounds',                                  __, [401,     403,      403,        403,      403,        OK,         OK,    403]),
  rule('POST /api/rounds/:id/open',                         __, [401,     403,      403,        403,      403,        OK,         OK,    403]),
  rule('POST /api/rounds/:id/close',                        __, [401,     403,      403,        403,      403,        OK,         OK,    403]),
  rule('GET /api/rounds/:id/overview',                      __, [401,     403,      403,        403,      403,        OK,         OK,    403]),
  // "Påminn": the central office reminds committees; no committee user (own or other) and no reader may.
  rule('POST /api/rounds/:id/reminders',                    __, [401,     403,      403,        403,      403,        OK,         OK,    403]),

  // Central finance. Figures: everyone signed in, committee users their own committee's only. Booking
  // (SIE) and reconciling: the controller. A reconciliation is read by the central office whole and by
  // a committee for its own lines, signed off by the controller and the committee's approver. The
  // city-wide report and all approved entries: those who read every approved report.
  rule('GET /api/rounds/:id/figures',                    __, [401,     OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /api/rounds/:id/exports',                    __, [401,     403,      403,        403,      403,        OK,         403,   403]),
  rule('POST /api/rounds/:id/exports',                   __, [401,     403,      403,        403,      403,        OK,         403,   403]),
  rule('GET /api/exports/:id/file.se',                      __, [401,     403,      403,        403,      403,        OK,         403,   403]),
  rule('GET /api/rounds/:id/reconciliations',            __, [401,     OK,       OK,         OK,       OK,         OK,         OK,    403]),
  rule('POST /api/rounds/:id/reconciliations',           __, [401,     403,      403,        403,      403,        OK,         403,   403]),
  rule('GET /api/reconciliations/:id',                      __, [401,     OK,       OK,         OK,       OK,         OK,         OK,    403]),
  rule('PUT /api/reconciliations/:id/notes',                __, [401,     403,      403,        403,      403,        OK,         403,   403]),
  rule('POST /api/reconciliations/:id/signoffs',            __, [401,     403,      OK,         403,      OK,         OK,         403,   403]),
  rule('GET /api/reconciliations/:id/document.:format',     __, [401,     OK,       OK,         OK,       OK,         OK,         OK,    403]),
  rule('GET /api/rounds/:id/city-report.:format',        __, [401,     403,      403,        403,      403,        OK,         OK,    OK]),
  rule('GET /api/rounds/:id/overview.:format',           __, [401,     403,      403,        403,      403,        OK,         OK,    403]),
  rule('GET /api/rounds/:id/entries.:format',            __, [401,     403,      403,        403,      403,        OK,         OK,    OK]),

  // Search: everyone signed in, over the reports each may read (committee users their own
  // committee's, readers approved ones; the answers are checked for the other committee's texts).
  rule('GET /api/search',                                   __, [401,     OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  // The year's dashboard: everyone signed in; a committee user sees its own committee only, and asking
  // for another committee's figures is refused.
  rule('GET /api/dashboard',                                __, [401,     OK,       OK,         403,      403,        OK,         OK,    OK]),

  // Notifications: each signed-in user their own; another's is as missing as none. The outbox
  // (everyone's addresses and what they were told): the admin.
  rule('GET /api/notifications',                            __, [401,     OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('POST /api/notifications/:id/read',                  __, [401,     OK,       404,        404,      404,        404,        404,   404]),
  rule('POST /api/notifications/read-all',                  __, [401,     OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /api/session/notification-settings',            __, [401,     OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('PUT /api/session/notification-settings',            __, [401,     OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /api/outbox',                                   __, [401,     403,      403,        403,      403,        403,        OK,    403]),

  // Users: admins only.
  rule('GET /api/users',                                    __, [401,     403,      403,        403,      403,        403,        OK,    403]),
  rule('POST /api/users',                                   __, [401,     403,      403,        403,      403,        403,        OK,    403]),
  rule('PATCH /api/users/:id',                              __, [401,     403,      403,        403,      403,        403,        OK,    403]),
  rule('POST /api/users/:id/invitation',                    __, [401,     403,      403,        403,      403,        403,        OK,    403]),
  // The organisation's name in every document's footer: everyone signed in reads it, the admin sets it.
  rule('GET /api/organisation-name',                        __, [401,     OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('PUT /api/organisation-name',                        __, [401,     403,      403,        403,      403,        403,        OK,    403]),

  // The central set-up: everyone reads it (committee users only their own projects); controllers
  // and admins change it.
  rule('GET /api/committees',                               __, [401,     OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('POST /api/committees',                              __, [401,     403,      403,        403,      403,        OK,         OK,    403]),
  rule('PATCH /api/committees/:id',                         __, [401,     403,      403,        403,      403,        OK,         OK,    403]),
  rule('GET /api/programmes',                               __, [401,     OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('POST /api/programmes',                              __, [401,     403,      403,        403,      403,        OK,         OK,    403]),
  rule('PATCH /api/programmes/:id',                         __, [401,     403,      403,        403,      403,        OK,         OK,    403]),
  rule('GET /api/projects',                                 __, [401,     OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('POST /api/projects',                                __, [401,     403,      403,        403,      403,        OK,         OK,    403]),
  rule('PATCH /api/projects/:id',                           __, [401,     403,      403,        403,      403,        OK,         OK,    403]),
  rule('PUT /api/projects/:id/grants/:year',                __, [401,     403,      403,        403,      403,        OK,         OK,    403]),

  // The public record (on in this world): approved reports, their figures and open data for anyone,
  // without signing in; the admin switches it. Off, every page of it answers 404 (a test below).
  rule('GET /api/public-site',                              __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('PUT /api/public-site',                              __, [401,     403,      403,        403,      403,        403,        OK,    403]),
  rule('GET /offentligt',                                   __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /offentligt/redovisningar',                     __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /offentligt/redovisningar/:id',                 __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /offentligt/redovisningar/:id/dokument.:format', __, [OK,     OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /offentligt/omgangar/:round',                   __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /offentligt/sok',                               __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /oppna-data/',                                  __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  rule('GET /oppna-data/:round.:format',                    __, [OK,      OK,       OK,         OK,       OK,         OK,         OK,    OK]),
  // A project's indicators: read with the project (another committee's project does not exist for
  // you); controllers and admins manage them and their targets.
  rule('GET /api/projects/:id/indicators',                  __, [401,     OK,       OK,         404,      404,        OK,         OK,    OK]),
  rule('POST /api/projects/:id/indicators',                 __, [401,     403,      403,        403,      403,        OK,         OK,    403]),
  rule('PATCH /api/projects/:id/indicators/:indicatorId',   __, [401,     403,      403,        403,      403,        OK,         OK,    403]),
  rule('PUT /api/projects/:id/indicators/:indicatorId/targets/:year', __, [401, 403,  403,        403,      403,        OK,         OK,    403]),
];

// ─── How each route is asked ────────────────────────────────────────────────────────────────────

/** One request to a route: its parameters, query and body, and the status it gives when the policy lets it through. */
interface Exercise {
  readonly params?: Readonly<Record<string, string | number>>;
  readonly query?: string;
  readonly payload?: object;
  readonly allowed: number;
}
type Exerciser = (w: World, on: Target | null, actor: ActorName) => Exercise;

// A version no report here reaches: an allowed transition or import gets past the policy and stops
// at the version check (409), having written nothing. The workflow's own tests make them succeed.
const STALE = 1_000;
const report = (w: World, on: Target | null) => {
  if (on === null) throw new Error('A report route needs a report to ask about.');
  return w.reports[on];
};
const aboutReport = (allowed: number, payload?: object): Exerciser => (w, on) => ({ params: { id: report(w, on).id }, allowed, ...(payload ? { payload } : {}) });
const REASON = 'Komplettera med underlag.';

const EXERCISES: Readonly<Record<RouteKey, Exerciser>> = {
  // The visitor signs in as the reader; everyone else as themself.
  'POST /api/session': (w, _on, actor) => ({ payload: { email: w.users[actor === 'visitor' ? 'reader' : actor].email, password: TEST_PASSWORD }, allowed: 200 }),
  'GET /api/session': () => ({ allowed: 200 }),
  'DELETE /api/session': () => ({ allowed: 204 }),
  'GET /api/auth/methods': () => ({ allowed: 200 }),
  // Off to the provider (303); back from it without a state, which no flow can match (400, a Swedish page).
  'GET /api/auth/oidc/start': () => ({ allowed: 303 }),
  'GET /api/auth/oidc/callback': () => ({ query: 'code=en-kod', allowed: 400 }),
  'GET /api/openapi.json': () => ({ allowed: 200 }),
  'GET /health': () => ({ allowed: 200 }),
  'GET /api/metrics': () => ({ allowed: 200 }),
  // An address nobody has: the same 202 as for one that exists, and nothing written. A link no one
  // was sent: 404, nothing written.
  'POST /api/password-resets': (_w, _on, actor) => ({ payload: { email: `${actor}.finns.inte@example.se` }, allowed: 202 }),
  'POST /api/password-link': () => ({ payload: { token: 'x'.repeat(43) }, allowed: 404 }),
  'POST /api/password-link/use': () => ({ payload: { token: 'x'.repeat(43), password: 'korrekt häst batteri häftklammer' }, allowed: 404 }),

  'GET /api/reports': () => ({ allowed: 200 }),
  'GET /api/reports/:id': aboutReport(200),
  // The stored period and no sections: a save that changes nothing is answered 200 and writes nothing;
  // an approved report is not editable (409).
  'PUT /api/reports/:id': (w, on) => {
    const { id, version, accrualPeriod } = report(w, on);
    return { params: { id }, payload: { version, accrualPeriod, sections: [] }, allowed: on === 'draft' ? 200 : 409 };
  },
  'GET /api/reports/:id/check': aboutReport(200),
  'POST /api/reports/:id/submit': aboutReport(409, { version: STALE }),
  'POST /api/reports/:id/return': aboutReport(409, { version: STALE, reason: REASON }),
  'POST /api/reports/:id/approve': aboutReport(409, { version: STALE }),
  'POST /api/reports/:id/reopen': aboutReport(409, { version: STALE, reason: REASON }),
  // An empty comment: let through by the policy, refused as empty, nothing written.
  'POST /api/reports/:id/comments': aboutReport(400, { body: '   ' }),
  'GET /api/reports/:id/history': aboutReport(200),
  // The version the report was created with: what restoring it would change (nothing written).
  'GET /api/reports/:id/versions/:version': (w, on) => ({ params: { id: report(w, on).id, version: 1 }, allowed: 200 }),
  // From a version no report reaches (409, nothing written); an approved report is not editable (409).
  'POST /api/reports/:id/restore': aboutReport(409, { version: STALE, restoreVersion: 1 }),
  'POST /api/reports/:id/import': aboutReport(409, { version: STALE, fileName: 'rapport.txt', contentBase64: Buffer.from('Rapport\n').toString('base64') }),
  // Read, never stored: a file that is no report is refused (422); an approved report takes no file (409).
  'POST /api/reports/:id/import/preview': (w, on) => ({
    params: { id: report(w, on).id }, payload: { fileName: 'rapport.txt', contentBase64: Buffer.from('Rapport\n').toString('base64') },
    allowed: on === 'draft' ? 422 : 409,
  }),
  'GET /api/reports/:id/previous': aboutReport(200),
  'GET /api/reports/:id/document.:format': (w, on) => ({ params: { id: report(w, on).id, format: 'html' }, allowed: 200 }),

  'GET /api/rounds': () => ({ allowed: 200 }),
  // T1 2014 exists already (409); the T2 round is open already (409); the planned round cannot be closed (409).
  'POST /api/rounds': () => ({ payload: { year: 2014, kind: 'T1', deadline: '2014-05-15' }, allowed: 409 }),
  'POST /api/rounds/:id/open': (w) => ({ params: { id: w.rounds.open }, allowed: 409 }),
  'POST /api/rounds/:id/close': (w) => ({ params: { id: w.rounds.planned }, allowed: 409 }),
  'GET /api/rounds/:id/overview': (w) => ({ params: { id: w.rounds.open }, allowed: 200 }),
  // The planned round is not open: nothing to remind of (409, nothing written).
  'POST /api/rounds/:id/reminders': (w) => ({ params: { id: w.rounds.planned }, payload: { message: 'Påminnelse: skicka in redovisningen.' }, allowed: 409 }),

  'GET /api/rounds/:id/figures': () => ({ params: { id: '2014-T1' }, allowed: 200 }),
  'GET /api/rounds/:id/exports': () => ({ params: { id: '2014-T1' }, allowed: 200 }),
  // T1's approved report is in batch 1 already (409, nothing written).
  'POST /api/rounds/:id/exports': () => ({ params: { id: '2014-T1' }, payload: { again: false }, allowed: 409 }),
  'GET /api/exports/:id/file.se': (w) => ({ params: { id: w.finance.exportBatchId }, allowed: 200 }),
  'GET /api/rounds/:id/reconciliations': () => ({ params: { id: '2014-T1' }, allowed: 200 }),
  // A booked file without the required columns is unreadable (422, nothing stored).
  'POST /api/rounds/:id/reconciliations': () => ({
    params: { id: '2014-T1' }, payload: { fileName: 'bokfört.csv', contentBase64: Buffer.from('Datum;Text\n2014-04-30;x\n').toString('base64') }, allowed: 422,
  }),
  'GET /api/reconciliations/:id': (w) => ({ params: { id: w.finance.reconciliationId }, allowed: 200 }),
  // A line that does not exist (400, nothing written).
  'PUT /api/reconciliations/:id/notes': (w) => ({
    params: { id: w.finance.reconciliationId }, payload: { counterparty: '9999', project: '9999-99', resolution: 'explained', body: 'x' }, allowed: 400,
  }),
  // The own approver signed in the world (409); the other committee has no lines in it (400); the
  // controller may not sign while a difference is unexplained (409).
  'POST /api/reconciliations/:id/signoffs': (w, _on, actor) => ({
    params: { id: w.finance.reconciliationId }, allowed: actor === 'otherApprover' ? 400 : 409,
  }),
  'GET /api/reconciliations/:id/document.:format': (w) => ({ params: { id: w.finance.reconciliationId, format: 'csv' }, allowed: 200 }),
  'GET /api/rounds/:id/city-report.:format': () => ({ params: { id: '2014-T1', format: 'xlsx' }, allowed: 200 }),
  'GET /api/rounds/:id/overview.:format': () => ({ params: { id: '2014-T2', format: 'csv' }, allowed: 200 }),
  'GET /api/rounds/:id/entries.:format': () => ({ params: { id: '2014-T1', format: 'csv' }, allowed: 200 }),

  // A word in both committees' drafts and in the own approved report: each sees only what it may read.
  'GET /api/search': () => ({ query: 'q=utkaststycke%20hemligt', allowed: 200 }),
  // Asked for the own committee's figures.
  'GET /api/dashboard': (w) => ({ query: `year=2014&committee=${w.committeeId}`, allowed: 200 }),

  // The own reporter's notification, read already: marking it again, or all, changes nothing.
  'GET /api/notifications': () => ({ allowed: 200 }),
  'POST /api/notifications/:id/read': (w) => ({ params: { id: w.notificationId }, allowed: 200 }),
  'POST /api/notifications/read-all': () => ({ allowed: 200 }),
  'GET /api/session/notification-settings': () => ({ allowed: 200 }),
  // No change asked for: nothing written.
  'PUT /api/session/notification-settings': () => ({ payload: { settings: [] }, allowed: 200 }),
  'GET /api/outbox': () => ({ allowed: 200 }),

  'GET /api/users': () => ({ allowed: 200 }),
  // An address in use (409); an empty change (200, nothing written).
  'POST /api/users': (w) => ({ payload: { email: w.users.reader.email, name: 'Ny Läsare', role: 'reader', password: 'ett tillräckligt långt lösenord' }, allowed: 409 }),
  'PATCH /api/users/:id': (w) => ({ params: { id: w.users.reader.id }, payload: {}, allowed: 200 }),
  // A user who does not exist (404, nothing written); test/server/password-links.test.ts sends real ones.
  'POST /api/users/:id/invitation': () => ({ params: { id: MISSING_ID }, allowed: 404 }),
  'GET /api/organisation-name': () => ({ allowed: 200 }),
  // A name of blanks only: let through by the policy, refused as empty, nothing written.
  'PUT /api/organisation-name': () => ({ payload: { name: '   ' }, allowed: 400 }),

  // Names and numbers in use (409); empty changes and the grant it already has (200, nothing written).
  'GET /api/committees': () => ({ allowed: 200 }),
  'POST /api/committees': (w) => ({ payload: { name: w.secrets.own.name, counterpartyNumber: '1704' }, allowed: 409 }),
  'PATCH /api/committees/:id': (w) => ({ params: { id: w.committeeId }, payload: {}, allowed: 200 }),
  'GET /api/programmes': () => ({ allowed: 200 }),
  'POST /api/programmes': () => ({ payload: { name: 'Ytterstadssatsningen', ikb: '1771', defaultAccount: '3699' }, allowed: 409 }),
  'PATCH /api/programmes/:id': (w) => ({ params: { id: w.programmeId }, payload: {}, allowed: 200 }),
  // Asked for the own committee's projects: the other committee's users get an empty list.
  'GET /api/projects': (w) => ({ query: `committeeId=${w.committeeId}`, allowed: 200 }),
  'POST /api/projects': (w) => ({
    payload: { committeeId: w.committeeId, programmeId: w.programmeId, name: 'Ett annat projekt', number: 1, activeFromYear: 2014 }, allowed: 409,
  }),
  'PATCH /api/projects/:id': (w) => ({ params: { id: w.project.id }, payload: {}, allowed: 200 }),
  'PUT /api/projects/:id/grants/:year': (w) => ({ params: { id: w.project.id, year: 2014 }, payload: { grantOre: w.project.grantOre }, allowed: 200 }),

  // The public record: the approved T1 report and its round. Switching to what it is already writes nothing.
  'GET /api/public-site': () => ({ allowed: 200 }),
  'PUT /api/public-site': () => ({ payload: { enabled: false }, allowed: 200 }),
  'GET /offentligt': () => ({ allowed: 200 }),
  'GET /offentligt/redovisningar': () => ({ allowed: 200 }),
  'GET /offentligt/redovisningar/:id': (w) => ({ params: { id: w.reports.approved.id }, allowed: 200 }),
  'GET /offentligt/redovisningar/:id/dokument.:format': (w) => ({ params: { id: w.reports.approved.id, format: 'html' }, allowed: 200 }),
  'GET /offentligt/omgangar/:round': () => ({ params: { round: '2014-T1' }, allowed: 200 }),
  // A word of the approved report and of both committees' drafts: only the approved one may answer.
  'GET /offentligt/sok': () => ({ query: 'q=Rinkeby', allowed: 200 }),
  'GET /oppna-data/': () => ({ allowed: 200 }),
  'GET /oppna-data/:round.:format': () => ({ params: { round: '2014-T1', format: 'csv' }, allowed: 200 }),
  // A name in use (409); empty changes and the target it already has (200, nothing written).
  'GET /api/projects/:id/indicators': (w) => ({ params: { id: w.project.id }, allowed: 200 }),
  'POST /api/projects/:id/indicators': (w) => ({ params: { id: w.project.id }, payload: { name: w.indicator.name, unit: 'st' }, allowed: 409 }),
  'PATCH /api/projects/:id/indicators/:indicatorId': (w) => ({ params: { id: w.project.id, indicatorId: w.indicator.id }, payload: {}, allowed: 200 }),
  'PUT /api/projects/:id/indicators/:indicatorId/targets/:year': (w) => ({
    params: { id: w.project.id, indicatorId: w.indicator.id, year: 2014 }, payload: { target: w.indicator.target }, allowed: 200,
  }),
};

// ─── Refused before the request is read ─────────────────────────────────────────────────────────
// A role that may never change a resource learns nothing about its form: asked with an address and
// a body that no one may send, it gets its 403 before any 400 describes what it did wrong. Those the
// policy lets through get the 400, which shows that each request here is really invalid.
type InvalidRequest = Omit<Exercise, 'allowed'>;
const INVALID_REQUESTS: Readonly<Partial<Record<RouteKey, InvalidRequest>>> = {
  'POST /api/rounds': { payload: { year: 'nästa år', kind: 'T4', deadline: 15 } },
  'POST /api/rounds/:id/open': { params: { id: 'abc' } },
  'POST /api/rounds/:id/close': { params: { id: 'abc' } },
  'POST /api/rounds/:id/reminders': { params: { id: 'abc' }, payload: { committeeId: 'Kista', message: 5 } },
  'POST /api/rounds/:id/exports': { params: { id: 'x'.repeat(30) }, payload: { again: 'ja' } },
  'POST /api/rounds/:id/reconciliations': { params: { id: '2014-T1' }, payload: { fileName: 7, contentBase64: 'inte base64!' } },
  'PUT /api/reconciliations/:id/notes': { params: { id: 'abc' }, payload: { resolution: 'glömd' } },
  'POST /api/users': { payload: { email: 5, name: null, role: 'kung', password: 1 } },
  'PATCH /api/users/:id': { params: { id: 'abc' }, payload: { active: 'ja' } },
  'POST /api/users/:id/invitation': { params: { id: 'abc' } },
  'POST /api/committees': { payload: { name: ['Kista'], counterpartyNumber: 1718 } },
  'PATCH /api/committees/:id': { params: { id: 'abc' }, payload: { active: 'ja' } },
  'POST /api/programmes': { payload: { name: 1, ikb: false } },
  'PATCH /api/programmes/:id': { params: { id: 'abc' }, payload: { ikb: false } },
  'POST /api/projects': { payload: { committeeId: 'Kista', number: -1 } },
  'PATCH /api/projects/:id': { params: { id: 'abc' }, payload: { number: 'ett' } },
  'PUT /api/projects/:id/grants/:year': { params: { id: 'abc', year: 'i år' }, payload: { grantOre: 1.5 } },
  'PUT /api/public-site': { payload: { enabled: 'ja' } },
  'PUT /api/organisation-name': { payload: { name: 5 } },
  'PUT /api/session/notification-settings': { payload: { settings: [{ kind: 'allt', email: 'ja' }] } },
  'POST /api/projects/:id/indicators': { params: { id: 'abc' }, payload: { name: '', unit: 5, baseline: '12,5' } },
  'PATCH /api/projects/:id/indicators/:indicatorId': { params: { id: 'abc', indicatorId: 'x' }, payload: { active: 'ja' } },
  'PUT /api/projects/:id/indicators/:indicatorId/targets/:year': { params: { id: 'abc', indicatorId: 'x', year: 'i år' }, payload: { target: 12.5 } },
};
// Report routes are refused by the report's committee and state (404 for another committee's), and a
// sign-off by the reconciliation's committees, a notification by its recipient: none can be decided
// before the address is read. Marking all one's own notifications read is refused to no one signed in.
const DECIDED_BY_THE_RESOURCE = new Set<RouteKey>(['POST /api/reconciliations/:id/signoffs', 'POST /api/notifications/:id/read', 'POST /api/notifications/read-all']);

/** How the route is asked; a row without one is a mistake in this file. */
function exerciseOf(route: RouteKey): Exerciser {
  const exerciser = EXERCISES[route];
  if (!exerciser) throw new Error(`${route} has a row in POLICY but no entry in EXERCISES.`);
  return exerciser;
}

// Both end the session they arrive with, so each asks with a session of its own.
const OWN_SESSION = new Set<RouteKey>(['POST /api/session', 'DELETE /api/session']);
// Signing in records a 'user.signed_in' event: the one allowed request in the table that writes.
const WRITES_WHEN_ALLOWED = new Set<RouteKey>(['POST /api/session']);
// Asked without a session and answered anyway; everything else under /api answers a visitor 401
// before it looks at the address or the body. Signing out is public so that it can clear a stale cookie.
const PUBLIC = new Set<RouteKey>([
  'POST /api/session', 'DELETE /api/session', 'GET /api/openapi.json', 'GET /health', 'GET /api/public-site',
  'GET /api/auth/methods', 'GET /api/auth/oidc/start', 'GET /api/auth/oidc/callback',
  'POST /api/password-resets', 'POST /api/password-link', 'POST /api/password-link/use',
]);
/** The public record's own pages, documents and open data (everything outside /api but the health check). */
const isPublicRecord = (route: RouteKey) => !splitRoute(route)[1].startsWith('/api/') && route !== 'GET /health';
const PUBLIC_ON = { forced: true, rateLimitPerMinute: 1_000_000, cacheCheckMs: 0 };

/** An answer's body without its request id, which every answer has its own of. */
const withoutId = (body: string) => body.replace(/,"requestId":"[^"]*"/, '');

/** The outcome the table declares for the actor on the route. */
function outcomeOf(route: RouteKey, on: Target | null, actor: ActorName): Outcome | undefined {
  return POLICY.find((r) => r.route === route && r.on === on)?.outcomes[ACTORS.indexOf(actor)];
}

// The UI builds its navigation and buttons from abilities the server reports (DESIGN.md §2: it
// shows only what the server would allow); each ability answers for one route of the table.
const SESSION_ABILITIES = {
  readReports: ['GET /api/reports', null],
  manageSetup: ['POST /api/committees', null],
  viewRoundOverview: ['GET /api/rounds/:id/overview', null],
  reviewReports: ['POST /api/reports/:id/approve', 'draft'],
  manageUsers: ['GET /api/users', null],
  exportLedger: ['POST /api/rounds/:id/exports', null],
  reconcile: ['POST /api/rounds/:id/reconciliations', null],
  readReconciliation: ['GET /api/rounds/:id/reconciliations', null],
  readCityReport: ['GET /api/rounds/:id/city-report.:format', null],
  readOutbox: ['GET /api/outbox', null],
} as const satisfies Record<string, readonly [RouteKey, Target | null]>;
const REPORT_ABILITIES = {
  edit: 'PUT /api/reports/:id', submit: 'POST /api/reports/:id/submit', return: 'POST /api/reports/:id/return',
  approve: 'POST /api/reports/:id/approve', reopen: 'POST /api/reports/:id/reopen', importFile: 'POST /api/reports/:id/import',
  viewHistory: 'GET /api/reports/:id/history', comment: 'POST /api/reports/:id/comments',
} as const satisfies Record<string, RouteKey>;

const CODES = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' } as const;
// The largest id a route accepts: a report that certainly does not exist.
const MISSING_ID = 2_147_483_647;

describe.each(TEST_DIALECTS)('who is refused what, on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let w: World;
  let provider: TestProvider;

  beforeAll(async () => {
    provider = await startTestProvider(TEST_APP_URL);
    const app = await startTestServer(database(), { publicSite: PUBLIC_ON, signIn: ssoSettings(provider) });
    w = await buildPolicyWorld(app, database());
  });
  afterAll(async () => {
    await w?.app.close();
    await provider?.close();
  });

  const urlOf = (route: RouteKey, exercise: Exercise) => {
    const [, path] = splitRoute(route);
    const filled = path.replace(/:(\w+)/g, (_, name: string) => {
      const value = exercise.params?.[name];
      if (value === undefined) throw new Error(`${route}: no value for :${name}.`);
      return encodeURIComponent(String(value));
    });
    return exercise.query ? `${filled}?${exercise.query}` : filled;
  };
  const send = (client: Client | null, options: InjectOptions): Promise<LightMyRequestResponse> =>
    client ? client.request(options) : w.app.inject(options);
  const clientOf = async (actor: ActorName, route: RouteKey): Promise<Client | null> => {
    if (actor === 'visitor') return null;
    return OWN_SESSION.has(route) ? signIn(w.app, w.users[actor].email) : w.users[actor].client;
  };
  const codeOf = (res: LightMyRequestResponse): unknown => {
    try {
      return res.json<{ code?: unknown }>().code;
    } catch {
      return undefined;
    }
  };

  /** What the actor must never read in an answer the policy let through. */
  const hiddenFrom = (actor: ActorName, route: RouteKey): readonly string[] => {
    const { own, other } = w.secrets;
    const hidden = {
      visitor: [...own.all, ...other.all],
      reporter: other.all, approver: other.all,
      otherReporter: own.all, otherApprover: own.all,
      controller: [], admin: [],
      reader: [...own.draft, ...other.draft],
    }[actor];
    // The public record shows approved reports and the set-up to anyone; never a draft.
    if (isPublicRecord(route) || route === 'GET /api/public-site') return [...own.draft, ...other.draft];
    // Committees are no secret: everyone picks them in forms, and their list shows them all.
    return route === 'GET /api/committees' ? hidden.filter((s) => s !== own.name && s !== other.name) : hidden;
  };
  const leaks = (res: LightMyRequestResponse, hidden: readonly string[]) => hidden.filter((secret) => res.body.includes(secret));

  /** Asks the route as the actor and says everything that differs from the rule; empty when it keeps it. */
  async function problemsOf(rule: Rule, actor: ActorName): Promise<string[]> {
    const expected = rule.outcomes[ACTORS.indexOf(actor)]!;
    const exercise = exerciseOf(rule.route)(w, rule.on, actor);
    const [method] = splitRoute(rule.route);
    const url = urlOf(rule.route, exercise);
    const client = await clientOf(actor, rule.route);
    const options: InjectOptions = { method, url, ...(exercise.payload === undefined ? {} : { payload: exercise.payload }) };

    const before = await storedState(w.database);
    const res = await send(client, options);
    const after = await storedState(w.database);

    const who = `${ACTOR_LABELS[actor]}: ${method} ${url}`;
    const got = `${res.statusCode} ${res.body.slice(0, 300)}`;
    const problems: string[] = [];
    if (expected === OK) {
      if (res.statusCode !== exercise.allowed) problems.push(`${who}: should be let through (${exercise.allowed}), got ${got}`);
    } else if (res.statusCode !== expected || codeOf(res) !== CODES[expected]) {
      problems.push(`${who}: should be refused ${expected} ${CODES[expected]}, got ${got}`);
    }
    if (after !== before && (expected !== OK || !WRITES_WHEN_ALLOWED.has(rule.route))) problems.push(`${who}: wrote to the database`);

    const { own, other } = w.secrets;
    const shown = leaks(res, expected === OK ? hiddenFrom(actor, rule.route) : [...own.all, ...other.all]);
    if (shown.length > 0) problems.push(`${who}: answer shows ${JSON.stringify(shown)}`);

    // A report that is not yours answers exactly as one that does not exist: nothing says it is there.
    if (expected === 404 && exercise.params?.id !== undefined) {
      const id = String(exercise.params.id);
      const missing = await send(client, { ...options, url: urlOf(rule.route, { ...exercise, params: { ...exercise.params, id: MISSING_ID } }) });
      // Every answer has its own request id; apart from it, the two must be the same to the byte.
      const same = `${missing.statusCode} ${withoutId(missing.body).replaceAll(String(MISSING_ID), id)}`;
      if (same !== `${res.statusCode} ${withoutId(res.body)}`) problems.push(`${who}: answers unlike a missing report (${missing.statusCode} ${missing.body})`);
    }
    return problems;
  }

  it('declares a policy for every route the server registers, and none for a route it does not', () => {
    const declared = [...new Set(POLICY.map((r) => r.route))].sort();
    expect(declared).toEqual(registeredRoutes(w.app));
    // A report route is asked about a draft and about an approved report, anything else about neither.
    for (const route of declared) {
      const targets = POLICY.filter((r) => r.route === route).map((r) => r.on);
      expect([route, targets]).toEqual([route, route.includes('/api/reports/:id') ? ['draft', 'approved'] : [null]]);
    }
  });

  for (const r of POLICY) {
    it(`keeps the policy of ${r.route}${r.on ? ` on the own committee's ${r.on === 'draft' ? 'draft' : 'approved report'}` : ''}`, async () => {
      const problems: string[] = [];
      for (const actor of ACTORS) problems.push(...(await problemsOf(r, actor)));
      expect(problems).toEqual([]);
    });
  }

  it('answers 404 for every page of the public record to everyone while it is off, as for an address that does not exist', async () => {
    const off = await startTestServer(database(), { publicSite: { ...PUBLIC_ON, forced: false } });
    const problems: string[] = [];
    try {
      for (const route of registeredRoutes(off).filter(isPublicRecord)) {
        const r = POLICY.find((p) => p.route === route);
        if (!r) continue; // the completeness test names it
        for (const actor of ACTORS) {
          const exercise = exerciseOf(route)(w, r.on, actor);
          const headers = actor === 'visitor' ? {} : { cookie: w.users[actor].client.cookie };
          const res = await off.inject({ method: 'GET', url: urlOf(route, exercise), headers });
          const missing = await off.inject({ method: 'GET', url: '/offentligt-finns-inte', headers });
          if (res.statusCode !== 404 || codeOf(res) !== 'not_found' || withoutId(res.body) !== withoutId(missing.body)) problems.push(`${ACTOR_LABELS[actor]}: ${route}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        }
      }
    } finally {
      await off.close();
    }
    expect(problems).toEqual([]);
  });

  it('refuses signing in with a password to everyone when local accounts are off (LOCAL_ACCOUNTS=off): 403, nothing written', async () => {
    const off = await startTestServer(database(), { signIn: ssoSettings(provider, { localAccounts: false }) });
    const problems: string[] = [];
    try {
      for (const actor of ACTORS) {
        const exercise = exerciseOf('POST /api/session')(w, null, actor);
        const before = await storedState(w.database);
        const res = await off.inject({ method: 'POST', url: '/api/session', payload: exercise.payload ?? {} });
        if (res.statusCode !== 403 || codeOf(res) !== 'forbidden' || res.headers['set-cookie'] !== undefined) problems.push(`${ACTOR_LABELS[actor]}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        if ((await storedState(w.database)) !== before) problems.push(`${ACTOR_LABELS[actor]}: wrote to the database`);
      }
    } finally {
      await off.close();
    }
    expect(problems).toEqual([]);
  });

  it('reports abilities that match the table: the UI never offers what the server refuses', async () => {
    const problems: string[] = [];
    for (const actor of ACTORS) {
      if (actor === 'visitor') continue;
      const { client } = w.users[actor];
      // The session's abilities say exactly who may use the route.
      const session = (await client.get('/api/session')).json<{ abilities: Record<string, boolean> }>().abilities;
      for (const [ability, [route, on]] of Object.entries(SESSION_ABILITIES)) {
        if (session[ability] !== (outcomeOf(route, on, actor) === OK)) problems.push(`${ACTOR_LABELS[actor]}: session ability ${ability} is ${session[ability]}, the table says ${outcomeOf(route, on, actor)} for ${route}`);
      }
      // A report's abilities also depend on its state, so they may withhold what the policy lets
      // through (submitting an approved report), but never offer what it refuses.
      for (const on of ['draft', 'approved'] as const) {
        if (outcomeOf('GET /api/reports/:id', on, actor) !== OK) continue;
        const abilities = (await client.get(`/api/reports/${w.reports[on].id}`)).json<{ abilities: Record<string, boolean> }>().abilities;
        expect(Object.keys(abilities).sort()).toEqual(Object.keys(REPORT_ABILITIES).sort());
        for (const [ability, route] of Object.entries(REPORT_ABILITIES)) {
          const outcome = outcomeOf(route, on, actor);
          const offered = abilities[ability] === true;
          // Reading the history does not depend on the state: there the ability and the table agree both ways.
          if (offered ? outcome !== OK : ability === 'viewHistory' && outcome === OK) {
            problems.push(`${ACTOR_LABELS[actor]}: ${ability} on the ${on} is ${offered}, the table says ${outcome} for ${route}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses every changing request without the session’s CSRF token (403) and writes nothing', async () => {
    const problems: string[] = [];
    for (const route of registeredRoutes(w.app)) {
      const [method] = splitRoute(route);
      if (method === 'GET' || method === 'HEAD' || route === 'POST /api/session') continue;
      // Asked by someone the policy lets through, so the refusal can only be the token's.
      const r = POLICY.find((p) => p.route === route && p.on !== 'approved');
      const actor = ACTORS.find((a): a is UserName => a !== 'visitor' && r?.outcomes[ACTORS.indexOf(a)] === OK);
      if (!r || !actor) {
        problems.push(`${route}: nobody signed in may use it, so the CSRF check cannot be shown`);
        continue;
      }
      const exercise = exerciseOf(route)(w, r.on, actor);
      const client = await clientOf(actor, route);
      if (!client) continue;
      const url = urlOf(route, exercise);
      const tokens: Array<[string, Record<string, string>]> = [
        ['no token', {}],
        ["another session's token", { 'x-csrf-token': w.users.reader.client.csrfToken }],
      ];
      for (const [how, header] of tokens) {
        const before = await storedState(w.database);
        const res = await w.app.inject({
          method, url, headers: { cookie: client.cookie, ...header }, ...(exercise.payload === undefined ? {} : { payload: exercise.payload }),
        });
        const field: unknown = codeOf(res) === 'forbidden' ? res.json<{ details?: { field?: unknown } }>().details?.field : undefined;
        if (res.statusCode !== 403 || field !== 'x-csrf-token') problems.push(`${ACTOR_LABELS[actor]}: ${method} ${url} with ${how}: ${res.statusCode} ${res.body}`);
        if ((await storedState(w.database)) !== before) problems.push(`${ACTOR_LABELS[actor]}: ${method} ${url} with ${how} wrote to the database`);
      }
      // A refused sign-out leaves the session as it was.
      if (route === 'DELETE /api/session' && (await client.get('/api/session')).statusCode !== 200) problems.push('a refused sign-out ended the session');
    }
    expect(problems).toEqual([]);
  });

  it('answers a visitor 401 on every /api route but signing in and out and the API description, whatever the address and body', async () => {
    const problems: string[] = [];
    for (const route of registeredRoutes(w.app)) {
      const [method, path] = splitRoute(route);
      if (PUBLIC.has(route) || !path.startsWith('/api/')) continue;
      const r = POLICY.find((p) => p.route === route);
      if (!r) continue; // the completeness test names it
      const exercise = exerciseOf(route)(w, r.on, 'visitor');
      const malformed = { ...exercise, params: Object.fromEntries(Object.keys(exercise.params ?? {}).map((name) => [name, 'abc'])) };
      const variants: Array<[string, InjectOptions]> = [
        ['a valid request', { method, url: urlOf(route, exercise), ...(exercise.payload ? { payload: exercise.payload } : {}) }],
        ['a malformed address', { method, url: urlOf(route, malformed), ...(exercise.payload ? { payload: exercise.payload } : {}) }],
        ['a forged session cookie', { method, url: urlOf(route, malformed), headers: { cookie: 'redovisa_session=forged' } }],
      ];
      if (method === 'GET') variants.push(['a malformed query', { method, url: `${urlOf(route, exercise)}${exercise.query ? '&' : '?'}roundId=x&committeeId=x&year=x&state=x` }]);
      else variants.push(['an empty body', { method, url: urlOf(route, exercise), payload: {} }], ['a body that is not an object', { method, url: urlOf(route, exercise), payload: '"x"', headers: { 'content-type': 'application/json' } }]);
      for (const [how, options] of variants) {
        const before = await storedState(w.database);
        const res = await w.app.inject(options);
        const what = `${route} with ${how} (${options.method} ${options.url})`;
        if (res.statusCode !== 401 || codeOf(res) !== 'unauthenticated') {
          problems.push(`${what}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        }
        if ((await storedState(w.database)) !== before) problems.push(`${what}: wrote to the database`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses a role that may never change a resource with 403 before it reads the request, however invalid', async () => {
    const problems: string[] = [];
    for (const route of registeredRoutes(w.app)) {
      const [method, path] = splitRoute(route);
      if (method === 'GET' || method === 'HEAD' || PUBLIC.has(route) || path.startsWith('/api/reports/') || DECIDED_BY_THE_RESOURCE.has(route)) continue;
      const invalid = INVALID_REQUESTS[route];
      const r = POLICY.find((p) => p.route === route);
      if (!invalid || !r) {
        problems.push(`${route}: changes something, but INVALID_REQUESTS has no invalid request for it`);
        continue;
      }
      for (const actor of ACTORS) {
        if (actor === 'visitor') continue;
        const outcome = r.outcomes[ACTORS.indexOf(actor)];
        const expected = outcome === OK ? 400 : outcome;
        const url = urlOf(route, { ...invalid, allowed: 400 });
        const before = await storedState(w.database);
        const res = await w.users[actor].client.request({ method, url, ...(invalid.payload === undefined ? {} : { payload: invalid.payload }) });
        const code = expected === 400 ? 'invalid_input' : expected === undefined ? undefined : CODES[expected];
        if (res.statusCode !== expected || codeOf(res) !== code) problems.push(`${ACTOR_LABELS[actor]}: ${method} ${url}: should be ${expected}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
        if ((await storedState(w.database)) !== before) problems.push(`${ACTOR_LABELS[actor]}: ${method} ${url} wrote to the database`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps the other committee's users away from a draft by any address: 404 as for no report, and nothing of it in their lists or a reader's", async () => {
    const { id } = w.reports.draft;
    const addresses = [
      `/api/reports/${id}`, `/api/reports/0${id}`, `/api/reports/${id}?committeeId=${w.otherCommitteeId}`, `/api/%72eports/${id}`,
      `/api/reports/${id}/check`, `/api/reports/${id}/history`, `/api/reports/${id}/versions/1`,
      ...['html', 'pdf', 'docx'].map((format) => `/api/reports/${id}/document.${format}`),
    ];
    const problems: string[] = [];
    const own = w.secrets.own.all;
    for (const url of addresses) {
      const mine = await w.users.reporter.client.get(url);
      if (mine.statusCode !== 200) problems.push(`own reporter: GET ${url} should be 200, got ${mine.statusCode}`);
      const missing = await w.users.otherApprover.client.get(url.replace(`/0${id}`, `/${MISSING_ID}`).replace(`/${id}`, `/${MISSING_ID}`));
      for (const actor of ['otherReporter', 'otherApprover'] as const) {
        for (const method of ['GET', 'HEAD'] as const) {
          const res = await w.users[actor].client.request({ method, url });
          const same = method === 'HEAD' || withoutId(res.body) === withoutId(missing.body).replaceAll(String(MISSING_ID), String(id));
          if (res.statusCode !== 404 || !same) problems.push(`${ACTOR_LABELS[actor]}: ${method} ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
          const shown = leaks(res, own);
          if (shown.length > 0) problems.push(`${ACTOR_LABELS[actor]}: ${method} ${url} shows ${JSON.stringify(shown)}`);
        }
      }
    }
    const lists = [
      '/api/reports', `/api/reports?roundId=${w.rounds.open}`, '/api/reports?state=draft', `/api/reports?roundId=${w.rounds.approved}&state=approved`,
      `/api/projects?committeeId=${w.committeeId}`, '/api/projects?year=2014', '/api/rounds', `/api/rounds/${w.rounds.open}/overview`,
      '/api/dashboard?year=2014', '/api/dashboard?year=2015',
    ];
    // Readers neither: however they filter, a draft is not in their lists.
    const looking = [['otherReporter', own], ['otherApprover', own], ['reader', w.secrets.own.draft]] as const;
    for (const url of lists) {
      for (const [actor, hidden] of looking) {
        const res = await w.users[actor].client.get(url);
        const shown = leaks(res, hidden);
        const listed = url.startsWith('/api/reports') && res.json<{ reports: { id: number }[] }>().reports.some((report) => report.id === id);
        if (shown.length > 0 || listed) problems.push(`${ACTOR_LABELS[actor]}: GET ${url} shows ${JSON.stringify(shown)} ${res.body.slice(0, 200)}`);
      }
    }
    // The lists are not empty by accident: the own committee's users do find their draft in them.
    const ownList = await w.users.reporter.client.get(`/api/reports?roundId=${w.rounds.open}`);
    expect(ownList.json<{ reports: { id: number }[] }>().reports.map((r) => r.id)).toEqual([id]);
    expect(problems).toEqual([]);
  });
});

// docs/security.md carries this table as an access matrix; this test keeps the two the same.
// After changing the table: UPDATE_DOCS=1 npx vitest run test/server/refusals.test.ts -t security.md
describe('docs/security.md', () => {
  it('holds the access matrix exactly as the refusal table states it', () => {
    const cell = (o: Outcome) => (o === OK ? 'ok' : String(o));
    const head = ['route', 'report', ...ACTORS.map((a) => ACTOR_LABELS[a])];
    const rows = POLICY.map((r) => [`\`${r.route}\``, r.on === null ? '' : r.on === 'draft' ? 'draft' : 'approved', ...r.outcomes.map(cell)]);
    const table = [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
    const file = path.join(repoRoot, 'docs/security.md');
    const text = readFileSync(file, 'utf8');
    const [start, end] = ['<!-- access-matrix:start -->\n', '\n<!-- access-matrix:end -->'];
    const before = text.slice(0, text.indexOf(start) + start.length);
    const after = text.slice(text.indexOf(end));
    if (process.env.UPDATE_DOCS === '1') writeFileSync(file, `${before}${table}${after}`);
    expect(text.slice(before.length, text.indexOf(end))).toBe(table);
  });
});
