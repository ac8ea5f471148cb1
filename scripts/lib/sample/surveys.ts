import type { Priority } from '../../../src/lib/config/types.ts';
import { commentFor } from './comments.ts';
import type { Random } from './random.ts';
import { teamQuarter } from './stories.ts';
import type { Ticket } from './tickets.ts';
import { DAY, HOUR, MINUTE, SAMPLE_PERIOD, quarterIndexOf } from './wall-clock.ts';

/** How the survey was taken: a questionnaire link or a callback by phone. */
export type SampleSurveyMethod = 'questionnaire' | 'phone_callback';

/** One offered survey; `score` is null when the customer never answered. */
export interface Survey {
  ticketId: string;
  submitted: number;
  method: SampleSurveyMethod;
  score: number | null;
  comment: string;
}

const RESOLUTION_TARGET_HOURS: Record<Priority, number> = { urgent: 4, high: 24, normal: 72, low: 120 };
const VISIT_RESOLUTION_TARGET_HOURS: Record<Priority, number> = { urgent: 24, high: 48, normal: 96, low: 168 };
const OFFER_RATE = 0.4;

function resolutionBreached(ticket: Ticket): boolean {
  const targets = ticket.channel === 'onsite' ? VISIT_RESOLUTION_TARGET_HOURS : RESOLUTION_TARGET_HOURS;
  return ticket.resolved - ticket.created > targets[ticket.priority] * HOUR;
}

/** Probability of a 4–5 rating: the team's quarter, less what went wrong on this ticket. */
function satisfactionChance(ticket: Ticket): number {
  let p = teamQuarter(ticket.team, quarterIndexOf(ticket.created)).satisfaction + 0.06;
  if (resolutionBreached(ticket)) p -= 0.12;
  if (ticket.reopened > 0) p -= 0.15;
  if (ticket.contacts >= 3) p -= 0.05;
  if (ticket.category === 'complaint') p -= 0.08;
  return Math.min(0.99, Math.max(0.05, p));
}

function score(ticket: Ticket, random: Random): number {
  if (random.chance(satisfactionChance(ticket))) return random.chance(0.62) ? 5 : 4;
  const u = random.next();
  return u < 0.55 ? 3 : u < 0.82 ? 2 : 1;
}

function submittedAt(ticket: Ticket, method: SampleSurveyMethod, random: Random): number {
  if (method === 'questionnaire') {
    return ticket.resolved + Math.round(Math.min(7 * DAY, Math.max(2 * MINUTE, random.logNormal(3 * HOUR, 1.2))));
  }
  const nextDay = ticket.resolved - (ticket.resolved % DAY) + DAY * random.int(1, 3);
  return nextDay + 10 * HOUR + random.int(0, 7 * HOUR - 1);
}

/** The survey offered for a resolved ticket, if any (about 40 % are offered, 35 % answered). */
export function surveyFor(ticket: Ticket, random: Random): Survey | null {
  if (ticket.resolved > SAMPLE_PERIOD.end || !random.chance(OFFER_RATE)) return null;
  // The complaint flow ends with a callback (回访); other tickets mostly get a questionnaire link.
  const callback = random.chance(ticket.category === 'complaint' ? 0.8 : 0.3);
  const method: SampleSurveyMethod = callback ? 'phone_callback' : 'questionnaire';
  const submitted = submittedAt(ticket, method, random);
  if (submitted > SAMPLE_PERIOD.end) return null;
  if (random.chance(method === 'questionnaire' ? 0.16 : 0.06)) {
    return { ticketId: ticket.id, submitted, method, score: null, comment: '' };
  }
  const value = score(ticket, random);
  return { ticketId: ticket.id, submitted, method, score: value, comment: commentFor(value, ticket.customer, random) };
}
