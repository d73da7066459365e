import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../../app/context.js';
import { getReport } from '../../app/get-report.js';
import { listReports } from '../../app/list-reports.js';
import { isDocumentFormat } from '../../documents/render/formats.js';
import { renderDocument } from '../../documents/render/render-document.js';
import { AppError } from '../../domain/errors.js';
import { parseId } from '../params.js';
import { documentFileName } from './file-names.js';
import { presentReport, presentSummary } from '../presenters/report.js';

/** JSON API for reports and their documents: validate → authorize (in the use case) → present. */
export function reportRoutes(contextFor: (ip: string) => AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/api/reports', async (request) => {
      const list = await listReports(contextFor(request.ip));
      return { reports: list.map(presentSummary) };
    });

    app.get<{ Params: { id: string } }>('/api/reports/:id', async (request) => {
      const { document, meta } = await getReport(contextFor(request.ip), parseId(request.params.id));
      return presentReport(document, meta);
    });

    app.get<{ Params: { id: string; format: string } }>('/api/reports/:id/document.:format', async (request, reply) => {
      const id = parseId(request.params.id);
      const format = request.params.format;
      if (!isDocumentFormat(format)) {
        throw new AppError('invalid_input', `Formatet "${format}" finns inte; välj pdf, docx eller html.`, { field: 'format' });
      }
      const { document } = await getReport(contextFor(request.ip), id);
      const { bytes, mediaType } = await renderDocument(document, format);
      if (format !== 'html') reply.header('content-disposition', `attachment; filename="${documentFileName(document, id, format)}"`);
      return reply.type(mediaType).send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
  };
}
