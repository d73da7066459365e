import type { Committee } from '../../app/setup/list-committees.js';
import type * as api from '../../contract/committees.js';

/** A committee in the API. */
export function presentCommittee(committee: Committee): api.Committee {
  return { id: committee.id, name: committee.name, counterpartyNumber: committee.counterpartyNumber, active: committee.active };
}
