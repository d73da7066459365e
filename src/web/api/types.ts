// The API's JSON, as the contract (src/contract) declares it: the server encodes its answers with the
// same zod schemas these types are inferred from, so the two cannot drift apart. Money is integer
// öre; dates are ISO strings.
export type { ErrorBody } from '../../contract/common.js';
export type { Committee, CommitteeChanges, CommitteeInput, CommitteeList } from '../../contract/committees.js';
export type { Programme, ProgrammeChanges, ProgrammeInput, ProgrammeList } from '../../contract/programmes.js';
export type { Grant, GrantChange, Project, ProjectChanges, ProjectInput, ProjectList } from '../../contract/projects.js';
export type { Indicator, IndicatorChanges, IndicatorInput, IndicatorList, TargetChange } from '../../contract/indicators.js';
export type {
  CheckIssue, CheckResult, Comment, ConflictDetails, Entry, FieldChange, History, HistoryEntry, ImportFileInput, ImportResult, ImportWarning, Narrative,
  FilePlace, ImportPreview, ImportPreviewInput, IncomingProject, PreviousRound, ProjectFigures,
  CommentInput, ReasonInput, Report, ReportAbilities, ReportIndicator, ReportList, ReportSummary, ReturnReportInput, RestoreVersionInput, SaveReportInput, Section, VersionInput, VersionPreview,
} from '../../contract/reports.js';
export type {
  OverviewLine, OverviewStatus, ReminderInput, ReminderResult, Round, RoundInput, RoundKind, RoundList, RoundOverview, RoundState,
} from '../../contract/rounds.js';
export type {
  BookedFileInput, ExportBatch, ExportBatchList, ExportInput, Reconciliation, ReconciliationList, ReconciliationNoteInput, RoundFigures,
} from '../../contract/finance.js';
export type { SearchHit, SearchResult } from '../../contract/search.js';
export type { GlobalAbilities, Session, SessionUser, SignedOut, SignInInput, SignInMethods } from '../../contract/session.js';
export type { User, UserChanges, UserInput, UserList } from '../../contract/users.js';
export type { PasswordLink, PasswordResetAnswer } from '../../contract/password-links.js';
export type { PublicSite } from '../../contract/public.js';
export type { OrganisationName } from '../../contract/organisation-name.js';
export type { YearDashboard } from '../../contract/dashboards.js';
export type { Notification, NotificationList, NotificationSettingsAnswer, NotificationSettingsInput, Outbox, OutboxMessage, UnreadCount } from '../../contract/notifications.js';
