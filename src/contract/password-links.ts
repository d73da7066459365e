// One-time links to choose a password: asking for one (a forgotten password), reading what one is
// for, and using it. The token travels in request bodies only, never in an address.
import { z } from 'zod';
import { timestampField } from './common.js';

const token = z.string({ error: 'Länken saknas: öppna länken i e-postmeddelandet igen.' })
  .min(1, 'Länken saknas: öppna länken i e-postmeddelandet igen.').max(200, 'Länken är inte hel: öppna länken i e-postmeddelandet igen.');

/** POST /api/password-resets: the address that forgot its password. */
export const passwordResetInput = z.object({
  email: z.string({ error: 'Ange din e-postadress.' }).trim().min(1, 'Ange din e-postadress.').max(320, 'E-postadressen är för lång.'),
});
export type PasswordResetInput = z.input<typeof passwordResetInput>;

/** The one answer to every reset request, whether or not the address exists. */
export const passwordResetAnswerSchema = z.strictObject({ message: z.string() });
export type PasswordResetAnswer = z.infer<typeof passwordResetAnswerSchema>;

/** POST /api/password-link: which link. */
export const passwordLinkInput = z.object({ token });
export type PasswordLinkInput = z.input<typeof passwordLinkInput>;

/** What a link is for: whose password, an invitation or a reset, and until when it opens. */
export const passwordLinkSchema = z.strictObject({
  email: z.string(),
  name: z.string(),
  purpose: z.enum(['invitation', 'reset']),
  expiresAt: timestampField,
});
export type PasswordLink = z.infer<typeof passwordLinkSchema>;

/** POST /api/password-link/use: the link and the password chosen with it. */
export const usePasswordLinkInput = z.object({
  token,
  password: z.string({ error: 'Ange ett lösenord.' }).max(1000, 'Lösenordet får vara högst 1 000 tecken långt.'),
});
export type UsePasswordLinkInput = z.input<typeof usePasswordLinkInput>;
