import type { Category, Channel, Priority, Status } from '../../../src/lib/config/types.ts';
import { arrivalTime, channelMix, dailyTicketCounts } from './arrivals.ts';
import { PRODUCTS, REGIONS } from './catalogue.ts';
import { customerAt, type Customer } from './customers.ts';
import { planLifecycle, type Lifecycle } from './lifecycle.ts';
import { rosterAt, type TeamKey } from './organisation.ts';
import { Random, weightedTable } from './random.ts';
import { teamQuarter } from './stories.ts';
import { DAY, HOUR, SAMPLE_PERIOD, compactDate, quarterIndexOf } from './wall-clock.ts';

/** A ticket with its whole planned life; exports show it as of their cut-off (see `viewAt`). */
export interface Ticket extends Lifecycle {
  id: string;
  created: number;
  channel: Channel;
  category: Category;
  priority: Priority;
  team: TeamKey;
  agent: string;
  /** complaint handling deadline (处理时限), complaints only */
  slaDue: number | null;
  product: string;
  region: string;
  customer: Customer;
}

/** A ticket as an export taken at some instant shows it. */
export interface TicketView {
  ticket: Ticket;
  firstResponse: number | null;
  resolved: number | null;
  closed: number | null;
  reopened: number;
  status: Status;
}

/** Complaints must be settled within 48 hours of registration. */
const COMPLAINT_DEADLINE = 48 * HOUR;

const VISIT_CATEGORIES = weightedTable<Category>([['fault', 0.85], ['complaint', 0.05], ['inquiry', 0.05], ['other', 0.05]]);
// Chosen so that, with field visits mixed in, the overall mix is 45/35/10/5/5.
const REMOTE_CATEGORIES = weightedTable<Category>([
  ['inquiry', 0.4848], ['fault', 0.3065], ['complaint', 0.1043], ['suggestion', 0.0543], ['other', 0.05],
]);
const PRIORITIES = weightedTable<Priority>([['urgent', 0.05], ['high', 0.2], ['normal', 0.6], ['low', 0.15]]);

const techSupport = (random: Random): TeamKey => (random.chance(0.5) ? 'tech1' : 'tech2');

/** Routes a ticket the way the handbooks describe: complaints to 投诉处理组, faults to technical support. */
function routeTeam(channel: Channel, category: Category, random: Random): TeamKey {
  if (channel === 'onsite') return 'field';
  if (category === 'complaint' && random.chance(0.75)) return 'complaints';
  switch (channel) {
    case 'phone':
    case 'other':
      return category === 'fault' && random.chance(0.3) ? techSupport(random) : 'phone';
    case 'chat':
    case 'social':
      return category === 'fault' && random.chance(0.25) ? techSupport(random) : 'online';
    case 'web':
      return category === 'fault' ? techSupport(random) : 'online';
    default:
      return category === 'inquiry' && random.chance(0.5) ? 'online' : techSupport(random);
  }
}

/** The export's picture of a ticket at `asOf`: later milestones are blank, the status follows. */
export function viewAt(ticket: Ticket, asOf: number): TicketView {
  const reopenPending = ticket.reopenedAt !== null && ticket.reopenedAt > asOf;
  const resolvedAt = reopenPending ? ticket.priorResolved : ticket.resolved;
  const resolved = resolvedAt !== null && resolvedAt <= asOf ? resolvedAt : null;
  const closed = !reopenPending && resolved !== null && ticket.closed <= asOf ? ticket.closed : null;
  const firstResponse = ticket.firstResponse <= asOf ? ticket.firstResponse : null;
  const status: Status =
    closed !== null ? 'closed' : resolved !== null ? 'resolved' : firstResponse !== null ? 'pending' : 'open';
  return { ticket, firstResponse, resolved, closed, reopened: ticket.reopened - (reopenPending ? 1 : 0), status };
}

/** Generates `total` tickets over the sample period in creation order, deterministically from `seed`. */
export function* generateTickets(total: number, seed: number): Generator<Ticket> {
  const random = new Random(seed);
  const counts = dailyTicketCounts(total, random);
  const sequenceWidth = Math.max(4, String(Math.max(...counts)).length);
  const customerCount = Math.max(50, Math.round(total * 0.4));
  for (let d = 0; d < counts.length; d++) {
    const dayStart = SAMPLE_PERIOD.start + d * DAY;
    const mix = channelMix(dayStart);
    const arrivals = Array.from({ length: counts[d] as number }, () => {
      const channel = random.weighted(mix);
      return { channel, created: arrivalTime(dayStart, channel, random) };
    }).sort((a, b) => a.created - b.created);
    const datePart = compactDate(dayStart);
    for (let i = 0; i < arrivals.length; i++) {
      const { channel, created } = arrivals[i] as (typeof arrivals)[number];
      const category = random.weighted(channel === 'onsite' ? VISIT_CATEGORIES : REMOTE_CATEGORIES);
      const priority = random.weighted(PRIORITIES);
      const team = routeTeam(channel, category, random);
      const story = teamQuarter(team, quarterIndexOf(created));
      const basics = { created, channel, category, priority, isComplaintTeam: team === 'complaints' };
      const lifecycle = planLifecycle(basics, story, random);
      const customerIndex = Math.floor(customerCount * random.next() ** 1.6);
      yield {
        id: `GD${datePart}${String(i + 1).padStart(sequenceWidth, '0')}`,
        created,
        channel,
        category,
        priority,
        team,
        agent: random.weighted(rosterAt(team, created)),
        slaDue: category === 'complaint' ? created + COMPLAINT_DEADLINE : null,
        product: category === 'inquiry' && random.chance(0.15) ? '' : random.weighted(PRODUCTS),
        region: random.weighted(REGIONS),
        customer: customerAt(seed, customerIndex),
        firstResponse: lifecycle.firstResponse,
        resolved: lifecycle.resolved,
        closed: lifecycle.closed,
        reopened: lifecycle.reopened,
        reopenedAt: lifecycle.reopenedAt,
        priorResolved: lifecycle.priorResolved,
        contacts: lifecycle.contacts,
      };
    }
  }
}
