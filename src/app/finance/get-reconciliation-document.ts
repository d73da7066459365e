import { toCsv, type Column } from '../../documents/export/spreadsheet.js';
import { STATUS_NAMES, type ReconciliationInput, type ReconciliationMeta } from '../../documents/render/reconciliation-document.js';
import type { ReconciliationLine } from '../../domain/reconciliation.js';
import type { AppContext } from '../context.js';
import { organisationName } from '../organisation.js';
import { getReconciliation, type ReconciliationView } from './get-reconciliation.js';

/** The formats a reconciliation downloads in, and their media types. */
export const RECONCILIATION_MEDIA_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;
export type ReconciliationFormat = keyof typeof RECONCILIATION_MEDIA_TYPES;
export const RECONCILIATION_FORMATS = Object.keys(RECONCILIATION_MEDIA_TYPES) as [ReconciliationFormat, ...ReconciliationFormat[]];

/**
 * A reconciliation as the actor may read it (a committee its own lines), as PDF/A, XLSX or CSV, with
 * the explanations and sign-offs made on it.
 */
export async function getReconciliationDocument(ctx: AppContext, id: number, format: ReconciliationFormat): Promise<{ bytes: Uint8Array; fileName: string; mediaType: string }> {
  const view = await getReconciliation(ctx, id);
  const fileName = `internavstamning-${view.round}-${view.id}.${format}`;
  const mediaType = RECONCILIATION_MEDIA_TYPES[format];
  if (format === 'csv') return { bytes: new TextEncoder().encode(toCsv(csvColumns(view), view.result.lines)), fileName, mediaType };
  const input: ReconciliationInput = { ...view.result, committees: view.committees.map((c) => ({ counterparty: c.counterparty, name: c.name })) };
  const meta: ReconciliationMeta = {
    organisation: await organisationName(ctx.database.db),
    generatedAt: ctx.now().toISOString(),
    annotations: {
      explanations: view.notes.map((n) => ({ counterparty: n.counterparty, project: n.project, text: `${n.resolution === 'corrected' ? 'Rättad' : 'Förklarad'}: ${n.body} (${n.actorLabel})` })),
      signOffs: view.signoffs.map((s) => ({ role: s.committeeId === null ? 'controller' : 'committee', name: `${s.actorLabel}, ${s.partyName}`, at: s.signedAt })),
    },
  };
  const bytes = format === 'pdf'
    ? await (await import('../../documents/render/reconciliation-pdf.js')).renderReconciliationPdf(input, meta)
    : await (await import('../../documents/render/reconciliation-xlsx.js')).reconciliationXlsx(input, meta);
  return { bytes, fileName, mediaType };
}

function csvColumns(view: ReconciliationView): Column<ReconciliationLine>[] {
  const note = (l: ReconciliationLine) => view.notes.find((n) => n.counterparty === l.counterparty && n.project === l.project)?.body ?? null;
  return [
    { header: 'Motpart', kind: 'text', value: (l) => l.counterparty },
    { header: 'Projekt', kind: 'text', value: (l) => l.project },
    { header: 'Rapporterat', kind: 'ore', value: (l) => l.reportedOre },
    { header: 'Bokfört', kind: 'ore', value: (l) => l.bookedOre },
    { header: 'Differens', kind: 'ore', value: (l) => l.differenceOre },
    { header: 'Status', kind: 'text', value: (l) => STATUS_NAMES[l.status] },
    { header: 'Förklaring', kind: 'text', value: note },
  ];
}
