// The public record: pages, documents and open data for anyone, without signing in, when the switch
// is on; 404 for everything here when it is off, so the part does not advertise itself. Answers come
// from the process's cache (public-cache.ts) with entity tags, and each address is rate-limited here
// only: no signed-in route passes these hooks (fastify keeps a plugin's hooks to its own routes).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  getPublicReport, listPublicRounds, notPublic, openDataInput, publicProgrammes, publicRoundFigures,
} from '../../app/public/public-record.js';
import { openDataRoundSchema } from '../../contract/public.js';
import { openDataCsv, openDataJson } from '../../documents/export/open-data.js';
import { DOCUMENT_FORMATS } from '../../documents/render/formats.js';
import { DOCUMENT_MEDIA_TYPES } from '../../documents/render/render-document.js';
import { renderDocumentInPool } from '../../documents/workers/pool.js';
import { searchApprovedReports } from '../../app/search/search-reports.js';
import { AppError } from '../../domain/errors.js';
import { idParams } from '../params.js';
import { homePage, OPEN_DATA_ROOT, openDataIndexPage, PUBLIC_ROOT, PUBLIC_SEARCH, reportListPage, reportPage, roundPage } from '../public/pages.js';
import { publicSearchOptions, searchPage, type PublicSearchOutcome } from '../public/search-page.js';
import { cachedAnswer, PublicCache, type CachedAnswer } from '../public/public-cache.js';
import { roundChart } from '../public/round-chart.js';
import { RateLimiter } from '../public/rate-limit.js';
import { documentFileName } from './file-names.js';

/** How the public part runs: forced on by the environment, the rate limit, how often the cache asks the database. */
export interface PublicSiteOptions {
  forced: boolean;
  rateLimitPerMinute: number;
  cacheCheckMs: number;
}

const TAGS = ['Offentligt'];
const HTML = 'text/html; charset=utf-8';
const binary = z.custom<Uint8Array>((value) => value instanceof Uint8Array).meta({ type: 'string', format: 'binary' });
const roundCode = z.string().regex(/^\d{4}-(T1|T2|VB)$/, 'Omgången skrivs som 2014-VB.');
// The search page's address: the words and the filters as the form sends them (an empty filter is all).
const publicSearchQuery = z.object({
  q: z.string().max(1_000).optional(),
  omgang: z.string().max(20).optional(),
  namnd: z.string().max(20).optional(),
});
const PUBLIC_SEARCH_LIMIT = 50;

// The HTML document holds committee text: no scripts, no requests, as the signed-in document route.
const DOCUMENT_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

/** Sends a cached answer, or 304 when the client holds the same bytes. */
function send(request: FastifyRequest, reply: FastifyReply, answer: CachedAnswer) {
  for (const [name, value] of Object.entries(answer.headers ?? {})) reply.header(name, value);
  // A refusal is not for keeping: no entity tag, no 304.
  if (answer.status !== undefined) return reply.code(answer.status).header('cache-control', 'no-store').type(answer.type).send(answer.body);
  // Revalidated on every use, so an approval shows at once; an unchanged answer costs a 304.
  reply.header('cache-control', 'public, max-age=0, must-revalidate').header('etag', answer.etag);
  if (request.headers['if-none-match'] === answer.etag) return reply.code(304).send();
  return reply.type(answer.type).send(answer.body);
}

/** Registers the public pages, documents and open data, with the switch, the rate limit and the cache. */
export function publicRoutes(options: PublicSiteOptions, cache: PublicCache): FastifyPluginAsyncZod {
  return async (app) => {
    const limiter = new RateLimiter(options.rateLimitPerMinute);
    const db = () => app.redovisa.database.db;

    app.addHook('onRequest', async (request, reply) => {
      if (!(await cache.enabled())) throw new AppError('not_found', 'Sidan eller resursen finns inte.');
      const wait = limiter.take(request.ip);
      if (wait !== null) {
        reply.header('retry-after', String(wait));
        throw new AppError('too_many_requests', `För många förfrågningar från din adress. Vänta ${wait} sekunder och försök igen.`);
      }
    });

    app.get(PUBLIC_ROOT, { schema: { hide: true } }, async (request, reply) =>
      send(request, reply, await cache.get('home', async () => {
        const [programmes, { rounds }] = await Promise.all([publicProgrammes(db()), listPublicRounds(db())]);
        return cachedAnswer(homePage(programmes, rounds), HTML);
      })));

    app.get(`${PUBLIC_ROOT}/redovisningar`, { schema: { hide: true } }, async (request, reply) =>
      send(request, reply, await cache.get('reports', async () => {
        const { rounds, withoutRound } = await listPublicRounds(db());
        return cachedAnswer(reportListPage(rounds, withoutRound), HTML);
      })));

    app.get(`${PUBLIC_ROOT}/omgangar/:round`, { schema: { hide: true, params: z.object({ round: z.string().max(20) }) } }, async (request, reply) => {
      const code = request.params.round;
      if (!roundCode.safeParse(code).success) throw notPublic();
      return send(request, reply, await cache.get(`round:${code}`, async () => {
        const [figures, { rounds }] = await Promise.all([publicRoundFigures(db(), code), listPublicRounds(db())]);
        const round = rounds.find((r) => r.code === figures.code);
        if (!round) throw notPublic();
        return cachedAnswer(roundPage(round, figures.committees, await roundChart(figures.committees)), HTML);
      }));
    });

    app.get(`${PUBLIC_ROOT}/redovisningar/:id`, { schema: { hide: true, params: idParams } }, async (request, reply) =>
      send(request, reply, await cache.get(`report:${request.params.id}`, async () => {
        const { summary, document, frame } = await getPublicReport(db(), request.params.id);
        return cachedAnswer(reportPage(summary, document, frame), HTML);
      })));

    // Approved reports only (searchApprovedReports), cached per search as typed: a crowd asking the
    // same words costs one search per change of the database.
    app.get(PUBLIC_SEARCH, { schema: { hide: true, querystring: publicSearchQuery } }, async (request, reply) => {
      const form = { q: request.query.q ?? '', round: request.query.omgang ?? '', committee: request.query.namnd ?? '' };
      const key = `search:${JSON.stringify([form.q.trim(), form.round, form.committee])}`;
      return send(request, reply, await cache.get(key, async () => {
        const { rounds, withoutRound } = await listPublicRounds(db());
        const outcome = await publicSearch(form);
        const page = searchPage(form, publicSearchOptions(rounds, withoutRound), outcome);
        return cachedAnswer(page, HTML, undefined, outcome.kind === 'refused' ? 400 : undefined);
      }));
    });

    async function publicSearch(form: { q: string; round: string; committee: string }): Promise<PublicSearchOutcome> {
      if (form.q.trim() === '') return { kind: 'form' };
      if (!/^\d{0,9}$/.test(form.committee)) return { kind: 'refused', field: 'namnd', message: 'Nämnd (namnd): välj en nämnd i listan.' };
      try {
        const hits = await searchApprovedReports(app.redovisa.database, {
          q: form.q, round: form.round === '' ? undefined : form.round, committeeId: form.committee === '' ? undefined : Number(form.committee), limit: PUBLIC_SEARCH_LIMIT,
        });
        return { kind: 'hits', hits, limit: PUBLIC_SEARCH_LIMIT };
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'invalid_input')) throw error;
        return { kind: 'refused', field: error.details?.field === 'round' ? 'omgang' : 'q', message: error.message };
      }
    }

    app.get(`${PUBLIC_ROOT}/redovisningar/:id/dokument.:format`, {
      schema: {
        tags: TAGS,
        summary: 'En godkänd redovisning som dokument (PDF/A, DOCX eller HTML), utan inloggning',
        params: idParams.extend({ format: z.enum(DOCUMENT_FORMATS, { error: 'Välj formatet pdf, docx eller html.' }) }),
        response: { 200: { description: 'Redovisningen som PDF/A-2b, DOCX eller fristående HTML', content: Object.fromEntries(DOCUMENT_FORMATS.map((f) => [DOCUMENT_MEDIA_TYPES[f], { schema: binary }])) } },
      },
    }, async (request, reply) => {
      const { id, format } = request.params;
      return send(request, reply, await cache.get(`document:${id}.${format}`, async () => {
        const { document, frame } = await getPublicReport(db(), id);
        const { bytes, mediaType } = await renderDocumentInPool(document, frame, format);
        const headers: Record<string, string> = format === 'html'
          ? { 'content-security-policy': DOCUMENT_CSP }
          : { 'content-disposition': `attachment; filename="${documentFileName(document, id, format)}"` };
        return cachedAnswer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), mediaType, headers);
      }));
    });

    app.get(OPEN_DATA_ROOT, { schema: { hide: true } }, async (request, reply) =>
      send(request, reply, await cache.get('open-data', async () => cachedAnswer(openDataIndexPage((await listPublicRounds(db())).rounds), HTML))));

    app.get(`${OPEN_DATA_ROOT}:round.:format`, {
      schema: {
        tags: TAGS,
        summary: 'En omgångs godkända redovisningar som öppna data (redovisa.open-data/1 som JSON, eller CSV), fria att återanvända (CC0 1.0)',
        params: z.object({ round: z.string().max(20), format: z.enum(['json', 'csv'], { error: 'Välj formatet json eller csv.' }) }),
        response: { 200: { description: 'Öppna data för omgången', content: { 'application/json': { schema: openDataRoundSchema }, 'text/csv; charset=utf-8': { schema: binary } } } },
      },
    }, async (request, reply) => {
      const { round, format } = request.params;
      if (!roundCode.safeParse(round).success) throw notPublic();
      return send(request, reply, await cache.get(`open-data:${round}.${format}`, async () => {
        const input = await openDataInput(db(), round);
        const disposition = { 'content-disposition': `inline; filename="${round}.${format}"` };
        // Held to the contract: a field it does not name, or a wrong type, fails here rather than reaching a reader.
        if (format === 'json') return cachedAnswer(JSON.stringify(openDataRoundSchema.parse(openDataJson(input)), null, 2), 'application/json; charset=utf-8', disposition);
        return cachedAnswer(openDataCsv(input), 'text/csv; charset=utf-8', disposition);
      }));
    });
  };
}
