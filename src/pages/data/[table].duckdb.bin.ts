/**
 * `data/<table>.duckdb.bin`: the browser's copy of each table the metric SQL reads (scripts/lib/browser-db.ts),
 * written at build time from the ingested Parquet; DuckDB-WASM attaches it as it is. The `.bin`
 * extension makes static servers send it as `application/octet-stream`, byte for byte: with an
 * unknown type, `astro preview` gzips tens of MB on the fly, which takes seconds.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { browserTableFile } from '../../../scripts/lib/browser-db.ts';
import { METRIC_COLUMNS } from '../../lib/metrics/registry.ts';
import { buildDataset } from '../_build/dataset.ts';

type BrowserTable = keyof typeof METRIC_COLUMNS;

export const getStaticPaths = (() => Object.keys(METRIC_COLUMNS).map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const table = params.table as BrowserTable;
  const { db } = await buildDataset();
  return new Response(await browserTableFile(db, table, METRIC_COLUMNS[table]), { headers: { 'Content-Type': 'application/octet-stream' } });
};
