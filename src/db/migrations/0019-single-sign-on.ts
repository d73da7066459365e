import type { Kysely, Migration } from 'kysely';

/**
 * Single sign-on (OpenID Connect): a user carries the provider's subject (`sub`) once they have signed
 * in through it, so a changed e-mail address at the provider still finds the same account; a subject
 * belongs to one user. A session opened through the provider keeps its ID token, which the provider's
 * sign-out asks for (`id_token_hint`) when the user signs out.
 */
export const singleSignOn: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('users').addColumn('oidc_subject', 'text').execute();
    await db.schema.createIndex('users_oidc_subject').unique().on('users').column('oidc_subject').execute();
    await db.schema.alterTable('sessions').addColumn('id_token', 'text').execute();
  },
};
