import { hash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A keyed hash for customer ids: the salt comes from SERVICE_PULSE_SALT or a file kept beside the
 * rejects report (never published), so ids can be matched across runs but not reversed from the site.
 */
export function customerHasher(reportsDir: string, env: NodeJS.ProcessEnv = process.env): (id: string) => string {
  const key = customerSalt(reportsDir, env) + '\u0000';
  const memo = new Map<string, string>();
  return (id) => {
    let h = memo.get(id);
    if (h === undefined) memo.set(id, (h = hash('sha256', key + id, 'hex').slice(0, 20)));
    return h;
  };
}

/** The salt `customerHasher` keys its hash with (the native reader hashes in SQL with the same key). */
export function customerSalt(reportsDir: string, env: NodeJS.ProcessEnv = process.env): string {
  let salt = env.SERVICE_PULSE_SALT;
  if (!salt) {
    const file = join(reportsDir, 'salt');
    if (existsSync(file)) salt = readFileSync(file, 'utf8').trim();
    else {
      mkdirSync(reportsDir, { recursive: true });
      salt = randomBytes(32).toString('hex');
      writeFileSync(file, salt + '\n', { mode: 0o600 });
    }
  }
  return salt;
}
