import { headerKey } from './aliases.ts';

/** Vendor export layouts the ingest maps without hand editing. */
export type PresetName = 'zendesk' | 'freshdesk' | 'jira';
export const PRESETS: PresetName[] = ['zendesk', 'freshdesk', 'jira'];

/** A vendor's ticket export: exact headers → canonical (or pseudo) columns, and headers that identify it. */
export interface Preset {
  name: PresetName;
  signature: string[];
  columns: Record<string, string>;
}

/** Column lists from each vendor's documented CSV export. */
export const PRESET_DEFS: Record<PresetName, Preset> = {
  // Zendesk Support "CSV export" / Explore: Replies counts public agent replies, used as contacts
  zendesk: {
    name: 'zendesk',
    signature: ['Id', 'Via', 'Created at'],
    columns: {
      Id: 'ticket_id',
      'Created at': 'created_at',
      'Solved at': 'resolved_at',
      Via: 'channel',
      'Ticket type': 'category',
      Priority: 'priority',
      Group: 'team',
      Assignee: 'agent',
      Status: 'status',
      Reopens: 'reopened',
      Replies: 'contacts',
      'Due date': 'sla_due_at',
      'Requester id': 'customer_id',
      'First reply time in minutes': 'first_response_minutes',
      'Satisfaction Score': 'survey_score',
      'Satisfaction Comment': 'survey_comment',
    },
  },
  freshdesk: {
    name: 'freshdesk',
    signature: ['Ticket ID', 'Source', 'Created time'],
    columns: {
      'Ticket ID': 'ticket_id',
      'Created time': 'created_at',
      'Initial response time': 'first_response_at',
      'First response time (in hrs)': 'first_response_hours',
      'Resolved time': 'resolved_at',
      'Closed time': 'closed_at',
      'Due by Time': 'sla_due_at',
      Source: 'channel',
      Type: 'category',
      Priority: 'priority',
      Group: 'team',
      Agent: 'agent',
      Status: 'status',
      'Customer interactions': 'contacts',
      'Agent interactions': 'agent_interactions',
      Product: 'product',
      'Contact ID': 'customer_id',
      'Survey results': 'survey_score',
    },
  },
  // Jira Service Management issue export (CSV, all fields)
  jira: {
    name: 'jira',
    signature: ['Issue key', 'Created'],
    columns: {
      'Issue key': 'ticket_id',
      Created: 'created_at',
      Resolved: 'resolved_at',
      'Issue Type': 'category',
      'Custom field (Request Type)': 'category',
      Priority: 'priority',
      Assignee: 'agent',
      'Custom field (Team)': 'team',
      'Component/s': 'team',
      Status: 'status',
      'Due Date': 'sla_due_at',
      'Custom field (Request channel type)': 'channel',
      'Custom field (Time to first response)': 'first_response_elapsed',
      'Satisfaction rating': 'survey_score',
      'Custom field (Satisfaction rating)': 'survey_score',
      'Custom field (Satisfaction)': 'survey_score',
      'Custom field (Satisfaction comment)': 'survey_comment',
    },
  },
};

/** The preset whose signature headers are all present, or null. */
export function detectPreset(headers: string[]): PresetName | null {
  const keys = new Set(headers.map(headerKey));
  for (const p of PRESETS) if (PRESET_DEFS[p].signature.every((h) => keys.has(headerKey(h)))) return p;
  return null;
}
