import cookie from '@fastify/cookie';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { Database } from '../db/index.js';
import { installContract } from './contract.js';
import { installControlCharacterCheck } from './control-characters.js';
import { installErrorHandler } from './errors.js';
import { installOpenApi } from './openapi.js';
import { committeesRoutes } from './routes/committees.js';
import { dashboardRoutes } from './routes/dashboards.js';
import { financeRoutes } from './routes/finance.js';
import { programmesRoutes } from './routes/programmes.js';
import { projectsRoutes } from './routes/projects.js';
import { publicRoutes, type PublicSiteOptions } from './routes/public.js';
import { organisationNameRoutes } from './routes/organisation-name.js';
import { publicSiteRoutes } from './routes/public-site.js';
import { PublicCache } from './public/public-cache.js';
import { publicRateLimit } from './public/rate-limit.js';
import { publicSiteForced } from '../app/public/public-site.js';
import { indicatorsRoutes } from './routes/indicators.js';
import { reportRoutes } from './routes/reports.js';
import { roundsRoutes } from './routes/rounds.js';
import { searchRoutes } from './routes/search.js';
import { usersRoutes } from './routes/users.js';
import { notificationsRoutes } from './routes/notifications.js';
import { sessionRoutes } from './routes/session.js';
import { ssoRoutes } from './routes/sso.js';
import { IdentityProvider } from './sso/provider.js';
import { signInSettingsFromEnv, type SignInSettings } from './sso/settings.js';
import { passwordLinkRoutes } from './routes/password-links.js';
import { installSessions } from './session.js';
import { installEarlyAnswerClose, REQUEST_TIMEOUT_MS, timeoutOptions } from './timeouts.js';
import { installWeb, WEB_ROOT } from './web.js';
import { installHealthAndMetrics } from './metrics.js';
import { closeDocumentPool } from '../documents/workers/pool.js';
import { installRequestLog, loggerOptions, requestId, type LogLevel } from './logging.js';

// A report with every narrative written out is far below this; only file imports get more (their route
// says so), and signing in, which anyone may try, much less: parsing a large body costs the whole process.
const BODY_LIMIT = 2 * 1024 * 1024;

/** What the server needs: the database, the clock, and where the built front end is. */
export interface ServerOptions {
  database: Database;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** Structured logs: pino's level and, for tests, where the lines go (stdout otherwise). Off when absent. */
  logger?: { level: LogLevel; stream?: NodeJS.WritableStream };
  /** The built front end to serve, or null for an API-only server (most tests). */
  webRoot?: string | null;
  /** X-Forwarded-* from proxies in front (TLS termination): a hop count or the proxies' addresses. */
  trustProxy?: boolean | number | string;
  /** How long a client may take to send a whole request (REQUEST_TIMEOUT_MS); tests shorten it. */
  requestTimeoutMs?: number;
  /** The public record (PUBLIC_SITE, PUBLIC_RATE_LIMIT by default); tests set it directly. */
  publicSite?: Partial<PublicSiteOptions>;
  /** Password sign-in and single sign-on (LOCAL_ACCOUNTS and OIDC_* by default); tests set them directly. */
  signIn?: SignInSettings;
}

/** Builds the Fastify application with sessions, routes, OpenAPI and error mapping (not yet listening). */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const trustProxy = typeof options.trustProxy === 'number' ? trustHops(options.trustProxy) : (options.trustProxy ?? false);
  const app = Fastify({
    logger: options.logger === undefined ? false : loggerOptions(options.logger.level, options.logger.stream),
    genReqId: requestId, logController: new LogController({ requestIdLogLabel: 'requestId', disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT, trustProxy, ...timeoutOptions(options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS),
  });
  installContract(app);
  app.decorate('redovisa', { database: options.database, now: options.now ?? (() => new Date()) });
  const webRoot = options.webRoot === undefined ? WEB_ROOT : options.webRoot;
  installErrorHandler(app, { spaIndex: webRoot !== null });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    // Over HTTPS (behind a trusted proxy that terminates TLS) the browser is told to come back over
    // HTTPS only, so nobody between can strip it from a later visit. Over plain HTTP the header
    // would be ignored, and on a developer's machine it would be wrong.
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    // A route may set a stricter policy of its own (the HTML document of a report is sandboxed).
    if (!reply.hasHeader('content-security-policy')) {
      reply.header('content-security-policy',
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    }
  });
  installEarlyAnswerClose(app);
  installRequestLog(app);
  await app.register(cookie);
  installSessions(app);
  installControlCharacterCheck(app);
  await installOpenApi(app);
  installHealthAndMetrics(app);
  app.addHook('onClose', async () => closeDocumentPool());
  const signIn = options.signIn ?? signInSettingsFromEnv();
  const identityProvider = signIn.sso === null ? null : new IdentityProvider(signIn.sso);
  await app.register(sessionRoutes(signIn, identityProvider));
  await app.register(ssoRoutes(signIn, identityProvider));
  await app.register(passwordLinkRoutes);
  await app.register(reportRoutes);
  await app.register(usersRoutes);
  await app.register(committeesRoutes);
  await app.register(programmesRoutes);
  await app.register(projectsRoutes);
  await app.register(indicatorsRoutes);
  await app.register(roundsRoutes);
  await app.register(financeRoutes);
  const publicSite: PublicSiteOptions = {
    forced: options.publicSite?.forced ?? publicSiteForced(),
    rateLimitPerMinute: options.publicSite?.rateLimitPerMinute ?? publicRateLimit(),
    // The database is asked whether anything changed at most once a second per process.
    cacheCheckMs: options.publicSite?.cacheCheckMs ?? 1_000,
  };
  const publicCache = new PublicCache(options.database, { forced: publicSite.forced, checkEveryMs: publicSite.cacheCheckMs });
  await app.register(publicSiteRoutes(publicSite.forced, publicCache));
  await app.register(organisationNameRoutes(publicCache));
  await app.register(publicRoutes(publicSite, publicCache));
  await app.register(searchRoutes);
  await app.register(dashboardRoutes);
  await app.register(notificationsRoutes);
  if (webRoot !== null) await installWeb(app, webRoot);
  return app;
}

/** Trusts the nearest `hops` proxies: the client is the address just beyond them, not what it wrote. */
function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}
