/** Assertions whose failure message lists every finding in full (vitest truncates long arrays). */

/** Fails with `message` and one line per finding when the list is not empty. */
export function expectNone(findings: readonly string[], message: string): void {
  if (findings.length) throw new Error(`${message} (${findings.length}):\n  - ${findings.join('\n  - ')}`);
}
