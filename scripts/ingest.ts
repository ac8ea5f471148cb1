/**
 * npm run ingest -- [--data data] [--out public/data] [--config data/config.json]
 *                   [--preset zendesk|freshdesk|jira] [--strict] [--reports .reports] [--reader auto|native|js]
 */
import { parseArgs } from 'node:util';
import { ConfigError } from '../src/lib/config/index.ts';
import { PRESETS, type PresetName } from '../src/lib/schema/index.ts';
import { ingest, IngestError } from './lib/ingest.ts';

const READERS = ['auto', 'native', 'js'] as const;
type Reader = (typeof READERS)[number];

const USAGE = 'usage: npm run ingest -- [--data data] [--out public/data] [--config <data>/config.json] [--preset zendesk|freshdesk|jira] [--strict] [--reports .reports] [--reader auto|native|js]';

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: 'data' },
        out: { type: 'string', default: 'public/data' },
        config: { type: 'string' },
        preset: { type: 'string' },
        strict: { type: 'boolean', default: false },
        reports: { type: 'string', default: '.reports' },
        reader: { type: 'string', default: 'auto' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.preset !== undefined && !PRESETS.includes(values.preset as PresetName)) {
    console.error(`invalid --preset: ${values.preset} (expected ${PRESETS.join(', ')})\n${USAGE}`);
    return 2;
  }
  if (!READERS.includes(values.reader as Reader)) {
    console.error(`invalid --reader: ${values.reader} (expected ${READERS.join(', ')})\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  try {
    await ingest(
      { dataDir: values.data, outDir: values.out, configPath: values.config, preset: (values.preset as PresetName) ?? null, strict: values.strict, reportsDir: values.reports, reader: values.reader as Reader },
      { logger: { info: (l) => console.log(l), warn: (l) => console.warn(l), error: (l) => console.error(l) } },
    );
    console.log(`ingest: wrote ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      return 2;
    }
    if (e instanceof IngestError) {
      console.error(`ingest failed: ${e.message}\nThe previous ${values.out} was left unchanged.`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
