// A per-address limit on the public routes only, so that a crowd (or one scraper) cannot take the
// CPU the committees' work needs; signed-in routes never pass through it. Counted per process in
// fixed one-minute windows: with several processes an address gets the limit at each of them, which
// is enough for its purpose (the answers are cached; the limit guards the CPU of each process).
import { AppError } from '../../domain/errors.js';

/** Requests per address and minute when PUBLIC_RATE_LIMIT is not set. */
export const DEFAULT_PUBLIC_RATE_LIMIT = 600;
const WINDOW_MS = 60_000;

/** PUBLIC_RATE_LIMIT as a positive whole number of requests per minute, or the default. */
export function publicRateLimit(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.PUBLIC_RATE_LIMIT?.trim();
  if (text === undefined || text === '') return DEFAULT_PUBLIC_RATE_LIMIT;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1) {
    throw new AppError('invalid_input', `PUBLIC_RATE_LIMIT ska vara ett positivt heltal (förfrågningar per minut och adress), inte "${text}".`);
  }
  return value;
}

/** Counts requests per address; `take` says whether one more is allowed, and when to come back if not. */
export class RateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(private readonly perMinute: number, private readonly clock: () => number = Date.now) {}

  /** Records a request from the address: null when allowed, else the seconds until the next window. */
  take(address: string): number | null {
    const now = this.clock();
    if (now - this.windowStart >= WINDOW_MS) {
      this.windowStart = now;
      this.counts = new Map();
    }
    const count = (this.counts.get(address) ?? 0) + 1;
    this.counts.set(address, count);
    return count > this.perMinute ? Math.max(1, Math.ceil((this.windowStart + WINDOW_MS - now) / 1000)) : null;
  }
}
