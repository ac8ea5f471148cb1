/** A small element builder for the pure renderers (tables and lists), in the build's linkedom and the browser's DOM alike. */

/** Attribute values: `false`, `null` and `undefined` leave the attribute out, `true` sets it empty. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;
/** Children: nodes, text, nothing, or nested lists of those. */
export type Child = Node | string | null | undefined | false | readonly Child[];

/** `<tag attrs…>children</tag>` in `doc`. */
export function h(doc: Document, tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value == null) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(doc, el, children);
  return el;
}

function append(doc: Document, el: Element, children: readonly Child[]): void {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (typeof c === 'string') el.appendChild(doc.createTextNode(c));
    else if (Array.isArray(c)) append(doc, el, c);
    else el.appendChild(c as Node);
  }
}

/** Space-separated class names, leaving out the falsy ones. */
export const cls = (...names: (string | false | null | undefined)[]): string | undefined => names.filter(Boolean).join(' ') || undefined;

/** A number as `data-value` holds it: unrounded, empty for no value. */
export const dataNum = (x: number | null | undefined): string => (x == null ? '' : String(x));
