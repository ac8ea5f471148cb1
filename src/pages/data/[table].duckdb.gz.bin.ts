/**
 * `data/<table>.duckdb.gz.bin`: the browser's copy of each table the metric SQL reads
 * (scripts/lib/browser-db.ts), written at build time from the ingested Parquet and gzipped (about
 * half the bytes; the browser inflates it with `DecompressionStream` while it downloads). The `.bin`
 * extension makes static servers send it as `application/octet-stream`, byte for byte: `.gz` gets
 * a `Content-Encoding: gzip` header from some servers (the browser would inflate it first), and an
 * unknown type is gzipped again on the fly by `astro preview`.
 */
import { gzipSync } from 'node:zlib';
import type { APIRoute, GetStaticPaths } from 'astro';
import { browserTableFile } from '../../../scripts/lib/browser-db.ts';
import { METRIC_COLUMNS } from '../../lib/metrics/registry.ts';
import { buildDataset } from '../_build/dataset.ts';

type BrowserTable = keyof typeof METRIC_COLUMNS;

export const getStaticPaths = (() => Object.keys(METRIC_COLUMNS).map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const table = params.table as BrowserTable;
  const { db } = await buildDataset();
  return new Response(gzipSync(await browserTableFile(db, table, METRIC_COLUMNS[table])), { headers: { 'Content-Type': 'application/octet-stream' } });
};
