import { auditEvents, committees, users, withTransaction, type Database } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import { roleForGroups, type RoleMapping } from '../../domain/role-map.js';
import { ROLE_NAMES } from '../../domain/roles.js';
import { openSession, type NewSession } from './sign-in.js';
import { auditedFields, parseEmail, parseName } from './user-rules.js';

/** How the provider's claims are read, and who may get an account (the server's SSO settings). */
export interface ClaimRules {
  /** The claim that carries the e-mail address. */
  emailClaim: string;
  /** The claim that carries the groups: a list of strings, or one string. */
  groupClaim: string;
  roleMap: readonly RoleMapping[];
}

/** What a sign-in through the provider came to: the session, and whether the account was made now. */
export interface SingleSignOnResult extends NewSession {
  provisioned: boolean;
}

const ASK = 'Kontakta Redovisas administratör om du ska ha tillgång.';

function refuse(message: string): never {
  throw new AppError('forbidden', message);
}

function groupsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((group): group is string => typeof group === 'string') : [];
}

// The name the provider gives (`name`, or given and family name); the address when it gives none usable.
function nameOf(claims: Readonly<Record<string, unknown>>, email: string): string {
  const text = (key: string) => (typeof claims[key] === 'string' ? claims[key] : '');
  const candidate = text('name') || `${text('given_name')} ${text('family_name')}`;
  try {
    return parseName(candidate);
  } catch {
    return email;
  }
}

/**
 * Signs in a person the organisation's provider has vouched for (claims from its verified ID token).
 * They are found by the provider's subject recorded on an earlier sign-in, or else by e-mail address
 * (any letter case), and the subject is then recorded on them; a person with no account gets one with
 * the role of the first group of the map they are in. Anyone else, an inactive user, or an address
 * that belongs to a user linked to another subject is refused with a Swedish reason (403), and nothing
 * is written. Provisioning, linking and the session, each with its audit event, are one transaction.
 */
export async function signInThroughProvider(
  database: Database,
  input: { claims: Readonly<Record<string, unknown>>; rules: ClaimRules; idToken: string; ip: string | null; now: Date },
): Promise<SingleSignOnResult> {
  const { claims, rules, now, ip } = input;
  const subject = typeof claims.sub === 'string' && claims.sub !== '' ? claims.sub : refuse('Organisationens inloggning angav inte vem du är (anspråket sub saknas).');
  const rawEmail = claims[rules.emailClaim];
  if (typeof rawEmail !== 'string' || rawEmail.trim() === '') {
    refuse(`Organisationens inloggning skickade ingen e-postadress (anspråket ${rules.emailClaim}), så Redovisa vet inte vem du är. ${ASK}`);
  }
  const email = (() => {
    try {
      return parseEmail(rawEmail);
    } catch {
      return refuse(`Organisationens inloggning skickade ”${rawEmail.slice(0, 80)}” som e-postadress (anspråket ${rules.emailClaim}), och det är ingen giltig adress. ${ASK}`);
    }
  })();
  // An address the provider says it has not verified proves nothing; one it says nothing about is its own.
  if (rules.emailClaim === 'email' && claims.email_verified === false) {
    refuse(`Organisationens inloggning har inte bekräftat din e-postadress ${email}, så den kan inte kopplas till ett konto i Redovisa. ${ASK}`);
  }

  return withTransaction(database, async (trx) => {
    const found = await users.findForSingleSignOn(trx, { subject, email });
    if (found) {
      const { user } = found;
      if (found.subject !== null && found.subject !== subject) {
        refuse(`E-postadressen ${email} hör till en användare i Redovisa som loggar in med en annan identitet hos organisationen. ${ASK}`);
      }
      if (!user.active) refuse(`Ditt konto i Redovisa (${user.email}) är avstängt. ${ASK}`);
      // The provider's address is the person's present one (reminders go there): a changed address is
      // taken over, unless another user of Redovisa has it — then the account keeps its own.
      if (found.subject === subject && email !== user.email && !(await users.findByEmail(trx, email))) {
        await users.update(trx, user.id, { email });
        await auditEvents.append(trx, {
          occurredAt: now, actorId: user.id, actorLabel: user.name, action: 'user.updated',
          entityType: 'user', entityId: user.id, ip, before: { email: user.email }, after: { email, via: 'sso' },
        });
      }
      if (found.subject === null) {
        await users.recordSubject(trx, user.id, subject);
        await auditEvents.append(trx, {
          occurredAt: now, actorId: user.id, actorLabel: user.name, action: 'user.sso_linked',
          entityType: 'user', entityId: user.id, ip, after: { subject },
        });
      }
      return { ...(await openSession(trx, user, { now, ip, idToken: input.idToken })), provisioned: false };
    }

    const groups = groupsOf(claims[rules.groupClaim]);
    const mapping = roleForGroups(rules.roleMap, groups);
    if (!mapping) {
      refuse(`Du är inloggad hos organisationen som ${email}, men du har inget konto i Redovisa och ingen av dina grupper ger någon roll här. ${ASK}`);
    }
    let committeeId: number | null = null;
    if (mapping.committee !== null) {
      const committee = await committees.findByName(trx, mapping.committee);
      if (!committee?.active) {
        refuse(`Din grupp ${mapping.group} ger rollen ${ROLE_NAMES[mapping.role]} i nämnden ”${mapping.committee}”, men den nämnden finns inte${committee ? ' längre som aktiv' : ''} i Redovisa. ${ASK}`);
      }
      committeeId = committee.id;
    }
    // No password: the person signs in through the provider (an admin may give one later).
    const user = await users.create(trx, { email, name: nameOf(claims, email), role: mapping.role, committeeId, passwordHash: '', oidcSubject: subject, now });
    await auditEvents.append(trx, {
      occurredAt: now, actorId: user.id, actorLabel: user.name, action: 'user.provisioned',
      entityType: 'user', entityId: user.id, ip, after: { ...auditedFields(user), group: mapping.group, subject },
    });
    return { ...(await openSession(trx, user, { now, ip, idToken: input.idToken })), provisioned: true };
  });
}
