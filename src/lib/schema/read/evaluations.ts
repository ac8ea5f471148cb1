import type { EvaluatorRole } from '../../config/types.ts';
import { ROLE_WORDS, STAFF_ROLE_WORDS, vocabKey } from '../vocab.ts';
import { cell, instant, required, text, vocab } from './cells.ts';
import type { ReadContext, RowInput } from './types.ts';
import { RowReject } from './types.ts';

/** An evaluation row in `TABLES.evaluations` order. */
export type EvaluationRow = [period: string, employee: string, team: string | null, evaluator_role: EvaluatorRole, dimension: string, score: number];

/** A staff row in `TABLES.staff` order; dates as epoch ms of local midnight. */
export type StaffRow = [employee: string, team: string, role: string | null, active_from: number | null, active_to: number | null];

const PERIOD = /^(\d{4})\s*[-/ ]?\s*(?:Q|第)?([1-4])(?:季度)?$/i;
const PERIOD_CN = /^(\d{4})年\s*第?([1-4一二三四])季度$/;
const CN_DIGITS: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4' };

/** Normalises an appraisal period (`2026-Q3`, `2026Q3`, `2026 Q3`, `2026年第三季度`) to `2026-Q3`. */
export function normalizePeriod(v: string): string | null {
  const m = PERIOD.exec(v.trim()) ?? PERIOD_CN.exec(v.trim());
  return m ? `${m[1]}-Q${CN_DIGITS[m[2]] ?? m[2]}` : null;
}

function score(column: string, v: string): number {
  const n = Number(v.replace(/分$/, ''));
  if (v === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new RowReject('bad_score', column, v, `${column}: "${v}" is not a score from 0 to 100`);
  return n;
}

/** Reads one evaluation row: long form gives one row, a wide sheet one row per dimension column. */
export function readEvaluation(ctx: ReadContext, row: RowInput): EvaluationRow[] {
  const rawPeriod = required(ctx, row, 'period');
  const period = normalizePeriod(rawPeriod);
  if (!period) throw new RowReject('bad_date', 'period', rawPeriod, `period: "${rawPeriod}" is not a quarter such as 2026-Q3`);
  const employee = required(ctx, row, 'employee');
  const team = text(ctx, row, 'team');
  const role = vocab(ctx, row, 'evaluator_role', ROLE_WORDS, vocabKey, 'unknown_role', null);
  if (!role) throw new RowReject('missing_value', 'evaluator_role', '', 'evaluator_role: a value is required');
  if (ctx.plan.dimensions.length === 0) {
    const dim = required(ctx, row, 'dimension');
    const known = ctx.config.evaluation.dimensions.find((d) => [d.id, d.name['zh-CN'], d.name.en, ...d.aliases].some((w) => vocabKey(w) === vocabKey(dim)));
    return [[period, employee, team, role, known?.id ?? dim, score('score', cell(ctx, row, 'score'))]];
  }
  const out: EvaluationRow[] = [];
  for (const { id, index } of ctx.plan.dimensions) {
    const v = (row.fields[index] ?? '').trim();
    if (v === '') continue;
    out.push([period, employee, team, role, id, score(id, v)]);
  }
  return out;
}

/** Reads one staff row. */
export function readStaff(ctx: ReadContext, row: RowInput): StaffRow {
  const from = instant(ctx, row, 'active_from');
  const to = instant(ctx, row, 'active_to');
  return [
    required(ctx, row, 'employee'),
    required(ctx, row, 'team'),
    vocab(ctx, row, 'role', STAFF_ROLE_WORDS, vocabKey, 'unknown_role', null),
    from ? from.local : null,
    to ? to.local : null,
  ];
}
