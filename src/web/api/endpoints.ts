// One typed function per API call of the contract (src/contract); pages call these, never fetch directly.
import { del, get, patch, post, put } from './client.js';
import type {
  CommentInput,
  Indicator, IndicatorChanges, IndicatorInput, IndicatorList, TargetChange,
  BookedFileInput, ExportBatch, ExportBatchList, ExportInput, Reconciliation, ReconciliationList, ReconciliationNoteInput, RoundFigures,
  CheckResult, Committee, CommitteeChanges, CommitteeInput, CommitteeList, GrantChange, History, ImportFileInput, ImportResult,
  ImportPreview, ImportPreviewInput, PreviousRound,
  Programme, ProgrammeChanges, ProgrammeInput, ProgrammeList, Project, ProjectChanges, ProjectInput, ProjectList, ReasonInput, Report,
  ReminderInput, ReminderResult, ReportList, RestoreVersionInput, ReturnReportInput, Round, RoundInput, RoundList, RoundOverview, SaveReportInput, SearchResult, Session, SignedOut, SignInInput, SignInMethods, User, UserChanges,
  UserInput, UserList, VersionInput, VersionPreview, PublicSite, OrganisationName, YearDashboard,
  NotificationList, NotificationSettingsAnswer, NotificationSettingsInput, Outbox, UnreadCount, PasswordLink, PasswordResetAnswer,
} from './types.js';

const q = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** Sessions. */
export const sessionApi = {
  /** Who is signed in, or null for a visitor (asked with ?optional=1, so a visitor is no 401). */
  current: async (): Promise<Session | null> => (await get<Session | undefined>('/api/session?optional=1', { quiet401: true })) ?? null,
  signIn: (email: string, password: string) => post<Session>('/api/session', { email, password } satisfies SignInInput, { quiet401: true }),
  /** Ends the session; a session from the organisation's sign-in answers where to end that one too. */
  signOut: () => del<SignedOut | undefined>('/api/session'),
  /** How people may sign in here: password, the organisation's sign-in, or both. */
  methods: () => get<SignInMethods>('/api/auth/methods'),
};

/** A forgotten password, and choosing a password with a one-time link: the token goes in the body only. */
export const passwordLinksApi = {
  requestReset: (email: string) => post<PasswordResetAnswer>('/api/password-resets', { email }),
  read: (token: string) => post<PasswordLink>('/api/password-link', { token }),
  use: (token: string, password: string) => post<void>('/api/password-link/use', { token, password }),
};

/** Reports and their workflow. */
export const reportsApi = {
  list: (filter: { roundId?: number; state?: string } = {}) => get<ReportList>(`/api/reports${q(filter)}`),
  get: (id: number) => get<Report>(`/api/reports/${id}`),
  save: (id: number, body: SaveReportInput) => put<Report>(`/api/reports/${id}`, body),
  check: (id: number) => get<CheckResult>(`/api/reports/${id}/check`),
  submit: (id: number, version: number) => post<Report>(`/api/reports/${id}/submit`, { version } satisfies VersionInput),
  approve: (id: number, version: number) => post<Report>(`/api/reports/${id}/approve`, { version } satisfies VersionInput),
  return: (id: number, body: ReturnReportInput) => post<Report>(`/api/reports/${id}/return`, body),
  reopen: (id: number, version: number, reason: string) => post<Report>(`/api/reports/${id}/reopen`, { version, reason } satisfies ReasonInput),
  comment: (id: number, body: CommentInput) => post<Report>(`/api/reports/${id}/comments`, body),
  history: (id: number) => get<History>(`/api/reports/${id}/history`),
  version: (id: number, version: number) => get<VersionPreview>(`/api/reports/${id}/versions/${version}`),
  restore: (id: number, body: RestoreVersionInput) => post<Report>(`/api/reports/${id}/restore`, body),
  /** Reads a file for the draft and tells what it would replace; stores nothing. */
  previewImport: (id: number, body: ImportPreviewInput) => post<ImportPreview>(`/api/reports/${id}/import/preview`, body),
  import: (id: number, body: ImportFileInput) => post<ImportResult>(`/api/reports/${id}/import`, body),
  /** Each project's figures and text in the committee's previous round. */
  previous: (id: number) => get<PreviousRound>(`/api/reports/${id}/previous`),
  documentUrl: (id: number, format: 'pdf' | 'docx' | 'html') => `/api/reports/${id}/document.${format}`,
};

/** Rounds. */
export const roundsApi = {
  list: () => get<RoundList>('/api/rounds'),
  create: (body: RoundInput) => post<Round>('/api/rounds', body),
  open: (id: number) => post<Round>(`/api/rounds/${id}/open`),
  close: (id: number) => post<Round>(`/api/rounds/${id}/close`),
  overview: (id: number) => get<RoundOverview>(`/api/rounds/${id}/overview`),
  remind: (id: number, body: ReminderInput) => post<ReminderResult>(`/api/rounds/${id}/reminders`, body),
};

/** Central finance of a round, named by its code (`2014-VB`). */
export const financeApi = {
  figures: (round: string) => get<RoundFigures>(`/api/rounds/${encodeURIComponent(round)}/figures`),
  exports: (round: string) => get<ExportBatchList>(`/api/rounds/${encodeURIComponent(round)}/exports`),
  exportSie: (round: string, body: ExportInput) => post<ExportBatch>(`/api/rounds/${encodeURIComponent(round)}/exports`, body),
  exportFileUrl: (batchId: number) => `/api/exports/${batchId}/file.se`,
  reconciliations: (round: string) => get<ReconciliationList>(`/api/rounds/${encodeURIComponent(round)}/reconciliations`),
  reconcile: (round: string, body: BookedFileInput) => post<Reconciliation>(`/api/rounds/${encodeURIComponent(round)}/reconciliations`, body),
  reconciliation: (id: number) => get<Reconciliation>(`/api/reconciliations/${id}`),
  annotate: (id: number, body: ReconciliationNoteInput) => put<Reconciliation>(`/api/reconciliations/${id}/notes`, body),
  signOff: (id: number) => post<Reconciliation>(`/api/reconciliations/${id}/signoffs`),
  reconciliationUrl: (id: number, format: 'pdf' | 'xlsx' | 'csv') => `/api/reconciliations/${id}/document.${format}`,
  cityReportUrl: (round: string, format: 'pdf' | 'docx' | 'xlsx') => `/api/rounds/${encodeURIComponent(round)}/city-report.${format}`,
  entriesUrl: (round: string, format: 'csv' | 'xlsx') => `/api/rounds/${encodeURIComponent(round)}/entries.${format}`,
  overviewUrl: (round: string, format: 'csv' | 'xlsx') => `/api/rounds/${encodeURIComponent(round)}/overview.${format}`,
};

/** The central set-up: committees, programmes, projects. */
export const setupApi = {
  committees: () => get<CommitteeList>('/api/committees'),
  createCommittee: (body: CommitteeInput) => post<Committee>('/api/committees', body),
  updateCommittee: (id: number, body: CommitteeChanges) => patch<Committee>(`/api/committees/${id}`, body),
  programmes: () => get<ProgrammeList>('/api/programmes'),
  createProgramme: (body: ProgrammeInput) => post<Programme>('/api/programmes', body),
  updateProgramme: (id: number, body: ProgrammeChanges) => patch<Programme>(`/api/programmes/${id}`, body),
  projects: (filter: { committeeId?: number; year?: number } = {}) => get<ProjectList>(`/api/projects${q(filter)}`),
  createProject: (body: ProjectInput) => post<Project>('/api/projects', body),
  updateProject: (id: number, body: ProjectChanges) => patch<Project>(`/api/projects/${id}`, body),
  setGrant: (id: number, year: number, grantOre: number) => put<Project>(`/api/projects/${id}/grants/${year}`, { grantOre } satisfies GrantChange),
  indicators: (projectId: number) => get<IndicatorList>(`/api/projects/${projectId}/indicators`),
  createIndicator: (projectId: number, body: IndicatorInput) => post<Indicator>(`/api/projects/${projectId}/indicators`, body),
  updateIndicator: (projectId: number, id: number, body: IndicatorChanges) => patch<Indicator>(`/api/projects/${projectId}/indicators/${id}`, body),
  setIndicatorTarget: (projectId: number, id: number, year: number, target: string | null) =>
    put<Indicator>(`/api/projects/${projectId}/indicators/${id}/targets/${year}`, { target } satisfies TargetChange),
};

/** Full-text search over the reports the user may read. */
export const searchApi = {
  search: (query: { q: string; committee?: string; round?: string; year?: string; programme?: string }) => get<SearchResult>(`/api/search${q(query)}`),
};

/** Users (admin). */
export const usersApi = {
  list: () => get<UserList>('/api/users'),
  create: (body: UserInput) => post<User>('/api/users', body),
  update: (id: number, body: UserChanges) => patch<User>(`/api/users/${id}`, body),
  invite: (id: number) => post<User>(`/api/users/${id}/invitation`),
};

/** The public record's switch: anyone may ask, the admin sets it. */
export const publicSiteApi = {
  get: () => get<PublicSite>('/api/public-site'),
  set: (enabled: boolean) => put<PublicSite>('/api/public-site', { enabled }),
  /** Where the public pages start (server-rendered, outside the app). */
  url: '/offentligt',
};

/** The organisation's name in every document's footer: everyone signed in may ask, the admin sets it. */
export const organisationNameApi = {
  get: () => get<OrganisationName>('/api/organisation-name'),
  set: (name: string) => put<OrganisationName>('/api/organisation-name', { name }),
};

/** The OpenAPI description, for the API page. */
export const openApi = () => get<unknown>('/api/openapi.json');

/** The year's dashboard: every committee the user may see, or one. */
export const dashboardApi = {
  year: (year: number, committeeId?: number) => get<YearDashboard>(`/api/dashboard${q({ year, committee: committeeId })}`),
};

/** The signed-in user's notifications and settings, and the admin's outbox. */
export const notificationsApi = {
  list: () => get<NotificationList>('/api/notifications'),
  markRead: (id: number) => post<UnreadCount>(`/api/notifications/${id}/read`),
  markAllRead: () => post<UnreadCount>('/api/notifications/read-all'),
  settings: () => get<NotificationSettingsAnswer>('/api/session/notification-settings'),
  saveSettings: (body: NotificationSettingsInput) => put<NotificationSettingsAnswer>('/api/session/notification-settings', body),
  outbox: () => get<Outbox>('/api/outbox'),
};
