/** Build-time only: runs a page's data loader and turns a failure into the inline error card. */
import { chartError } from '../../components/charts/common.ts';
import { staticHtml } from '../../components/static-html.ts';
import type { Locale } from '../../i18n/index.ts';

/** The loaded data, or the error card's HTML (naming `metric`) when loading failed; the error is logged for the build output. */
export async function loadOrError<T>(metric: string, load: () => Promise<T>, locale: Locale): Promise<{ data?: T; failure?: string }> {
  try {
    return { data: await load() };
  } catch (error) {
    console.error(`${metric}: ${error instanceof Error ? error.message : String(error)}`);
    return { failure: staticHtml((document) => chartError(metric, error, { document, locale })) };
  }
}
