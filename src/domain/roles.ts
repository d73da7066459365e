/** The roles of DESIGN.md §2. Committee roles work on their own committee only. */
export const ROLES = ['reporter', 'approver', 'controller', 'admin', 'reader'] as const;
export type Role = (typeof ROLES)[number];

/** Swedish names of the roles, for screens. */
export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  reporter: 'Rapportör',
  approver: 'Attestant i nämnden',
  controller: 'Controller',
  admin: 'Administratör',
  reader: 'Läsare',
};

/** True for roles that belong to one committee. */
export function isCommitteeRole(role: Role): boolean {
  return role === 'reporter' || role === 'approver';
}
