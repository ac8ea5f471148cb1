/**
 * SQL for the satisfaction page's survey views that are not headline metrics (score counts,
 * method split, recent comments). Pure (no node:*), built on the metric layer's `surveysWhere`,
 * so the page's filters mean exactly what they mean for `csat`.
 */
import type { Db } from '../../lib/db/db.ts';
import type { MetricFilter } from '../../lib/metrics/index.ts';
import { surveysWhere } from '../../lib/metrics/sources.ts';

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
  return db.query<ScoreCountRow>(`SELECT CAST(s.score AS INTEGER) AS score, CAST(count(*) AS DOUBLE) AS count, bool_or(s.satisfied) AS satisfied
${surveysWhere(filter)} AND s.score IS NOT NULL GROUP BY 1 ORDER BY 1`, 'survey score counts');
}

/** Rated surveys per method in the filter, most first. */
export function methodSplit(db: Db, filter: MetricFilter): Promise<MethodRow[]> {
  return db.query<MethodRow>(`SELECT coalesce(s.method, 'other') AS method, CAST(count(*) AS DOUBLE) AS n, CAST(count(*) FILTER (WHERE s.satisfied) AS DOUBLE) AS satisfied
${surveysWhere(filter)} AND s.score IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`, 'survey method split');
}

/** The latest `limit` non-empty comments in the filter, newest first (the ingest already masked them). */
export function recentComments(db: Db, filter: MetricFilter, limit = 20): Promise<CommentRow[]> {
  return db.query<CommentRow>(`SELECT strftime(s.submitted_local, '%Y-%m-%d %H:%M') AS at, s.team, s.agent, CAST(s.score AS INTEGER) AS score, s.comment
${surveysWhere(filter)} AND s.comment IS NOT NULL AND trim(s.comment) <> ''
ORDER BY s.submitted_local DESC, s.survey_id LIMIT ${Math.max(1, Math.floor(limit))}`, 'recent survey comments');
}
