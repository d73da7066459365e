import type { Committee } from '../../app/setup/list-committees.js';

/** A committee in the API. */
export function presentCommittee(committee: Committee) {
  return { id: committee.id, name: committee.name, counterpartyNumber: committee.counterpartyNumber, active: committee.active };
}
