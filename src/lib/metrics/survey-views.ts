/**
 * Survey views that are not headline metrics (score counts, method split, recent comments), for the
 * satisfaction page at build time and in the browser. Built on `surveysWhere`, so a filter means
 * exactly what it means for `csat`. Grain: the whole filtered period, on `submitted_local`.
 */
import type { Config } from '../config/index.ts';
import { type Db, runQuery } from '../db/db.ts';
import { SCALE_RANGE, isSatisfied } from '../schema/vocab.ts';
import type { MetricFilter } from './filter.ts';
import { surveysWhere } from './sources.ts';

/** Rated surveys per score, and whether that score counts as satisfied. */
export interface ScoreCountRow {
  score: number;
  count: number;
  satisfied: boolean;
}

/** Rated surveys per survey method, and how many of them were satisfied. */
export interface MethodRow {
  method: string;
  n: number;
  satisfied: number;
}

/** One masked comment with its local submission time, team, agent and score. */
export interface CommentRow {
  at: string;
  team: string | null;
  agent: string | null;
  score: number | null;
  comment: string;
}

/** Rated surveys per score in the filter. */
export function scoreCounts(db: Db, filter: MetricFilter): Promise<ScoreCountRow[]> {
  return runQuery<ScoreCountRow>(db, `SELECT CAST(s.score AS INTEGER) AS score, CAST(count(*) AS DOUBLE) AS count, bool_or(s.satisfied) AS satisfied
${surveysWhere(filter)} AND s.score IS NOT NULL GROUP BY 1 ORDER BY 1`, 'survey_scores');
}

/** Rated surveys per method in the filter, most first. */
export function methodSplit(db: Db, filter: MetricFilter): Promise<MethodRow[]> {
  return runQuery<MethodRow>(db, `SELECT coalesce(s.method, 'other') AS method, CAST(count(*) AS DOUBLE) AS n, CAST(count(*) FILTER (WHERE s.satisfied) AS DOUBLE) AS satisfied
${surveysWhere(filter)} AND s.score IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`, 'survey_methods');
}

/** The latest `limit` non-empty comments in the filter, newest first (the ingest already masked them). */
export function recentComments(db: Db, filter: MetricFilter, limit = 20): Promise<CommentRow[]> {
  return runQuery<CommentRow>(db, `SELECT strftime(s.submitted_local, '%Y-%m-%d %H:%M') AS at, s.team, s.agent, CAST(s.score AS INTEGER) AS score, s.comment
${surveysWhere(filter)} AND s.comment IS NOT NULL AND trim(s.comment) <> ''
ORDER BY s.submitted_local DESC, s.survey_id LIMIT ${Math.max(1, Math.floor(limit))}`, 'survey_comments');
}

/** The configured survey scale: every score in order, and the lowest that counts as satisfied. */
export function surveyScale(config: Config): { scores: number[]; satisfiedFrom: number } {
  const [lo, hi] = SCALE_RANGE[config.survey_scale];
  const scores = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  return { scores, satisfiedFrom: scores.find((s) => isSatisfied(s, config.survey_scale)) ?? hi };
}
