// One-time links to choose a password, for an invited user and for a forgotten password. Nobody
// passes a password around: the link goes by e-mail through the outbox, and its token is made only
// when the e-mail is sent (the outbox and the database hold no usable token, only its SHA-256). A link
// opens once, for 72 hours, and only while it is the user's newest.
import { randomBytes } from 'node:crypto';
import { auditEvents, outbox, passwordLinks, sessions, signInAttempts, users, withTransaction, type Database, type Executor, type PasswordLinkPurpose } from '../../db/index.js';
import type { PasswordLink } from '../../db/repositories/password-links.js';
import { AppError } from '../../domain/errors.js';
import { assertPasswordAcceptable, hashPassword } from './passwords.js';

/** How long a link opens the password page after its e-mail is sent: 72 hours, for both purposes. */
export const PASSWORD_LINK_VALID_MS = 72 * 60 * 60 * 1000;
/**
 * The page a link opens. The token follows in the fragment (`#…`), which a browser never sends to a
 * server: it reaches no access log, proxy or Referer header; the page posts it in a request body.
 */
export const PASSWORD_LINK_PATH = '/konto/losenord';

const VALIDITY = 'Länken gäller i 72 timmar och kan bara användas en gång.';

/** The user a link is for. */
export interface LinkRecipient {
  readonly id: number;
  readonly email: string;
  readonly name: string;
}

/**
 * Asks for a new link for the user and puts its e-mail in the outbox, inside the caller's
 * transaction; the user's earlier links stop working. `inviter` names who invited (invitations only).
 */
export async function enqueuePasswordLink(
  trx: Executor, user: LinkRecipient, purpose: PasswordLinkPurpose, now: Date, inviter?: string,
): Promise<void> {
  const passwordLinkId = await passwordLinks.request(trx, { userId: user.id, purpose, now });
  const mail = purpose === 'invitation'
    ? {
      subject: 'Välkommen till Redovisa: välj ditt lösenord',
      body: [
        `Hej ${user.name}!`,
        '',
        `${inviter ?? 'En administratör'} har lagt upp ett konto åt dig i Redovisa. Du loggar in med din e-postadress, ${user.email}, och ett lösenord som du väljer själv med länken nedan.`,
        `${VALIDITY} Har den gått ut kan du be om en ny på inloggningssidan under ”Glömt lösenordet?”.`,
      ].join('\n'),
    }
    : {
      subject: 'Välj ett nytt lösenord i Redovisa',
      body: [
        `Hej ${user.name}!`,
        '',
        `Någon har bett om en länk för att välja ett nytt lösenord till ditt konto i Redovisa (${user.email}). Var det du väljer du lösenordet med länken nedan. ${VALIDITY}`,
        '',
        'Var det inte du behöver du inte göra något: ditt lösenord är oförändrat.',
      ].join('\n'),
    };
  await outbox.enqueue(trx, [{ notificationId: null, recipient: user.email, ...mail, link: PASSWORD_LINK_PATH, passwordLinkId }], now);
}

/**
 * Makes the token of a link whose e-mail is being sent, valid for 72 hours from now; null when the
 * link was used or replaced by a newer one meanwhile (its e-mail is then not sent).
 */
export async function issuePasswordLinkToken(database: Database, linkId: number, now: Date): Promise<string | null> {
  const token = randomBytes(32).toString('base64url');
  const issued = await passwordLinks.issue(database.db, { id: linkId, token, now, expiresAt: new Date(now.getTime() + PASSWORD_LINK_VALID_MS) });
  return issued ? token : null;
}

/** The text of a password link's e-mail: its body, the link with the token, and who sends it. */
export function passwordLinkMailText(message: { body: string; link: string }, publicUrl: string, token: string): string {
  return [message.body, '', `${publicUrl.replace(/\/+$/, '')}${message.link}#${token}`, '', 'Du får det här meddelandet från Redovisa.'].join('\n');
}

/** What a link is for, as the password page shows it. */
export interface OpenLink {
  email: string;
  name: string;
  purpose: PasswordLinkPurpose;
  expiresAt: string;
}

const ASK_AGAIN = 'Be om en ny länk under ”Glömt lösenordet?” på inloggningssidan.';

function refused(code: 'not_found' | 'conflict', reason: string, message: string): AppError {
  return new AppError(code, reason === 'inactive' ? message : `${message} ${ASK_AGAIN}`, { field: 'token', reason });
}
const USED = () => refused('conflict', 'used', 'Länken har redan använts: varje länk fungerar en gång.');
const INACTIVE = () => refused('conflict', 'inactive', 'Kontot är inaktiverat. Fråga en administratör.');

/** Throws, saying why in Swedish, unless the link is there, unused, the newest, unexpired and its user active. */
function assertOpen(link: PasswordLink | undefined, now: Date): asserts link is PasswordLink {
  if (link === undefined) throw refused('not_found', 'unknown', 'Länken finns inte. Kontrollera att hela länken från e-postmeddelandet kom med.');
  if (link.usedAt !== null) throw USED();
  if (link.replacedAt !== null) throw refused('conflict', 'replaced', 'Länken har ersatts av en nyare: använd länken i det senaste e-postmeddelandet.');
  if (Date.parse(link.expiresAt) <= now.getTime()) throw refused('conflict', 'expired', 'Länken har gått ut: den gällde i 72 timmar.');
  if (!link.user.active) throw INACTIVE();
}

async function openLink(db: Executor, token: string, now: Date): Promise<PasswordLink> {
  const link = await passwordLinks.findByToken(db, token);
  assertOpen(link, now);
  return link;
}

/** What the link with this token is for; 404 when no link has it, 409 when it is used, replaced or expired. */
export async function readPasswordLink(database: Database, input: { token: string; now: Date }): Promise<OpenLink> {
  const link = await openLink(database.db, input.token, input.now);
  return { email: link.user.email, name: link.user.name, purpose: link.purpose, expiresAt: link.expiresAt };
}

/**
 * Sets the password of the link's user and uses the link up, in one transaction with its audit event
 * (which names the purpose, never the token): the user's other links stop working, every session of
 * theirs ends, and their failed sign-ins are forgotten. The password must be long and hard to guess.
 */
export async function setPasswordWithLink(database: Database, input: { token: string; password: string; ip: string | null; now: Date }): Promise<{ email: string }> {
  const { now } = input;
  const link = await openLink(database.db, input.token, now);
  await assertPasswordAcceptable(input.password, { email: link.user.email, name: link.user.name });
  // Hashing takes a noticeable moment on purpose; it happens before the transaction opens.
  const passwordHash = await hashPassword(input.password);
  await withTransaction(database, async (trx) => {
    // Used, replaced or expired since it was read (another tab, another process): the state now says why.
    if (!(await passwordLinks.use(trx, link.id, now))) {
      assertOpen(await passwordLinks.findByToken(trx, input.token), now);
      throw USED();
    }
    const user = await users.getById(trx, link.userId);
    if (!user.active) throw INACTIVE();
    await users.update(trx, user.id, { passwordHash });
    await passwordLinks.replaceOutstanding(trx, user.id, now);
    await sessions.removeForUser(trx, user.id);
    await signInAttempts.clear(trx, user.email);
    await auditEvents.append(trx, {
      occurredAt: now, actorId: user.id, actorLabel: user.name, action: 'user.password_set_by_link',
      entityType: 'user', entityId: user.id, ip: input.ip, after: { passwordChanged: true, purpose: link.purpose },
    });
  });
  return { email: link.user.email };
}
