import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../../app/context.js';
import { getReport } from '../../app/get-report.js';
import { listReports } from '../../app/list-reports.js';
import { escapeHtml, renderHtml } from '../../documents/render/html.js';
import { formatSek } from '../../domain/money.js';
import { REPORT_STATE_NAMES } from '../../domain/workflow.js';
import { formatInstant } from '../pages/dates.js';
import { page } from '../pages/layout.js';
import { parseId } from '../params.js';

/** The Swedish pages of the local preview: the list of stored reports and each report. */
export function pageRoutes(contextFor: (ip: string) => AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/', async (request, reply) => {
      const list = await listReports(contextFor(request.ip));
      const rows = list.map((r) => `<tr>
  <td><a href="/rapporter/${r.id}">${escapeHtml(r.committeeName)}</a></td>
  <td>${escapeHtml(r.accrualFrom)} – ${escapeHtml(r.accrualTo)}</td>
  <td><span class="state">${escapeHtml(REPORT_STATE_NAMES[r.state])}</span></td>
  <td class="num">${r.projectCount}</td>
  <td class="num">${escapeHtml(formatSek(r.totalOre))}</td>
</tr>`).join('\n');
      const body = list.length === 0
        ? '<p>Inga redovisningar är lagrade ännu. Importera en med <code>npx redovisa import FIL</code>.</p>'
        : `<table>
<caption class="muted">${list.length} ${list.length === 1 ? 'redovisning' : 'redovisningar'}</caption>
<thead><tr><th scope="col">Nämnd</th><th scope="col">Periodisering</th><th scope="col">Status</th><th scope="col" class="num">Projekt</th><th scope="col" class="num">Periodiserat</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
      return reply.type('text/html; charset=utf-8').send(page('Redovisningar', `<h1>Redovisningar</h1>\n${body}`));
    });

    app.get<{ Params: { id: string } }>('/rapporter/:id', async (request, reply) => {
      const id = parseId(request.params.id);
      const { document, meta } = await getReport(contextFor(request.ip), id);
      const body = `<p><a href="/">← Alla redovisningar</a></p>
<p>Status: <span class="state">${escapeHtml(REPORT_STATE_NAMES[meta.state])}</span> · senast ändrad ${escapeHtml(formatInstant(meta.updatedAt))}</p>
<ul class="downloads" aria-label="Ladda ner">
  <li><a href="/api/reports/${id}/document.pdf" download>Ladda ner PDF</a></li>
  <li><a href="/api/reports/${id}/document.docx" download>Ladda ner Word (DOCX)</a></li>
</ul>
${renderHtml(document)}`;
      return reply.type('text/html; charset=utf-8').send(page(`${document.title} – ${document.committee}`, body));
    });
  };
}
