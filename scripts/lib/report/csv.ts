import type { Report } from './build.ts';

const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** The report as long-form CSV: one row per period × section × team/agent × measure, values unrounded. */
export function reportToCsv(report: Report): string {
  const rows: unknown[][] = [['period', 'section', 'team', 'agent', 'measure', 'value', 'n']];
  for (const p of report.periods) {
    for (const [id, value] of Object.entries(p.metrics)) rows.push([p.period, 'metric', '', '', id, value, p.n[id]]);
    for (const [section, cards] of [['team_scorecard', p.scorecards?.teams ?? []], ['agent_scorecard', p.scorecards?.agents ?? []]] as const)
      for (const c of cards) {
        const base = [p.period, section, c.team, c.agent];
        rows.push([...base, 'total', c.total, c.tickets], [...base, 'tier', c.tier, ''], [...base, 'rank', c.rank, ''], [...base, 'delta', c.delta, '']);
        for (const [id, x] of Object.entries(c.components)) rows.push([...base, `${id}.points`, x.points, x.n], [...base, `${id}.value`, x.value, x.n]);
      }
  }
  return rows.map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
