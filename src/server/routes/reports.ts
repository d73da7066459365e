import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIMIT_MESSAGES, MAX_PROJECTS_PER_REPORT, MAX_REASON_LENGTH } from '../../domain/limits.js';
import { approveReport } from '../../app/reports/approve-report.js';
import { checkReport } from '../../app/reports/check-report.js';
import { getReportDocument } from '../../app/reports/get-report-document.js';
import { getReportHistory } from '../../app/reports/get-report-history.js';
import { getReport } from '../../app/reports/get-report.js';
import { importIntoReport } from '../../app/reports/import-into-report.js';
import { listReports } from '../../app/reports/list-reports.js';
import { reopenReport } from '../../app/reports/reopen-report.js';
import { returnReport } from '../../app/reports/return-report.js';
import { saveReport } from '../../app/reports/save-report.js';
import { submitReport } from '../../app/reports/submit-report.js';
import { DOCUMENT_FORMATS } from '../../documents/render/formats.js';
import { renderDocument } from '../../documents/render/render-document.js';
import { parseIsoDate } from '../../domain/period.js';
import { draftEntrySchema, entryListSchema, narrativeSchema } from '../../domain/report.js';
import { REPORT_STATES } from '../../domain/workflow.js';
import { idParams, idSchema } from '../params.js';
import {
  presentCheck, presentConflict, presentHistory, presentImport, presentReport, presentSummary,
} from '../presenters/report.js';
import { contextOf } from '../session.js';
import { documentFileName } from './file-names.js';

const TAGS = ['Redovisningar'];
const REVIEW_TAGS = ['Granskning'];

const listQuery = z.object({
  roundId: idSchema.optional(),
  state: z.enum(REPORT_STATES, { error: 'Välj ett av tillstånden draft, submitted, returned, approved eller reopened.' }).optional(),
});

const version = z.number({ error: 'Ange versionen du utgick från.' }).int('Versionen ska vara ett heltal.').min(1, 'Versionen ska vara ett positivt heltal.');
const reason = z.string().max(MAX_REASON_LENGTH, LIMIT_MESSAGES.reasonLength);
const isoDay = z.string().refine((text) => parseIsoDate(text).ok, { error: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2014-08-31.' });

const saveBody = z.object({
  version,
  accrualPeriod: z.object({ from: isoDay, to: isoDay }),
  sections: z.array(z.object({
    id: z.number().int().positive('Avsnittets id ska vara ett positivt heltal.'),
    entries: entryListSchema(draftEntrySchema),
    narrative: narrativeSchema.nullable(),
  })).max(MAX_PROJECTS_PER_REPORT, LIMIT_MESSAGES.projectsPerReport),
});
const versionBody = z.object({ version });
const reasonBody = z.object({ version, reason: reason.optional() });
const returnBody = reasonBody.extend({
  sectionReasons: z.array(z.object({ sectionId: z.number().int().positive('Avsnittets id ska vara ett positivt heltal.'), reason }))
    .max(MAX_PROJECTS_PER_REPORT, 'För många skäl per avsnitt.').optional(),
});
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const importBody = z.object({
  version,
  fileName: z.string().trim().min(1, 'Ange filens namn.').max(255, 'Filnamnet får vara högst 255 tecken.'),
  contentBase64: z.string()
    .min(1, 'Filen är tom.')
    .max(14_000_000, 'Filen är för stor: högst 10 MB.')
    .regex(BASE64, 'Filens innehåll är inte giltig base64.'),
});

/** JSON API for reports: list, read, edit, check, the review workflow, history, files and documents. */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  // A visitor is told to sign in (401) before being told what is wrong with the request (400).
  app.addHook('preValidation', async (request) => void contextOf(request));

  app.get('/api/reports', {
    schema: { tags: TAGS, summary: 'Redovisningarna som användaren får läsa', querystring: listQuery },
  }, async (request) => {
    const list = await listReports(contextOf(request), request.query);
    return { reports: list.map(presentSummary) };
  });

  app.get('/api/reports/:id', {
    schema: { tags: TAGS, summary: 'En redovisning med innehåll, avsnitt, kommentarer och behörigheter', params: idParams },
  }, async (request) => presentReport(await getReport(contextOf(request), request.params.id)));

  app.put('/api/reports/:id', {
    schema: { tags: TAGS, summary: 'Spara ett utkast (periodisering, rader och delredovisningar)', params: idParams, body: saveBody },
  }, async (request) => {
    const view = await saveReport(contextOf(request), { reportId: request.params.id, ...request.body }).catch((error: unknown) => {
      throw presentConflict(error);
    });
    return presentReport(view);
  });

  app.get('/api/reports/:id/check', {
    schema: { tags: TAGS, summary: 'Kontrollera redovisningen före inskickning', params: idParams },
  }, async (request) => presentCheck(await checkReport(contextOf(request), request.params.id)));

  app.post('/api/reports/:id/submit', {
    schema: { tags: REVIEW_TAGS, summary: 'Skicka in redovisningen (nämndens attestant)', params: idParams, body: versionBody },
  }, async (request) => presentReport(await submitReport(contextOf(request), { reportId: request.params.id, ...request.body })));

  app.post('/api/reports/:id/return', {
    schema: { tags: REVIEW_TAGS, summary: 'Återsänd redovisningen med skäl (controller)', params: idParams, body: returnBody },
  }, async (request) => presentReport(await returnReport(contextOf(request), { reportId: request.params.id, ...request.body })));

  app.post('/api/reports/:id/approve', {
    schema: { tags: REVIEW_TAGS, summary: 'Godkänn redovisningen (controller)', params: idParams, body: versionBody },
  }, async (request) => presentReport(await approveReport(contextOf(request), { reportId: request.params.id, ...request.body })));

  app.post('/api/reports/:id/reopen', {
    schema: { tags: REVIEW_TAGS, summary: 'Återöppna en godkänd redovisning med skäl (controller)', params: idParams, body: reasonBody },
  }, async (request) => presentReport(await reopenReport(contextOf(request), { reportId: request.params.id, ...request.body })));

  app.get('/api/reports/:id/history', {
    schema: { tags: TAGS, summary: 'Redovisningens historik: vem gjorde vad och när', params: idParams },
  }, async (request) => presentHistory(await getReportHistory(contextOf(request), request.params.id)));

  app.post('/api/reports/:id/import', {
    // A legacy PDF or Word file of up to 10 MB, base64-encoded in JSON.
    bodyLimit: 15 * 1024 * 1024,
    schema: { tags: TAGS, summary: 'Läs in en äldre rapport (.txt, .pdf, .docx) i utkastet', params: idParams, body: importBody },
  }, async (request) => {
    const { version: loaded, fileName, contentBase64 } = request.body;
    const bytes = new Uint8Array(Buffer.from(contentBase64, 'base64'));
    return presentImport(await importIntoReport(contextOf(request), { reportId: request.params.id, version: loaded, fileName, bytes }));
  });

  app.get('/api/reports/:id/document.:format', {
    schema: {
      tags: TAGS,
      summary: 'Redovisningen som dokument (PDF/A, DOCX eller HTML)',
      params: idParams.extend({ format: z.enum(DOCUMENT_FORMATS, { error: 'Välj formatet pdf, docx eller html.' }) }),
    },
  }, async (request, reply) => {
    const { id, format } = request.params;
    const document = await getReportDocument(contextOf(request), id);
    const { bytes, mediaType } = await renderDocument(document, format);
    // The HTML document holds committee text: no scripts, no requests, its own origin.
    if (format === 'html') reply.header('content-security-policy', "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    if (format !== 'html') reply.header('content-disposition', `attachment; filename="${documentFileName(document, id, format)}"`);
    return reply.type(mediaType).send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
};
