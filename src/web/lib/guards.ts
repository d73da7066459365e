import type { Report } from '../api/types.js';

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for something shaped like a report from GET /api/reports/:id (as a 409 carries it). */
export function isReport(value: unknown): value is Report {
  return isRecord(value) && typeof value.id === 'number' && typeof value.version === 'number'
    && Array.isArray(value.sections) && isRecord(value.content) && Array.isArray(value.content.projects);
}
