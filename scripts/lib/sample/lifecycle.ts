import type { Category, Channel, Priority } from '../../../src/lib/config/types.ts';
import type { Random } from './random.ts';
import type { TeamQuarter } from './stories.ts';
import { DAY, HOUR, MINUTE } from './wall-clock.ts';

/** What decides how a ticket's life unfolds. */
export interface TicketBasics {
  created: number;
  channel: Channel;
  category: Category;
  priority: Priority;
  isComplaintTeam: boolean;
}

/** Every milestone of a ticket, planned to the end even when it falls after an export's cut-off. */
export interface Lifecycle {
  firstResponse: number;
  resolved: number;
  closed: number;
  reopened: number;
  /** when the last reopen happened (null: never reopened) */
  reopenedAt: number | null;
  /** resolution before the last reopen (null: never reopened) */
  priorResolved: number | null;
  contacts: number;
}

/** Longest first resolution, so tickets created before the overlap month are settled in the first export. */
const MAX_RESOLUTION = 20 * DAY;
/** Helpdesks auto-close a resolved ticket after two days without a reply. */
const AUTO_CLOSE = 2 * DAY;

const FIRST_RESPONSE: Record<Channel, { median: number; sigma: number }> = {
  phone: { median: 25, sigma: 0.9 },
  chat: { median: 2 * MINUTE, sigma: 1.0 },
  social: { median: 15 * MINUTE, sigma: 1.1 },
  email: { median: 2 * HOUR, sigma: 0.9 },
  web: { median: 1.5 * HOUR, sigma: 1.1 },
  other: { median: 1 * HOUR, sigma: 1.2 },
  onsite: { median: 3 * HOUR, sigma: 0.8 },
};
const RESPONSE_URGENCY: Record<Priority, number> = { urgent: 0.5, high: 0.75, normal: 1, low: 1.25 };
const FAULT_URGENCY: Record<Priority, number> = { urgent: 0.15, high: 0.5, normal: 1, low: 1.4 };
const VISIT_URGENCY: Record<Priority, number> = { urgent: 0.5, high: 0.8, normal: 1, low: 1.2 };
const REOPEN_PROPENSITY: Record<Category, number> = {
  inquiry: 0.7,
  fault: 1.4,
  complaint: 1.2,
  suggestion: 0.5,
  other: 0.8,
};
const SINGLE_CONTACT: Record<Category, number> = {
  inquiry: 0.8,
  fault: 0.6,
  complaint: 0.55,
  suggestion: 0.8,
  other: 0.75,
};
const REPEAT_CONTACTS = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 5, 5];

/** Written channels are not staffed at night: the clock starts at 08:30 the next morning. */
function responseClockStart(created: number, channel: Channel): number {
  if (channel !== 'email' && channel !== 'web' && channel !== 'other') return created;
  const secondOfDay = created % DAY;
  const opening = 8.5 * HOUR;
  if (secondOfDay < opening) return created - secondOfDay + opening;
  if (secondOfDay >= 20 * HOUR) return created - secondOfDay + DAY + opening;
  return created;
}

function firstResponseDelay(basics: TicketBasics, story: TeamQuarter, random: Random): number {
  const { median, sigma } = FIRST_RESPONSE[basics.channel];
  const urgency = basics.channel === 'phone' ? 1 : RESPONSE_URGENCY[basics.priority];
  return Math.min(3 * DAY, random.logNormal(median * urgency * story.frtFactor, sigma));
}

/** Median (hours) and log-scale spread of the time to resolve. */
function resolutionHours(basics: TicketBasics, story: TeamQuarter): { median: number; sigma: number } {
  const { channel, category, priority } = basics;
  switch (category) {
    case 'inquiry':
      // Answered on the spot in live channels; written channels go back and forth.
      return channel === 'phone' || channel === 'chat' || channel === 'social'
        ? { median: 0.2, sigma: 1.2 }
        : { median: 6, sigma: 1 };
    case 'fault':
      return channel === 'onsite'
        ? { median: 36 * VISIT_URGENCY[priority], sigma: 0.6 }
        : { median: 18 * FAULT_URGENCY[priority], sigma: 1 };
    case 'complaint':
      return { median: story.complaintMedianHours, sigma: basics.isComplaintTeam ? 0.6 : 0.7 };
    case 'suggestion':
      return { median: 30, sigma: 1.1 };
    default:
      return { median: 4, sigma: 1.2 };
  }
}

function resolutionDelay(basics: TicketBasics, story: TeamQuarter, random: Random): number {
  const { median, sigma } = resolutionHours(basics, story);
  for (let attempt = 0; attempt < 4; attempt++) {
    const delay = random.logNormal(median * HOUR * story.resolutionFactor, sigma);
    if (delay <= MAX_RESOLUTION) return delay;
  }
  return MAX_RESOLUTION;
}

/** Plans a ticket's milestones from its basics and its team's story for the quarter. */
export function planLifecycle(basics: TicketBasics, story: TeamQuarter, random: Random): Lifecycle {
  const { created, category } = basics;
  const firstResponse = Math.round(
    responseClockStart(created, basics.channel) + firstResponseDelay(basics, story, random),
  );
  const earliestResolution = firstResponse + MINUTE + random.int(0, 240);
  let resolved = Math.round(Math.max(created + resolutionDelay(basics, story, random), earliestResolution));
  let reopened = 0;
  let reopenedAt: number | null = null;
  let priorResolved: number | null = null;
  if (random.chance(story.reopenRate * REOPEN_PROPENSITY[category])) {
    reopened = random.chance(0.15) ? 2 : 1;
    priorResolved = resolved;
    reopenedAt = Math.round(resolved + Math.min(5 * DAY, Math.max(10 * MINUTE, random.logNormal(18 * HOUR, 1))));
    resolved = Math.round(reopenedAt + Math.min(3 * DAY, random.logNormal(8 * HOUR * story.resolutionFactor, 1)));
  }
  const confirmedByCustomer = random.chance(0.8);
  const closeDelay = confirmedByCustomer ? Math.round(Math.min(AUTO_CLOSE, random.logNormal(5 * HOUR, 1.2))) : AUTO_CLOSE;
  const closed = resolved + closeDelay;
  // Reopened tickets (about 6 %) always took several contacts; the rest make up for them.
  const single = reopened === 0 && random.chance(SINGLE_CONTACT[category] / 0.94);
  const contacts = single ? 1 : random.pick(REPEAT_CONTACTS);
  return { firstResponse, resolved, closed, reopened, reopenedAt, priorResolved, contacts };
}
