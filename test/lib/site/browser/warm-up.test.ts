import { describe, expect, test } from 'vitest';
import type { Db, Row } from '../../../../src/lib/db/db.ts';
import { parseViewState } from '../../../../src/lib/site/url-state.ts';
import { WarmUpStopped, oneAtATime, warmUp, warmUpViews } from '../../../../src/lib/site/browser/warm-up.ts';

/** A Db whose statements finish when the test says so; it records what ran and how many ran at once. */
function gatedDb() {
  const ran: string[] = [];
  const gates: (() => void)[] = [];
  let running = 0;
  let most = 0;
  const db: Db = {
    query<T = Row>(sql: string, label?: string): Promise<T[]> {
      ran.push(`${label ?? ''}:${sql}`);
      running++;
      most = Math.max(most, running);
      return new Promise<T[]>((resolve, reject) => {
        gates.push(() => {
          running--;
          if (sql === 'bad') reject(new Error('boom'));
          else resolve([{ sql } as T]);
        });
      });
    },
  };
  const tick = () => new Promise((r) => setTimeout(r, 0));
  /** Finishes the statement in flight and lets the next one start. */
  const finish = async () => {
    await tick();
    gates.shift()?.();
    await tick();
  };
  return { db, ran, finish, most: () => most };
}

describe('oneAtATime', () => {
  test('sends statements one by one in call order, whatever the caller awaits, and labels them as warm-up', async () => {
    const g = gatedDb();
    const db = oneAtATime(g.db, () => false);
    const all = Promise.all([db.query('a', 'csat'), db.query('b'), db.query('c', 'fcr')]);
    await g.finish();
    await g.finish();
    await g.finish();
    expect(await all).toEqual([[{ sql: 'a' }], [{ sql: 'b' }], [{ sql: 'c' }]]);
    expect(g.ran).toEqual(['warm-up csat:a', ':b', 'warm-up fcr:c']);
    expect(g.most()).toBe(1);
  });

  test('once stop says yes, the statement in flight finishes and no later one reaches the engine', async () => {
    const g = gatedDb();
    let stopped = false;
    const db = oneAtATime(g.db, () => stopped);
    const a = db.query('a');
    const b = db.query('b');
    await new Promise((r) => setTimeout(r, 0));
    stopped = true;
    await g.finish();
    expect(await a).toEqual([{ sql: 'a' }]);
    await expect(b).rejects.toBeInstanceOf(WarmUpStopped);
    expect(g.ran).toEqual([':a']);
  });

  test('a failing statement does not stop the next one', async () => {
    const g = gatedDb();
    const db = oneAtATime(g.db, () => false);
    const bad = db.query('bad');
    const next = db.query('ok');
    await g.finish();
    await expect(bad).rejects.toThrow('boom');
    await g.finish();
    expect(await next).toEqual([{ sql: 'ok' }]);
  });
});

describe('warmUpViews', () => {
  test('the current view with each of the first other channels', () => {
    const view = parseViewState('quarter=2026-Q2&channel=phone&team=A').state;
    expect(warmUpViews(view, ['phone', 'email', 'chat', 'web']).map((v) => [v.channel, v.quarter, v.team])).toEqual([
      [['email'], '2026-Q2', ['A']],
      [['chat'], '2026-Q2', ['A']],
    ]);
    expect(warmUpViews(view, ['phone'])).toEqual([]);
  });
});

describe('warmUp', () => {
  const views = warmUpViews(parseViewState('').state, ['phone', 'email']);

  test('runs each view’s queries through one statement at a time and counts the views that ran to the end', async () => {
    const seen: string[] = [];
    const db: Db = { query: async <T = Row>(sql: string) => (seen.push(sql), [] as T[]) };
    const query = async (d: Db, v: (typeof views)[number]) => Promise.all([d.query(`tiles ${v.channel}`), d.query(`charts ${v.channel}`)]);
    expect(await warmUp(query, views, db, () => false)).toBe(2);
    expect(seen).toEqual(['tiles phone', 'charts phone', 'tiles email', 'charts email']);
  });

  test('stops at the first view cut short; a failing query does not end it', async () => {
    const seen: string[] = [];
    let stop = false;
    const db: Db = {
      query: async <T = Row>(sql: string) => {
        seen.push(sql);
        if (sql === 'tiles phone') throw new Error('boom');
        if (sql === 'charts phone') stop = true;
        return [] as T[];
      },
    };
    const query = async (d: Db, v: (typeof views)[number]) => Promise.all([d.query(`tiles ${v.channel}`), d.query(`charts ${v.channel}`), d.query(`scores ${v.channel}`)]);
    expect(await warmUp(query, views, db, () => stop)).toBe(0);
    expect(seen).toEqual(['tiles phone', 'charts phone']);
  });
});
