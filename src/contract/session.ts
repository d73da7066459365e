// Signing in, and the session as the UI needs it: who, the CSRF token, and what they may do.
import { z } from 'zod';
import { ROLES } from '../domain/roles.js';
import { idField, timestampField } from './common.js';

/** POST /api/session. */
export const signInInput = z.object({
  email: z.string().trim().min(1, 'Ange din e-postadress.').max(320),
  password: z.string().min(1, 'Ange ditt lösenord.').max(1000),
});
export type SignInInput = z.input<typeof signInInput>;

/** What the signed-in user may do anywhere; the navigation follows it. */
export const globalAbilitiesSchema = z.strictObject({
  readReports: z.boolean(),
  manageSetup: z.boolean(),
  viewRoundOverview: z.boolean(),
  reviewReports: z.boolean(),
  manageUsers: z.boolean(),
  exportLedger: z.boolean(),
  reconcile: z.boolean(),
  readReconciliation: z.boolean(),
  readCityReport: z.boolean(),
  readOutbox: z.boolean(),
});
export type GlobalAbilities = z.infer<typeof globalAbilitiesSchema>;

/** The signed-in user as the session presents them. */
export const sessionUserSchema = z.strictObject({
  id: idField,
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  roleName: z.string(),
  committeeId: idField.nullable(),
  committeeName: z.string().nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/**
 * GET /api/session: `?optional=1` asks "is anyone signed in?" and answers a visitor 204 instead of
 * 401 (the front end's first question on every page, which a browser would log as an error).
 */
export const sessionQuery = z.object({
  optional: z.literal('1', { error: 'optional kan bara vara 1.' }).optional(),
});
export type SessionQuery = z.input<typeof sessionQuery>;

/** GET and POST /api/session. */
export const sessionSchema = z.strictObject({
  user: sessionUserSchema,
  csrfToken: z.string(),
  expiresAt: timestampField,
  abilities: globalAbilitiesSchema,
});
export type Session = z.infer<typeof sessionSchema>;

/** GET /api/auth/methods: how people may sign in here, for the sign-in page. */
export const signInMethodsSchema = z.strictObject({
  password: z.boolean().meta({ description: 'Inloggning med e-postadress och lösenord (av med LOCAL_ACCOUNTS=off).' }),
  organisation: z.strictObject({
    name: z.string().meta({ description: 'Vad inloggningsknappen kallar organisationens inloggning: ”Logga in med <name>”.' }),
    startUrl: z.string().meta({ description: 'Dit webbläsaren går för att logga in; `?till=/sida` tar den dit efteråt.' }),
  }).nullable().meta({ description: 'Organisationens inloggning (OpenID Connect), eller null när den inte är inställd.' }),
});
export type SignInMethods = z.infer<typeof signInMethodsSchema>;

/** DELETE /api/session of a session opened through a provider that offers its own sign-out. */
export const signedOutSchema = z.strictObject({
  logoutUrl: z.string().meta({ description: 'Organisationens utloggning, dit webbläsaren skickas för att logga ut där också.' }),
});
export type SignedOut = z.infer<typeof signedOutSchema>;
