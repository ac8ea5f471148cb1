import type { SurveyMethod } from '../../config/types.ts';
import { METHOD_WORDS, UNANSWERED_WORDS, isSatisfied, scoreOnScale, vocabKey } from '../vocab.ts';
import { cell, count, freeText, identifier, instant, text, vocab } from './cells.ts';
import type { ReadContext, RowInput } from './types.ts';
import { RowReject } from './types.ts';

/** A survey row in `TABLES.surveys` order; timestamps as epoch ms. */
export type SurveyRow = [
  survey_id: string,
  ticket_id: string,
  submitted_at: number | null,
  submitted_local: number | null,
  method: SurveyMethod | null,
  score: number | null,
  satisfied: boolean | null,
  nps: number | null,
  comment: string | null,
  agent: string | null,
  team: string | null,
];

/** The score cell on the configured scale; null when blank or an unanswered word. */
export function surveyScore(ctx: ReadContext, row: RowInput): number | null {
  const raw = cell(ctx, row, 'score');
  if (raw === '' || UNANSWERED_WORDS.has(vocabKey(raw))) return null;
  const score = scoreOnScale(raw, ctx.config.survey_scale);
  if (score === null) throw new RowReject('bad_score', 'score', raw, `score: "${raw}" is not a score on the ${ctx.config.survey_scale}-point scale (config survey_scale)`);
  return score;
}

/** Reads one survey row; a blank score (or "offered") is an offered-but-unanswered survey. */
export function readSurvey(ctx: ReadContext, row: RowInput): SurveyRow {
  const ticket = identifier(ctx, row, 'ticket_id');
  const submitted = instant(ctx, row, 'submitted_at');
  const score = surveyScore(ctx, row);
  const nps = count(ctx, row, 'nps', 10);
  const surveyId = ctx.plan.index.survey_id === undefined ? `${ticket}@${submitted?.local ?? ''}` : identifier(ctx, row, 'survey_id');
  return [
    surveyId,
    ticket,
    submitted?.utc ?? null,
    submitted?.local ?? null,
    vocab(ctx, row, 'method', METHOD_WORDS, vocabKey, 'unknown_method', null),
    score,
    score === null ? null : isSatisfied(score, ctx.config.survey_scale),
    nps,
    freeText(ctx, row, 'comment'),
    text(ctx, row, 'agent'),
    text(ctx, row, 'team'),
  ];
}
