import type { Messages } from '../../i18n/messages.ts';
import type { IngestNotice } from './manifest.ts';

/** An ingest warning worded in a locale's messages, with its count formatted by `count`. */
export const noticeText = (m: Messages['data']['notices'], n: IngestNotice, count: (n: number) => string): string =>
  n.kind === 'conflicts' ? m.conflicts(count(n.count), n.file) : m[n.kind](count(n.count));
