import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getReport } from '../../app/get-report.js';
import { listReports } from '../../app/list-reports.js';
import { DOCUMENT_FORMATS } from '../../documents/render/formats.js';
import { renderDocument } from '../../documents/render/render-document.js';
import { idParams } from '../params.js';
import { presentReport, presentSummary } from '../presenters/report.js';
import { contextOf } from '../session.js';
import { documentFileName } from './file-names.js';

/** JSON API for reports and their documents: validate → authorize (in the use case) → present. */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/reports', {
    schema: { tags: ['Redovisningar'], summary: 'Redovisningarna som användaren får läsa' },
  }, async (request) => {
    const list = await listReports(contextOf(request));
    return { reports: list.map(presentSummary) };
  });

  app.get('/api/reports/:id', {
    schema: { tags: ['Redovisningar'], summary: 'En redovisning med innehåll och arbetsflöde', params: idParams },
  }, async (request) => {
    const { document, meta } = await getReport(contextOf(request), request.params.id);
    return presentReport(document, meta);
  });

  app.get('/api/reports/:id/document.:format', {
    schema: {
      tags: ['Redovisningar'],
      summary: 'Redovisningen som dokument (PDF/A, DOCX eller HTML)',
      params: idParams.extend({ format: z.enum(DOCUMENT_FORMATS, { error: 'Välj formatet pdf, docx eller html.' }) }),
    },
  }, async (request, reply) => {
    const { id, format } = request.params;
    const { document } = await getReport(contextOf(request), id);
    const { bytes, mediaType } = await renderDocument(document, format);
    if (format !== 'html') reply.header('content-disposition', `attachment; filename="${documentFileName(document, id, format)}"`);
    return reply.type(mediaType).send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
};
