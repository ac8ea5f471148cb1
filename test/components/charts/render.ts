import { parseHTML } from 'linkedom';

/** A fresh linkedom document, as the build uses. */
export function newDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/** Serialises an element as stable, diff-friendly markup: numbers rounded, one tag per line. */
export function normalize(el: Element): string {
  // Plot numbers marker and clip ids with a process-wide counter; renumber them per chart.
  const ids = new Map<string, number>();
  return el.outerHTML
    .replace(/plot-(marker|clip|pattern|gradient)-(\d+)/g, (m, kind: string) => {
      if (!ids.has(m)) ids.set(m, ids.size + 1);
      return `plot-${kind}-${ids.get(m)}`;
    })
    .replace(/(\d+\.\d{3,})/g, (m) => String(Math.round(Number(m) * 100) / 100))
    .replace(/></g, '>\n<')
    .concat('\n');
}
