import type { Programme } from '../../app/setup/list-programmes.js';
import type * as api from '../../contract/programmes.js';

/** A programme in the API. */
export function presentProgramme(programme: Programme): api.Programme {
  return { id: programme.id, name: programme.name, ikb: programme.ikb, defaultAccount: programme.defaultAccount, accruedIncomeAccount: programme.accruedIncomeAccount };
}
