/** Weighted quarterly scorecards per team and agent. */
export { type ComponentInput, type ComponentScore, type ScoreResult, componentPoints, competitionRanks, scoreComponents, tierFor } from './score.ts';
export { type QuarterScorecards, type Scorecard, type ScorecardKind, agentTeams, scorecards } from './build.ts';
