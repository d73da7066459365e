import type { ReportDocument } from '../../domain/report.js';

/** A download name that is safe in a header on every system: `redovisning-12-hasselby-vallingby-2014-12-31.pdf`. */
export function documentFileName(document: ReportDocument, id: number, extension: string): string {
  const committee = document.committee
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/stadsdelsnamnd$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `redovisning-${id}-${committee || 'namnd'}-${document.accrualPeriod.to}.${extension}`;
}
