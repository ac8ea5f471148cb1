import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../scripts/report.ts';
import { parseReportArgs } from '../../scripts/lib/report/args.ts';
import { runIngest, tempDir } from '../helpers/ingest.ts';
import { fixtureDir } from '../lib/metrics/fixture.ts';

// The report on the basic metric fixture (numbers worked out in test/fixtures/metrics/basic/README.md
// and the metric tests): whole period csat 3/5, Q3 csat 2/4, Q3 frt median 30, team 售后一组 46.5.
let dir: string;
beforeAll(async () => void ({ outDir: dir } = await runIngest(fixtureDir('basic'))));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => void (out += s), stderr: (s) => void (err += s) });
  return { code, out, err };
}

describe('npm run report', () => {
  test('JSON: the whole period, then each quarter, keyed by metric id, unrounded', async () => {
    const { code, out } = await run(['--in', dir]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.as_of_local).toBe('2026-10-02 08:00:00');
    expect(report.periods.map((p: { period: string }) => p.period)).toEqual(['all', '2026-Q2', '2026-Q3', '2026-Q4']);
    const [all, , q3] = report.periods;
    expect(all.metrics).toMatchObject({ csat: 0.6, csat_mean: 3.8, frt_median: 10, volume: 12, backlog: 2, fcr: 5 / 9 });
    expect(all.n.csat).toBe(5);
    expect(all.scorecards).toBeUndefined();
    expect(q3.metrics).toMatchObject({ csat: 0.5, frt_median: 30, sla_frt_attainment: 0.625, complaint_timeliness: 0.5, survey_response_rate: 4 / 7 });
    expect(q3.metrics.frt_p90).toBeCloseTo(132, 9);
    expect(q3.scorecards.teams[0]).toMatchObject({ team: '售后一组', total: 46.5, tier: 'D', tier_name: '待改进', rank: 1 });
    expect(q3.scorecards.agents.find((a: { agent: string }) => a.agent === '赵六')).toMatchObject({ ranked: false, rank: null });
  });

  test('--quarter, --team and --format csv --out', async () => {
    const file = join(tempDir('sp-report-'), 'q3.csv');
    const { code } = await run(['--in', dir, '--quarter', '2026-Q3', '--team', '售后二组', '--format', 'csv', '--out', file]);
    expect(code).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('period,section,team,agent,measure,value,n');
    // 售后二组 in Q3: surveys S5 (2, unsatisfied) and S4 (unanswered) → csat 0/1; 4 tickets created
    expect(lines).toContain('2026-Q3,metric,,,csat,0,1');
    expect(lines).toContain('2026-Q3,metric,,,volume,4,4');
    expect(lines.some((l) => l.startsWith('2026-Q3,team_scorecard,售后二组,,total,26.03485838779956'))).toBe(true);
    expect(lines.every((l) => !l.startsWith('all,'))).toBe(true);
  });

  test('bad options fail with a clear message and exit code 2', async () => {
    expect(await run(['--in', dir, '--quarter', '2026-Q5'])).toMatchObject({ code: 2, err: expect.stringContaining('invalid --quarter: 2026-Q5') });
    expect(await run(['--format', 'xml'])).toMatchObject({ code: 2, err: expect.stringContaining('invalid --format: xml') });
    expect(await run(['--bogus'])).toMatchObject({ code: 2, err: expect.stringContaining('unknown option: --bogus') });
    expect(await run(['--in', tempDir()])).toMatchObject({ code: 1, err: expect.stringContaining('no manifest.json') });
  });

  test('argument forms', () => {
    expect(parseReportArgs(['--team=A,B', '--team', 'C', '--channel', 'chat'])).toMatchObject({ teams: ['A', 'B', 'C'], channels: ['chat'], in: 'public/data', format: 'json' });
    expect(() => parseReportArgs(['--quarter'])).toThrow('missing value for --quarter');
  });
});
