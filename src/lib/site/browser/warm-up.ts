/**
 * Warming DuckDB-WASM up while the page sits idle. The first runs of a query shape are several times
 * slower than later ones: V8 starts the engine's wasm on its baseline compiler and optimises the hot
 * functions only after they have run a while, and table blocks are read on first touch. At a million
 * tickets the first filter change took 1.5 s and the same change later about 0.4 s.
 *
 * So once the page is interactive, its own queries are run for a few views nobody asked for yet,
 * one statement at a time, on the engine itself: nothing is remembered, so no figure on screen ever
 * comes from a warm-up. A view change stops it before its next statement; the user waits at most
 * for the statement in flight.
 */
import type { Db, Row } from '../../db/db.ts';
import type { Channel } from '../../config/types.ts';
import type { ViewState } from '../url-state.ts';

/** Thrown into a stopped warm-up's pending queries. */
export class WarmUpStopped extends Error {
  constructor() {
    super('warm-up stopped');
  }
}

/**
 * A `Db` that sends one statement at a time to `db`, in call order, and asks `stop` before each:
 * once it says yes, that query and every later one reject with `WarmUpStopped` without running.
 */
export function oneAtATime(db: Db, stop: () => boolean): Db {
  let chain: Promise<unknown> = Promise.resolve();
  return {
    query<T = Row>(sql: string, label?: string): Promise<T[]> {
      const next = chain.then(() => {
        if (stop()) throw new WarmUpStopped();
        return db.query<T>(sql, label && `warm-up ${label}`);
      });
      chain = next.catch(() => undefined);
      return next;
    },
  };
}

/**
 * Views to warm up with: the current view with each of up to `count` other channels. A channel
 * filter reaches every tile and chart of a page, so their queries all run.
 */
export function warmUpViews(view: ViewState, channels: readonly Channel[], count = 2): ViewState[] {
  return channels.filter((c) => c && !view.channel.includes(c)).slice(0, count).map((c) => ({ ...view, channel: [c] }));
}

/**
 * Runs `query` for each view on `oneAtATime(db, stop)` and drops the answers; failures are ignored
 * (a failing block shows its error when the user asks for it). Resolves with how many views ran to
 * the end, and stops at the first view `stop` cut short.
 */
export async function warmUp(query: (db: Db, view: ViewState) => Promise<unknown>, views: readonly ViewState[], db: Db, stop: () => boolean): Promise<number> {
  const serial = oneAtATime(db, stop);
  let done = 0;
  for (const view of views) {
    if (stop()) break;
    await query(serial, view).catch(() => undefined);
    if (stop()) break;
    done++;
  }
  return done;
}
