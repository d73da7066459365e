import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { approveReport } from '../../app/reports/approve-report.js';
import { checkReport } from '../../app/reports/check-report.js';
import { getReportDocument } from '../../app/reports/get-report-document.js';
import { getPreviousRound } from '../../app/reports/get-previous-round.js';
import { getReportHistory } from '../../app/reports/get-report-history.js';
import { getReport } from '../../app/reports/get-report.js';
import { importIntoReport } from '../../app/reports/import-into-report.js';
import { previewImportIntoReport } from '../../app/reports/preview-import-into-report.js';
import { listReports } from '../../app/reports/list-reports.js';
import { reopenReport } from '../../app/reports/reopen-report.js';
import { previewReportVersion, restoreReportVersion } from '../../app/reports/restore-report-version.js';
import { returnReport } from '../../app/reports/return-report.js';
import { commentOnReport } from '../../app/reports/comment-on-report.js';
import { saveReport } from '../../app/reports/save-report.js';
import { submitReport } from '../../app/reports/submit-report.js';
import {
  checkResultSchema, historySchema, importFileInput, importPreviewInput, importPreviewSchema, importResultSchema, previousRoundSchema, reasonInput, reportListSchema, reportSchema,
  commentInput, restoreVersionInput, returnReportInput, saveReportInput, versionInput, versionPreviewSchema,
} from '../../contract/reports.js';
import { DOCUMENT_FORMATS } from '../../documents/render/formats.js';
import { DOCUMENT_MEDIA_TYPES } from '../../documents/render/render-document.js';
import { renderDocumentInPool } from '../../documents/workers/pool.js';
import { REPORT_STATES } from '../../domain/workflow.js';
import { decodeBase64, FILE_BODY_LIMIT } from '../base64.js';
import { idParams, idSchema } from '../params.js';
import {
  presentCheck, presentConflict, presentHistory, presentImport, presentImportPreview, presentPreviousRound, presentReport, presentSummary, presentVersionPreview,
} from '../presenters/report.js';
import { contextOf } from '../session.js';
import { documentFileName } from './file-names.js';

const TAGS = ['Redovisningar'];
const REVIEW_TAGS = ['Granskning'];

const listQuery = z.object({
  roundId: idSchema.optional(),
  state: z.enum(REPORT_STATES, { error: 'Välj ett av tillstånden draft, submitted, returned, approved eller reopened.' }).optional(),
});

// The documents are bytes, not JSON: the answer names its media types, and fastify sends the bytes as they are.
const binary = z.custom<Uint8Array>((value) => value instanceof Uint8Array).meta({ type: 'string', format: 'binary' });
const documentAnswer = {
  description: 'Redovisningen som PDF/A-2b, DOCX eller fristående HTML',
  content: Object.fromEntries(DOCUMENT_FORMATS.map((format) => [DOCUMENT_MEDIA_TYPES[format], { schema: binary }])),
};

/** JSON API for reports: list, read, edit, check, the review workflow, history, files and documents. */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  // A visitor is told to sign in (401) before being told what is wrong with the request (400).
  app.addHook('preValidation', async (request) => void contextOf(request));

  app.get('/api/reports', {
    schema: { tags: TAGS, summary: 'Redovisningarna som användaren får läsa', querystring: listQuery, response: { 200: reportListSchema } },
  }, async (request) => {
    const list = await listReports(contextOf(request), request.query);
    return { reports: list.map(presentSummary) };
  });

  app.get('/api/reports/:id', {
    schema: {
      tags: TAGS, summary: 'En redovisning med innehåll, avsnitt, kommentarer och behörigheter', params: idParams, response: { 200: reportSchema },
    },
  }, async (request) => presentReport(await getReport(contextOf(request), request.params.id)));

  app.put('/api/reports/:id', {
    schema: {
      tags: TAGS,
      summary: 'Spara ett utkast (periodisering, rader och delredovisningar)',
      params: idParams,
      body: saveReportInput,
      response: { 200: reportSchema },
    },
  }, async (request) => {
    const view = await saveReport(contextOf(request), { reportId: request.params.id, ...request.body }).catch((error: unknown) => {
      throw presentConflict(error);
    });
    return presentReport(view);
  });

  app.get('/api/reports/:id/check', {
    schema: { tags: TAGS, summary: 'Kontrollera redovisningen före inskickning', params: idParams, response: { 200: checkResultSchema } },
  }, async (request) => presentCheck(await checkReport(contextOf(request), request.params.id)));

  app.post('/api/reports/:id/submit', {
    schema: {
      tags: REVIEW_TAGS, summary: 'Skicka in redovisningen (nämndens attestant)', params: idParams, body: versionInput, response: { 200: reportSchema },
    },
  }, async (request) => presentReport(await submitReport(contextOf(request), { reportId: request.params.id, ...request.body })));

  app.post('/api/reports/:id/return', {
    schema: {
      tags: REVIEW_TAGS, summary: 'Återsänd redovisningen med skäl (controller)', params: idParams, body: returnReportInput, response: { 200: reportSchema },
    },
  }, async (request) => presentReport(await returnReport(contextOf(request), { reportId: request.params.id, ...request.body })));

  app.post('/api/reports/:id/comments', {
    schema: {
      tags: REVIEW_TAGS, summary: 'Skriv i samtalet om redovisningen (nämndens rapportörer och attestanter, controller)',
      params: idParams, body: commentInput, response: { 201: reportSchema },
    },
  }, async (request, reply) => reply.status(201).send(presentReport(await commentOnReport(contextOf(request), { reportId: request.params.id, ...request.body }))));

  app.post('/api/reports/:id/approve', {
    schema: { tags: REVIEW_TAGS, summary: 'Godkänn redovisningen (controller)', params: idParams, body: versionInput, response: { 200: reportSchema } },
  }, async (request) => presentReport(await approveReport(contextOf(request), { reportId: request.params.id, ...request.body })));

  app.post('/api/reports/:id/reopen', {
    schema: {
      tags: REVIEW_TAGS, summary: 'Återöppna en godkänd redovisning med skäl (controller)', params: idParams, body: reasonInput, response: { 200: reportSchema },
    },
  }, async (request) => presentReport(await reopenReport(contextOf(request), { reportId: request.params.id, ...request.body })));

  app.get('/api/reports/:id/history', {
    schema: { tags: TAGS, summary: 'Redovisningens historik: vem gjorde vad och när', params: idParams, response: { 200: historySchema } },
  }, async (request) => presentHistory(await getReportHistory(contextOf(request), request.params.id)));

  app.get('/api/reports/:id/versions/:version', {
    schema: {
      tags: TAGS, summary: 'Vad som ändras om en tidigare version återställs (före: nu, efter: då)',
      params: idParams.extend({ version: idSchema }), response: { 200: versionPreviewSchema },
    },
  }, async (request) => presentVersionPreview(await previewReportVersion(contextOf(request), request.params.id, request.params.version)));

  app.post('/api/reports/:id/restore', {
    schema: {
      tags: TAGS, summary: 'Återställ en tidigare version av utkastet som en ny sparning (nämndens rapportörer och attestanter)',
      params: idParams, body: restoreVersionInput, response: { 200: reportSchema },
    },
  }, async (request) => presentReport(await restoreReportVersion(contextOf(request), { reportId: request.params.id, ...request.body })));

  app.get('/api/reports/:id/previous', {
    schema: {
      tags: TAGS, summary: 'Varje projekts siffror och text i nämndens föregående omgång', params: idParams, response: { 200: previousRoundSchema },
    },
  }, async (request) => presentPreviousRound(await getPreviousRound(contextOf(request), request.params.id)));

  app.post('/api/reports/:id/import/preview', {
    bodyLimit: FILE_BODY_LIMIT,
    schema: {
      tags: TAGS,
      summary: 'Läs en äldre rapport och visa vad den skulle ersätta i utkastet, utan att spara',
      params: idParams,
      body: importPreviewInput,
      response: { 200: importPreviewSchema },
    },
  }, async (request) => {
    const { fileName, contentBase64 } = request.body;
    return presentImportPreview(await previewImportIntoReport(contextOf(request), { reportId: request.params.id, fileName, bytes: decodeBase64(contentBase64) }));
  });

  app.post('/api/reports/:id/import', {
    // A legacy PDF or Word file of up to 10 MB, base64-encoded in JSON.
    bodyLimit: FILE_BODY_LIMIT,
    schema: {
      tags: TAGS,
      summary: 'Läs in en äldre rapport (.txt, .pdf, .docx) i utkastet',
      params: idParams,
      body: importFileInput,
      response: { 200: importResultSchema },
    },
  }, async (request) => {
    const { version: loaded, fileName, contentBase64, digest } = request.body;
    const bytes = decodeBase64(contentBase64);
    return presentImport(await importIntoReport(contextOf(request), {
      reportId: request.params.id, version: loaded, fileName, bytes, ...(digest === undefined ? {} : { digest }),
    }));
  });

  app.get('/api/reports/:id/document.:format', {
    schema: {
      tags: TAGS,
      summary: 'Redovisningen som dokument (PDF/A, DOCX eller HTML)',
      params: idParams.extend({ format: z.enum(DOCUMENT_FORMATS, { error: 'Välj formatet pdf, docx eller html.' }) }),
      response: { 200: documentAnswer },
    },
  }, async (request, reply) => {
    const { id, format } = request.params;
    const { document, frame } = await getReportDocument(contextOf(request), id);
    const { bytes, mediaType } = await renderDocumentInPool(document, frame, format);
    // The HTML document holds committee text: no scripts, no requests, its own origin; and, as every
    // page of the app, it may not be framed by another site (clickjacking), only by the app itself.
    if (format === 'html') reply.header('content-security-policy', "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'");
    if (format !== 'html') reply.header('content-disposition', `attachment; filename="${documentFileName(document, id, format)}"`);
    return reply.type(mediaType).send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
};
