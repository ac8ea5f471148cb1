import type { SampleSurveyMethod, Survey } from './surveys.ts';

/** Headers of the Chinese survey export (semicolon-delimited). */
export const CHINESE_SURVEY_HEADERS = ['调查编号', '工单编号', '提交时间', '调查方式', '满意度', '评价内容'] as const;

/** Headers of the benchmark survey file. */
export const ENGLISH_SURVEY_HEADERS = ['Survey ID', 'Ticket ID', 'Submitted At', 'Method', 'Score', 'Comment'] as const;

const METHOD_ZH: Record<SampleSurveyMethod, string> = { questionnaire: '问卷', phone_callback: '电话回访' };
const SCORE_WORDS = ['', '非常不满意', '不满意', '一般', '满意', '非常满意'];

/** The only survey column whose values can hold delimiters, quotes or line breaks (the comment). */
export const SURVEY_FREE_TEXT_COLUMNS = [5] as const;

/** Survey ids are numbered in file order. */
export const surveyId = (n: number): string => `SV${String(n).padStart(8, '0')}`;

/** A survey as the Chinese export writes it: 5-point word scale, blank when unanswered. */
export function chineseSurveyRow(n: number, survey: Survey, formatTime: (t: number) => string): string[] {
  const score = survey.score === null ? '' : (SCORE_WORDS[survey.score] as string);
  return [surveyId(n), survey.ticketId, formatTime(survey.submitted), METHOD_ZH[survey.method], score, survey.comment];
}

/** A survey with canonical English values: numeric score, method id. */
export function englishSurveyRow(n: number, survey: Survey, formatTime: (t: number) => string): string[] {
  const score = survey.score === null ? '' : String(survey.score);
  return [surveyId(n), survey.ticketId, formatTime(survey.submitted), survey.method, score, survey.comment];
}
