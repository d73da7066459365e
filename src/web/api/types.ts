// The API's JSON as /work/notes/contract.md describes it. Money is integer öre; dates are ISO strings.
import type { ReportState } from '../../domain/workflow.js';
import type { Role } from '../../domain/roles.js';

/** What the signed-in user may do anywhere; the navigation follows it. */
export interface GlobalAbilities {
  readReports: boolean;
  manageSetup: boolean;
  viewRoundOverview: boolean;
  reviewReports: boolean;
  manageUsers: boolean;
}

/** The signed-in user as the session presents them. */
export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  roleName: string;
  committeeId: number | null;
  committeeName: string | null;
}

/** GET/POST /api/session. */
export interface Session {
  user: SessionUser;
  csrfToken: string;
  expiresAt: string;
  abilities: GlobalAbilities;
}

/** A user in the admin's list. */
export interface User extends SessionUser {
  active: boolean;
  createdAt: string;
}

/** A committee (nämnd). */
export interface Committee {
  id: number;
  name: string;
  counterpartyNumber: string;
  active: boolean;
}

/** A programme (satsning). */
export interface Programme {
  id: number;
  name: string;
  ikb: string;
  defaultAccount: string;
}

/** A project's grant for one year. */
export interface Grant {
  year: number;
  grantOre: number;
}

/** A project run by a committee and financed by a programme. */
export interface Project {
  id: number;
  committeeId: number;
  committeeName: string;
  programmeId: number;
  programmeName: string;
  name: string;
  number: number;
  activeFromYear: number;
  activeToYear: number | null;
  grants: Grant[];
}

/** The kinds of round. */
export type RoundKind = 'T1' | 'T2' | 'VB';
/** The states of a round. */
export type RoundState = 'planned' | 'open' | 'closed';

/** A reporting round. */
export interface Round {
  id: number;
  year: number;
  kind: RoundKind;
  kindName: string;
  periodFrom: string;
  periodTo: string;
  deadline: string;
  state: RoundState;
}

/** A committee's status in a round's overview. */
export type OverviewStatus = 'not_started' | ReportState;

/** One committee's line in the round overview. */
export interface OverviewLine {
  committeeId: number;
  committeeName: string;
  reportId: number | null;
  status: OverviewStatus;
  statusName: string;
  late: boolean;
  submittedAt: string | null;
  updatedAt: string | null;
  totalOre: number;
}

/** GET /api/rounds/:id/overview. */
export interface RoundOverview {
  round: Round;
  committees: OverviewLine[];
}

/** One line of the report list. */
export interface ReportSummary {
  id: number;
  committeeId: number;
  committee: string;
  roundId: number | null;
  round: { year: number; kind: RoundKind; kindName: string; deadline: string } | null;
  title: string;
  state: ReportState;
  stateName: string;
  version: number;
  accrualPeriod: { from: string; to: string };
  projectCount: number;
  totalOre: number;
  updatedAt: string;
}

/** An accrual entry as stored. */
export interface Entry {
  account: string;
  ikb: string;
  counterparty: string;
  amountOre: number;
  text: string;
}

/** A project's narrative (delredovisning). */
export interface Narrative {
  title: string;
  paragraphs: string[];
}

/** One project in the report's content. */
export interface ContentProject {
  number: number;
  name: string;
  entries: Entry[];
  narrative: Narrative | null;
}

/** The report's content, in redovisa.report/1. */
export interface ReportContent {
  format: string;
  title: string;
  reportType: string;
  committee: string;
  accrualPeriod: { from: string; to: string };
  projects: ContentProject[];
}

/** A report section: the project behind content.projects[i], with its grant and defaults. */
export interface Section {
  id: number;
  projectId: number | null;
  number: number;
  name: string;
  grantOre: number | null;
  accruedBeforeOre: number;
  defaults: { account: string; ikb: string; counterparty: string };
}

/** The kinds of comment on a report. */
export type CommentKind = 'comment' | 'return_reason' | 'reopen_reason';

/** A comment on a report or one of its sections. */
export interface Comment {
  id: number;
  sectionId: number | null;
  kind: CommentKind;
  body: string;
  authorName: string;
  createdAt: string;
}

/** What the user may do with this report. */
export interface ReportAbilities {
  edit: boolean;
  submit: boolean;
  return: boolean;
  approve: boolean;
  reopen: boolean;
  importFile: boolean;
  viewHistory: boolean;
}

/** GET /api/reports/:id. */
export interface Report {
  id: number;
  state: ReportState;
  stateName: string;
  version: number;
  committeeId: number;
  committee: string;
  round: { id: number; year: number; kind: RoundKind; kindName: string; deadline: string; state: RoundState } | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  submittedBy: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  content: ReportContent;
  sections: Section[];
  comments: Comment[];
  abilities: ReportAbilities;
}

/** PUT /api/reports/:id body. */
export interface SaveReportBody {
  version: number;
  accrualPeriod: { from: string; to: string };
  sections: { id: number; entries: Entry[]; narrative: Narrative | null }[];
}

/** One field that differs between the stored report and the client's base. */
export interface ConflictChange {
  path: string;
  label: string;
  yours: unknown;
  theirs: unknown;
}

/** details of a 409 'conflict' on save. */
export interface ConflictDetails {
  current: Report;
  savedBy: string;
  savedAt: string;
  changes: ConflictChange[];
}

/** One finding of the pre-submit check. */
export interface CheckIssue {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  path: string;
  sectionId: number | null;
}

/** GET /api/reports/:id/check. */
export interface CheckResult {
  issues: CheckIssue[];
  submittable: boolean;
}

/** One change recorded in an audit event. */
export interface HistoryChange {
  path: string;
  label: string;
  before: unknown;
  after: unknown;
}

/** One audit event in a report's history. */
export interface HistoryEvent {
  id: number;
  occurredAt: string;
  actorLabel: string;
  action: string;
  actionName: string;
  ip: string | null;
  reason: string | null;
  changes: HistoryChange[];
}

/** A warning from reading a legacy file. */
export interface ImportWarning {
  code: string;
  message: string;
  line?: number;
}

/** POST /api/reports/:id/import. */
export interface ImportResult {
  report: Report;
  warnings: ImportWarning[];
}
