import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publicSiteState, setPublicSite } from '../../app/public/public-site.js';
import { canManagePublicSite } from '../../app/policies/public-site.js';
import { publicSiteInput, publicSiteSchema } from '../../contract/public.js';
import { AppError } from '../../domain/errors.js';
import { authorizeFirst } from '../authorize.js';
import type { PublicCache } from '../public/public-cache.js';
import { contextOf } from '../session.js';

const TAGS = ['Offentligt'];

/** The public record's switch: anyone may ask whether it is on; the admin turns it on or off. */
export function publicSiteRoutes(forced: boolean, cache: PublicCache): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/public-site', {
      schema: { tags: TAGS, summary: 'Om den offentliga delen (/offentligt, /oppna-data/) är på', response: { 200: publicSiteSchema } },
    }, async () => publicSiteState(app.redovisa.database.db, forced));

    app.put('/api/public-site', {
      onRequest: authorizeFirst((actor) => {
        if (!canManagePublicSite(actor)) throw new AppError('forbidden', 'Bara en administratör får slå på eller av den offentliga delen.');
      }),
      schema: { tags: TAGS, summary: 'Slå på eller av den offentliga delen (administratör)', body: publicSiteInput, response: { 200: publicSiteSchema } },
    }, async (request) => {
      const state = await setPublicSite(contextOf(request), request.body.enabled, forced);
      cache.forget();
      return state;
    });
  };
}
