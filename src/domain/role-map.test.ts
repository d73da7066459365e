import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { parseRoleMap, roleForGroups } from './role-map.js';

const refusal = (text: string) => {
  try {
    parseRoleMap(text);
  } catch (error) {
    if (error instanceof AppError) return [error.code, error.message, error.details];
  }
  return 'accepted';
};

describe('the group → role map (OIDC_ROLE_MAP)', () => {
  it('reads entries separated by commas and line breaks, committee roles with their committee', () => {
    expect(parseRoleMap('redovisa-controllers=controller, hv-reporters=reporter:Hässelby-Vällingby stadsdelsnämnd\n cn=läsare = reader ,')).toEqual([
      { group: 'redovisa-controllers', role: 'controller', committee: null },
      { group: 'hv-reporters', role: 'reporter', committee: 'Hässelby-Vällingby stadsdelsnämnd' },
      { group: 'cn=läsare', role: 'reader', committee: null },
    ]);
    expect(parseRoleMap(undefined)).toEqual([]);
    expect(parseRoleMap('  ')).toEqual([]);
  });

  it('refuses what it cannot read, in Swedish, naming the entry and the variable', () => {
    const field = { field: 'OIDC_ROLE_MAP' };
    expect(refusal('controllers')).toEqual(['invalid_input', 'OIDC_ROLE_MAP: posten ”controllers” ska skrivas grupp=roll, eller grupp=roll:nämnd för rapportör och attestant.', field]);
    expect(refusal('=admin')).toEqual(['invalid_input', 'OIDC_ROLE_MAP: posten ”=admin” saknar grupp före =; den ska skrivas grupp=roll, eller grupp=roll:nämnd för rapportör och attestant.', field]);
    expect(refusal('chefer=kung')).toEqual(['invalid_input', 'OIDC_ROLE_MAP: posten ”chefer=kung” har den okända rollen ”kung”; välj bland reporter, approver, controller, admin, reader.', field]);
    expect(refusal('hv=approver')).toEqual(['invalid_input', 'OIDC_ROLE_MAP: rollen Attestant i nämnden hör till en nämnd: skriv hv=approver:nämndens namn.', field]);
    expect(refusal('hv=reporter:')).toEqual(['invalid_input', 'OIDC_ROLE_MAP: rollen Rapportör hör till en nämnd: skriv hv=reporter:nämndens namn.', field]);
    expect(refusal('ekonomi=controller:Kista')).toEqual(['invalid_input', 'OIDC_ROLE_MAP: rollen Controller hör inte till någon nämnd: skriv ekonomi=controller utan ”:Kista”.', field]);
    expect(refusal('a=reader, a=admin')).toEqual(['invalid_input', 'OIDC_ROLE_MAP: gruppen ”a” står mer än en gång.', field]);
  });

  it('gives the first entry whose group the person is in, or none', () => {
    const map = parseRoleMap('admins=admin, ekonomi=controller, hv=reporter:Hässelby-Vällingby stadsdelsnämnd');
    expect(roleForGroups(map, ['hv', 'ekonomi'])).toEqual({ group: 'ekonomi', role: 'controller', committee: null });
    expect(roleForGroups(map, ['hv'])?.role).toBe('reporter');
    expect(roleForGroups(map, ['Ekonomi', 'alla'])).toBeUndefined();
    expect(roleForGroups(map, [])).toBeUndefined();
  });
});
