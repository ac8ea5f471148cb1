/** Build time only: runs a pure DOM renderer against linkedom and returns its HTML for `set:html`. */
import { parseHTML } from 'linkedom';

/** The outer HTML of what `render` builds in a fresh linkedom document. */
export function staticHtml(render: (document: Document) => Element): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return render(document as unknown as Document).outerHTML;
}
