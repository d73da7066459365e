// Which role a person gets who signs in through the organisation's identity provider and has no
// account yet: the provider's groups mapped to Redovisa's roles (OIDC_ROLE_MAP).
import { AppError } from './errors.js';
import { isCommitteeRole, ROLE_NAMES, ROLES, type Role } from './roles.js';

/** One line of the map: members of `group` get `role`, a committee role in the named committee. */
export interface RoleMapping {
  group: string;
  role: Role;
  /** The committee's name as Redovisa has it, for reporter and approver; null for central roles. */
  committee: string | null;
}

const FIELD = 'OIDC_ROLE_MAP';
const FORM = 'grupp=roll, eller grupp=roll:nämnd för rapportör och attestant';

function refuse(message: string): never {
  throw new AppError('invalid_input', `${FIELD}: ${message}`, { field: FIELD });
}

/**
 * Reads OIDC_ROLE_MAP: entries separated by commas or line breaks, each `group=role` or
 * `group=role:committee` (`redovisa-controllers=controller, hv-reporters=reporter:Hässelby-Vällingby
 * stadsdelsnämnd`). The role is one of ROLES; reporter and approver name their committee, the central
 * roles none. The group is everything before the last `=`, the committee everything after the first
 * `:` of the rest. Order matters: a person in several groups gets the first entry that matches.
 * Throws a Swedish invalid_input naming the entry otherwise.
 */
export function parseRoleMap(text: string | undefined): RoleMapping[] {
  const entries = (text ?? '').split(/[,\n]/u).map((entry) => entry.trim()).filter((entry) => entry !== '');
  const mappings: RoleMapping[] = [];
  for (const entry of entries) {
    const equals = entry.lastIndexOf('=');
    if (equals < 0) refuse(`posten ”${entry}” ska skrivas ${FORM}.`);
    const group = entry.slice(0, equals).trim();
    const value = entry.slice(equals + 1);
    const colon = value.indexOf(':');
    const roleText = (colon < 0 ? value : value.slice(0, colon)).trim();
    const committee = colon < 0 ? null : value.slice(colon + 1).trim();
    if (group === '') refuse(`posten ”${entry}” saknar grupp före =; den ska skrivas ${FORM}.`);
    const role = ROLES.find((r) => r === roleText);
    if (role === undefined) refuse(`posten ”${entry}” har den okända rollen ”${roleText}”; välj bland ${ROLES.join(', ')}.`);
    if (isCommitteeRole(role) && !committee) {
      refuse(`rollen ${ROLE_NAMES[role]} hör till en nämnd: skriv ${group}=${role}:nämndens namn.`);
    }
    if (!isCommitteeRole(role) && committee !== null) {
      refuse(`rollen ${ROLE_NAMES[role]} hör inte till någon nämnd: skriv ${group}=${role} utan ”:${committee}”.`);
    }
    if (mappings.some((m) => m.group === group)) refuse(`gruppen ”${group}” står mer än en gång.`);
    mappings.push({ group, role, committee: committee === '' ? null : committee });
  }
  return mappings;
}

/** The first entry of the map whose group the person is a member of; undefined when none is. */
export function roleForGroups(map: readonly RoleMapping[], groups: readonly string[]): RoleMapping | undefined {
  const member = new Set(groups);
  return map.find((mapping) => member.has(mapping.group));
}
