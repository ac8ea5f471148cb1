/** Runs axe-core (injected from node_modules) on a page and returns its serious and critical violations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let source: string | undefined;

/** One serious or critical violation, ready for a failure message. */
export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The serious and critical axe violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

/** A one-line description of a violation. */
export function describeViolation(v: Violation): string {
  return `${v.impact} ${v.id}: ${v.help} — ${v.targets.join(' | ')}`;
}
