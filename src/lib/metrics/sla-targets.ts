import { CHANNELS, PRIORITIES, type Config, type SlaTable } from '../config/index.ts';
import type { MetricContext } from './context.ts';
import { plusMinutes, sqlNumber, sqlString } from './sql.ts';

/**
 * SQL CASE giving a ticket's target from a channel × priority table (config.sla), multiplied by
 * `factor` to get minutes. An unknown or missing channel uses `other`, a missing priority `normal`.
 */
export function slaTargetSql(table: SlaTable, factor: number, alias = 't'): string {
  const byPriority = (c: (typeof CHANNELS)[number]) =>
    `CASE ${alias}.priority ${PRIORITIES.map((p) => `WHEN ${sqlString(p)} THEN ${sqlNumber(table[c][p] * factor)}`).join(' ')} ELSE ${sqlNumber(table[c].normal * factor)} END`;
  return `(CASE ${alias}.channel ${CHANNELS.map((c) => `WHEN ${sqlString(c)} THEN ${byPriority(c)}`).join(' ')} ELSE ${byPriority('other')} END)`;
}

/** SQL: the first-response target of a ticket, minutes (config.sla.first_response_minutes). */
export function frtTargetSql(config: Config, alias = 't'): string {
  return slaTargetSql(config.sla.first_response_minutes, 1, alias);
}

/**
 * SQL pair (UTC, local) for a ticket's resolution deadline: the export's `sla_due_*` when present,
 * else created + config.sla.resolution_hours[channel][priority], for complaints created +
 * config.sla.complaint_deadline_hours.
 */
export function resolutionDueSql(config: Config, alias = 't'): { at: string; local: string } {
  const hours = `(CASE WHEN ${alias}.category = 'complaint' THEN ${sqlNumber(config.sla.complaint_deadline_hours * 60)} ELSE ${slaTargetSql(config.sla.resolution_hours, 60, alias)} END)`;
  return {
    at: `coalesce(${alias}.sla_due_at, ${plusMinutes(`${alias}.created_at`, hours)})`,
    local: `coalesce(${alias}.sla_due_local, ${plusMinutes(`${alias}.created_local`, hours)})`,
  };
}

/** The as-of instant as a UTC TIMESTAMP literal (for "past due" tests against `_at` columns). */
export function asOfAtSql(ctx: MetricContext): string {
  return `TIMESTAMP '${ctx.asOf.at}'`;
}
