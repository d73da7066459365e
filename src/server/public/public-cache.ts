// The public answers, kept in this process's memory and thrown away when the database says anything
// changed. The stamp (src/db/repositories/public-record.ts: changeStamp) lives in the database, so
// every process on one PostgreSQL sees a change made through any of them; each process asks for it
// at most once per `checkEveryMs`, and concurrent requests share that one question.
import { createHash } from 'node:crypto';
import { publicRecord, type Database } from '../../db/index.js';
import { publicSiteState } from '../../app/public/public-site.js';

/** A finished answer: its bytes, media type, entity tag, any headers of its own, and its status when not 200. */
export interface CachedAnswer {
  readonly body: Buffer;
  readonly type: string;
  readonly etag: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** 400 for a page that refuses what was asked (the public search's form with its error). */
  readonly status?: number;
}

/** The switch and the stamp as last read from the database. */
interface Snapshot {
  readonly stamp: string;
  readonly enabled: boolean;
  readonly readAt: number;
}

// Documents of a few hundred reports fit easily; beyond that the oldest entry makes room.
const MAX_ENTRIES = 1_000;

/** Makes a cached answer with a strong entity tag from its bytes. */
export function cachedAnswer(body: Buffer | string, type: string, headers?: Record<string, string>, status?: number): CachedAnswer {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 22)}"`;
  return { body: bytes, type, etag, ...(headers ? { headers } : {}), ...(status !== undefined ? { status } : {}) };
}

/** The cache of one process's public answers. */
export class PublicCache {
  private snapshot: Snapshot | undefined;
  private pending: Promise<Snapshot> | undefined;
  private readonly answers = new Map<string, Promise<CachedAnswer>>();

  constructor(
    private readonly database: Database,
    private readonly options: { forced: boolean; checkEveryMs: number; clock?: () => number },
  ) {}

  /** Whether the public part is on, from a snapshot no older than checkEveryMs. */
  async enabled(): Promise<boolean> {
    return (await this.current()).enabled;
  }

  /** The answer for `key`, built once per change of the database. A failed build is not kept. */
  async get(key: string, build: () => Promise<CachedAnswer>): Promise<CachedAnswer> {
    await this.current();
    let answer = this.answers.get(key);
    if (!answer) {
      if (this.answers.size >= MAX_ENTRIES) this.answers.delete(this.answers.keys().next().value ?? '');
      answer = build();
      this.answers.set(key, answer);
      answer.catch(() => this.answers.delete(key));
    }
    return answer;
  }

  /** Makes the next request read the database again (after a change made through this process). */
  forget(): void {
    this.snapshot = undefined;
  }

  private now(): number {
    return (this.options.clock ?? Date.now)();
  }

  private async current(): Promise<Snapshot> {
    const known = this.snapshot;
    if (known && this.now() - known.readAt < this.options.checkEveryMs) return known;
    this.pending ??= this.read().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async read(): Promise<Snapshot> {
    const { db } = this.database;
    const [stamp, state] = await Promise.all([publicRecord.changeStamp(db), publicSiteState(db, this.options.forced)]);
    if (this.snapshot?.stamp !== stamp) this.answers.clear();
    this.snapshot = { stamp, enabled: state.enabled, readAt: this.now() };
    return this.snapshot;
  }
}
