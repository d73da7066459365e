// Background work of `redovisa serve`: a task run every few seconds, never two runs at once in one
// process (several processes coordinate through the database, each task in its own way).

/** A running repetition; `stop` waits for a run in progress to end. */
export interface Repeating {
  stop: () => Promise<void>;
}

/**
 * Runs `task` every `everyMs` (and at once when `atOnce`) until stopped; a tick is skipped while the
 * previous run is still going. A failed run is handed to `onError`, and the next tick tries again.
 */
export function repeat(task: () => Promise<unknown>, options: { everyMs: number; onError: (error: unknown) => void; atOnce?: boolean }): Repeating {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running !== null || stopped) return;
    running = task().then(() => undefined, options.onError).finally(() => {
      running = null;
    });
  };
  const timer = setInterval(tick, options.everyMs);
  timer.unref();
  if (options.atOnce) tick();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
