import { outbox } from '../../db/index.js';
import type { OutboxMessage } from '../../db/repositories/outbox.js';
import type { OutboxState } from '../../db/schema.js';
import { AppError } from '../../domain/errors.js';
import type { AppContext } from '../context.js';
import { canReadOutbox } from '../policies/notification.js';

// The newest e-mails; the counts cover all of them, so nothing older goes unnoticed.
const LIST_LIMIT = 200;

/** The outbox for the admin: the newest e-mails and how many are pending, sent and failed. */
export function listOutbox(ctx: AppContext): Promise<{ items: OutboxMessage[]; counts: Record<OutboxState, number> }> {
  if (!canReadOutbox(ctx.actor)) throw new AppError('forbidden', 'Bara en administratör får läsa utkorgen.');
  return outbox.list(ctx.database.db, LIST_LIMIT);
}
