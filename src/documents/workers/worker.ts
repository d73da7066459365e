// The worker side of the document pool: reads a legacy file or renders a report off the server's
// event loop. Errors cross the thread boundary as plain data (a structured clone keeps no class), and
// the pool turns them back into the AppError or ImportError they were.
import { AppError } from '../../domain/errors.js';
import type { ReportDocument } from '../../domain/report.js';
import { ImportError } from '../import/errors.js';
import type { ReportPlaces } from '../import/parse-text.js';
import { readReportSource } from '../import/read-file.js';
import type { DocumentFormat } from '../render/formats.js';
import { renderDocument } from '../render/render-document.js';
import type { DocumentFrame } from '../wording.js';

export type Task =
  | { kind: 'read'; bytes: Uint8Array; fileName: string }
  | { kind: 'render'; document: ReportDocument; frame: DocumentFrame; format: DocumentFormat };

export type ThrownData =
  | { kind: 'import'; fileName: string; line: number | undefined; page: number | undefined; reason: string }
  | { kind: 'app'; code: AppError['code']; message: string; details: Record<string, unknown> };

export type Outcome =
  | { ok: true; document: ReportDocument; places: ReportPlaces }
  | { ok: true; bytes: Uint8Array; mediaType: string }
  | { ok: false; error: ThrownData };

export default async function run(task: Task): Promise<Outcome> {
  try {
    if (task.kind === 'read') {
      const { report, places } = await readReportSource(task.bytes, task.fileName);
      return { ok: true, document: report, places };
    }
    const { bytes, mediaType } = await renderDocument(task.document, task.frame, task.format);
    return { ok: true, bytes, mediaType };
  } catch (error) {
    if (error instanceof ImportError) {
      return { ok: false, error: { kind: 'import', fileName: error.fileName, line: error.line, page: error.page, reason: error.reason } };
    }
    if (error instanceof AppError) return { ok: false, error: { kind: 'app', code: error.code, message: error.message, details: error.details } };
    throw error;
  }
}
