import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { annotateReconciliation, assertMayAnnotate } from '../../app/finance/annotate-reconciliation.js';
import { compileRound } from '../../app/finance/compile-round.js';
import { assertMayExport, exportSie } from '../../app/finance/export-sie.js';
import { getExportFile, listExports } from '../../app/finance/list-exports.js';
import { getReconciliation } from '../../app/finance/get-reconciliation.js';
import { getReconciliationDocument, RECONCILIATION_FORMATS, RECONCILIATION_MEDIA_TYPES } from '../../app/finance/get-reconciliation-document.js';
import { getRoundFigures } from '../../app/finance/get-round-figures.js';
import { getApprovedEntriesList, getRoundOverviewList, LIST_FORMATS, LIST_MEDIA_TYPES } from '../../app/finance/get-round-lists.js';
import { listReconciliations } from '../../app/finance/list-reconciliations.js';
import { assertMayReconcile, saveReconciliation } from '../../app/finance/reconcile-round.js';
import { signOffReconciliation } from '../../app/finance/sign-off-reconciliation.js';
import {
  bookedFileInput, exportBatchListSchema, exportBatchSchema, exportInput, reconciliationListSchema, reconciliationNoteInput,
  reconciliationSchema, roundCodeParams, roundFiguresSchema,
} from '../../contract/finance.js';
import { renderCityReport, CITY_REPORT_MEDIA_TYPES } from '../../documents/render/city-report-render.js';
import { decodeBase64, FILE_BODY_LIMIT } from '../base64.js';
import { authorizeFirst } from '../authorize.js';
import { CITY_REPORT_FORMATS } from '../../documents/render/formats.js';
import { idParams } from '../params.js';
import { presentExportBatch, presentReconciliation, presentRoundFigures } from '../presenters/finance.js';
import { contextOf } from '../session.js';

const TAGS = ['Ekonomi'];
const binary = z.custom<Uint8Array>((value) => value instanceof Uint8Array).meta({ type: 'string', format: 'binary' });
const bytesAnswer = (description: string, mediaTypes: readonly string[]) => ({
  description, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: binary }])),
});

/** Central finance: figures, SIE export batches, reconciliations and the city-wide report of a round. */
export const financeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preValidation', async (request) => void contextOf(request));

  app.get('/api/rounds/:id/figures', {
    schema: { tags: TAGS, summary: 'Bidrag mot periodiseringar per nämnd och projekt i omgången', params: roundCodeParams, response: { 200: roundFiguresSchema } },
  }, async (request) => presentRoundFigures(await getRoundFigures(contextOf(request), request.params.id)));

  app.get('/api/rounds/:id/exports', {
    schema: { tags: TAGS, summary: 'Omgångens SIE-exporter (batcher)', params: roundCodeParams, response: { 200: exportBatchListSchema } },
  }, async (request) => {
    const { round, batches } = await listExports(contextOf(request), request.params.id);
    return { batches: batches.map((b) => presentExportBatch(b, round)) };
  });

  app.post('/api/rounds/:id/exports', {
    onRequest: authorizeFirst(assertMayExport),
    schema: {
      tags: TAGS, summary: 'Exportera omgångens godkända periodiseringar som SIE 4I (en ny batch)', params: roundCodeParams, body: exportInput,
      response: { 201: exportBatchSchema },
    },
  }, async (request, reply) => {
    const result = await exportSie(contextOf(request), { round: request.params.id, again: request.body.again });
    return reply.status(201).send(presentExportBatch(result.batch, result.round));
  });

  app.get('/api/exports/:id/file.se', {
    schema: { tags: TAGS, summary: 'En batchs SIE-fil, som den skrevs', params: idParams, response: { 200: bytesAnswer('SIE 4I (CP437)', ['text/plain']) } },
  }, async (request, reply) => {
    const { file, fileName } = await getExportFile(contextOf(request), request.params.id);
    reply.header('content-disposition', `attachment; filename="${fileName}"`);
    return reply.type('text/plain; charset=IBM437').send(Buffer.from(file));
  });

  app.get('/api/rounds/:id/reconciliations', {
    schema: { tags: TAGS, summary: 'Omgångens internavstämningar, senaste först', params: roundCodeParams, response: { 200: reconciliationListSchema } },
  }, async (request) => ({ reconciliations: await listReconciliations(contextOf(request), request.params.id) }));

  app.post('/api/rounds/:id/reconciliations', {
    onRequest: authorizeFirst(assertMayReconcile),
    // A ledger file of up to 10 MB, base64-encoded in JSON, as the contract says.
    bodyLimit: FILE_BODY_LIMIT,
    schema: {
      tags: TAGS, summary: 'Stäm av omgången mot bokförda poster (CSV eller SIE 4) och spara resultatet', params: roundCodeParams, body: bookedFileInput,
      response: { 201: reconciliationSchema },
    },
  }, async (request, reply) => {
    const ctx = contextOf(request);
    const bytes = decodeBase64(request.body.contentBase64);
    const saved = await saveReconciliation(ctx, { round: request.params.id, booked: { fileName: request.body.fileName, bytes } });
    return reply.status(201).send(presentReconciliation(await getReconciliation(ctx, saved.id), ctx.actor, saved.warnings));
  });

  app.get('/api/reconciliations/:id', {
    schema: { tags: TAGS, summary: 'En internavstämning med förklaringar och signeringar', params: idParams, response: { 200: reconciliationSchema } },
  }, async (request) => {
    const ctx = contextOf(request);
    return presentReconciliation(await getReconciliation(ctx, request.params.id), ctx.actor);
  });

  app.put('/api/reconciliations/:id/notes', {
    onRequest: authorizeFirst(assertMayAnnotate),
    schema: { tags: TAGS, summary: 'Förklara eller rätta en rad med differens', params: idParams, body: reconciliationNoteInput, response: { 200: reconciliationSchema } },
  }, async (request) => {
    const ctx = contextOf(request);
    return presentReconciliation(await annotateReconciliation(ctx, request.params.id, request.body), ctx.actor);
  });

  app.post('/api/reconciliations/:id/signoffs', {
    schema: { tags: TAGS, summary: 'Signera avstämningen (controller för stadsledningskontoret, attestant för nämnden)', params: idParams, response: { 200: reconciliationSchema } },
  }, async (request) => {
    const ctx = contextOf(request);
    return presentReconciliation(await signOffReconciliation(ctx, request.params.id), ctx.actor);
  });

  app.get('/api/reconciliations/:id/document.:format', {
    schema: {
      tags: TAGS, summary: 'Avstämningen som PDF/A, XLSX eller CSV',
      params: idParams.extend({ format: z.enum(RECONCILIATION_FORMATS, { error: 'Välj formatet pdf, xlsx eller csv.' }) }),
      response: { 200: bytesAnswer('Avstämningen', Object.values(RECONCILIATION_MEDIA_TYPES)) },
    },
  }, async (request, reply) => {
    const { bytes, fileName, mediaType } = await getReconciliationDocument(contextOf(request), request.params.id, request.params.format);
    reply.header('content-disposition', `attachment; filename="${fileName}"`);
    return reply.type(mediaType).send(Buffer.from(bytes));
  });

  app.get('/api/rounds/:id/city-report.:format', {
    schema: {
      tags: TAGS, summary: 'Sammanställningen för hela staden (PDF/A, DOCX eller XLSX)',
      params: roundCodeParams.extend({ format: z.enum(CITY_REPORT_FORMATS, { error: 'Välj formatet pdf, docx eller xlsx.' }) }),
      response: { 200: bytesAnswer('Sammanställningen', Object.values(CITY_REPORT_MEDIA_TYPES)) },
    },
  }, async (request, reply) => {
    const model = await compileRound(contextOf(request), { round: request.params.id });
    const bytes = await renderCityReport(model, request.params.format);
    reply.header('content-disposition', `attachment; filename="sammanstallning-${model.round.code}.${request.params.format}"`);
    return reply.type(CITY_REPORT_MEDIA_TYPES[request.params.format]).send(Buffer.from(bytes));
  });

  const listFormat = z.enum(LIST_FORMATS, { error: 'Välj formatet csv eller xlsx.' });
  app.get('/api/rounds/:id/overview.:format', {
    schema: {
      tags: TAGS, summary: 'Omgångens översikt som CSV eller XLSX', params: roundCodeParams.extend({ format: listFormat }),
      response: { 200: bytesAnswer('Översikten', Object.values(LIST_MEDIA_TYPES)) },
    },
  }, async (request, reply) => {
    const { bytes, fileName } = await getRoundOverviewList(contextOf(request), request.params.id, request.params.format);
    reply.header('content-disposition', `attachment; filename="${fileName}"`);
    return reply.type(LIST_MEDIA_TYPES[request.params.format]).send(Buffer.from(bytes));
  });

  app.get('/api/rounds/:id/entries.:format', {
    schema: {
      tags: TAGS, summary: 'Omgångens godkända periodiseringar som CSV eller XLSX', params: roundCodeParams.extend({ format: listFormat }),
      response: { 200: bytesAnswer('Periodiseringarna', Object.values(LIST_MEDIA_TYPES)) },
    },
  }, async (request, reply) => {
    const { bytes, fileName } = await getApprovedEntriesList(contextOf(request), request.params.id, request.params.format);
    reply.header('content-disposition', `attachment; filename="${fileName}"`);
    return reply.type(LIST_MEDIA_TYPES[request.params.format]).send(Buffer.from(bytes));
  });
};
