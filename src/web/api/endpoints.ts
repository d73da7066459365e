// One typed function per API call of the contract; pages call these, never fetch directly.
import { del, get, patch, post, put } from './client.js';
import type {
  CheckResult, Committee, HistoryEvent, ImportResult, Programme, Project, Report, ReportSummary, Round, RoundKind,
  RoundOverview, SaveReportBody, Session, User,
} from './types.js';
import type { Role } from '../../domain/roles.js';

const q = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** Sessions. */
export const sessionApi = {
  current: () => get<Session>('/api/session', { quiet401: true }),
  signIn: (email: string, password: string) => post<Session>('/api/session', { email, password }, { quiet401: true }),
  signOut: () => del<void>('/api/session'),
};

/** Reports and their workflow. */
export const reportsApi = {
  list: (filter: { roundId?: number; state?: string } = {}) => get<{ reports: ReportSummary[] }>(`/api/reports${q(filter)}`),
  get: (id: number) => get<Report>(`/api/reports/${id}`),
  save: (id: number, body: SaveReportBody) => put<Report>(`/api/reports/${id}`, body),
  check: (id: number) => get<CheckResult>(`/api/reports/${id}/check`),
  submit: (id: number, version: number) => post<Report>(`/api/reports/${id}/submit`, { version }),
  approve: (id: number, version: number) => post<Report>(`/api/reports/${id}/approve`, { version }),
  return: (id: number, body: { version: number; reason: string; sectionReasons?: { sectionId: number; reason: string }[] }) =>
    post<Report>(`/api/reports/${id}/return`, body),
  reopen: (id: number, version: number, reason: string) => post<Report>(`/api/reports/${id}/reopen`, { version, reason }),
  history: (id: number) => get<{ events: HistoryEvent[] }>(`/api/reports/${id}/history`),
  import: (id: number, body: { version: number; fileName: string; contentBase64: string }) =>
    post<ImportResult>(`/api/reports/${id}/import`, body),
  documentUrl: (id: number, format: 'pdf' | 'docx' | 'html') => `/api/reports/${id}/document.${format}`,
};

/** Rounds. */
export const roundsApi = {
  list: () => get<{ rounds: Round[] }>('/api/rounds'),
  create: (body: { year: number; kind: RoundKind; deadline: string }) => post<Round>('/api/rounds', body),
  open: (id: number) => post<Round>(`/api/rounds/${id}/open`),
  close: (id: number) => post<Round>(`/api/rounds/${id}/close`),
  overview: (id: number) => get<RoundOverview>(`/api/rounds/${id}/overview`),
};

/** Fields a committee can be created or edited with. */
export interface CommitteeInput { name: string; counterpartyNumber: string; active?: boolean }
/** Fields a programme can be created or edited with. */
export interface ProgrammeInput { name: string; ikb: string; defaultAccount: string }
/** Fields a project can be created with. */
export interface ProjectInput {
  committeeId: number; programmeId: number; name: string; number: number;
  activeFromYear: number; activeToYear: number | null; grants: { year: number; grantOre: number }[];
}
/** Fields a user can be created with. */
export interface UserInput { email: string; name: string; role: Role; committeeId: number | null; password: string }
/** Fields an admin can change on a user. */
export interface UserPatch { name?: string; role?: Role; committeeId?: number | null; active?: boolean; password?: string }

/** The central set-up: committees, programmes, projects. */
export const setupApi = {
  committees: () => get<{ committees: Committee[] }>('/api/committees'),
  createCommittee: (body: CommitteeInput) => post<Committee>('/api/committees', body),
  updateCommittee: (id: number, body: Partial<CommitteeInput>) => patch<Committee>(`/api/committees/${id}`, body),
  programmes: () => get<{ programmes: Programme[] }>('/api/programmes'),
  createProgramme: (body: ProgrammeInput) => post<Programme>('/api/programmes', body),
  updateProgramme: (id: number, body: Partial<ProgrammeInput>) => patch<Programme>(`/api/programmes/${id}`, body),
  projects: (filter: { committeeId?: number; year?: number } = {}) => get<{ projects: Project[] }>(`/api/projects${q(filter)}`),
  createProject: (body: ProjectInput) => post<Project>('/api/projects', body),
  updateProject: (id: number, body: Partial<Omit<ProjectInput, 'committeeId' | 'grants'>>) => patch<Project>(`/api/projects/${id}`, body),
  setGrant: (id: number, year: number, grantOre: number) => put<Project>(`/api/projects/${id}/grants/${year}`, { grantOre }),
};

/** Users (admin). */
export const usersApi = {
  list: () => get<{ users: User[] }>('/api/users'),
  create: (body: UserInput) => post<User>('/api/users', body),
  update: (id: number, body: UserPatch) => patch<User>(`/api/users/${id}`, body),
};

/** The OpenAPI description, for the API page. */
export const openApi = () => get<unknown>('/api/openapi.json');
