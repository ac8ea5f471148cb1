import { DEFAULT_CONFIG } from './defaults.ts';
import type { BusinessHours, Config, ComponentRule, EvaluationDimension, SlaTable, Tier } from './types.ts';
import { CHANNELS, EVALUATOR_ROLES, PRIORITIES, SCORECARD_COMPONENTS, SURVEY_SCALES } from './types.ts';

/** One problem in a config file: the key path, the offending value and what is allowed. */
export interface ConfigIssue {
  key: string;
  value: unknown;
  allowed: string;
}

/** Thrown by `normalizeConfig` with every issue found, not just the first. */
export class ConfigError extends Error {
  constructor(
    readonly issues: ConfigIssue[],
    readonly source = 'config',
  ) {
    super(
      `${source}: ${issues.length} invalid setting${issues.length > 1 ? 's' : ''}\n` +
        issues.map((i) => `  ${i.key}: ${JSON.stringify(i.value)} is not allowed; expected ${i.allowed}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Checks a raw config (parsed JSON) against the schema, fills defaults, and returns a `Config`. */
export function normalizeConfig(raw: unknown, source = 'config'): Config {
  const issues: ConfigIssue[] = [];
  const bad = (key: string, value: unknown, allowed: string) => issues.push({ key, value, allowed });
  if (raw === undefined || raw === null) raw = {};
  if (!isObj(raw)) throw new ConfigError([{ key: '(root)', value: raw, allowed: 'a JSON object' }], source);
  const known = new Set(Object.keys(DEFAULT_CONFIG).concat(['$schema', 'comment', '_comment']));
  for (const k of Object.keys(raw)) if (!known.has(k)) bad(k, raw[k], `one of the known keys: ${[...known].filter((x) => !x.startsWith('$') && !x.startsWith('_') && x !== 'comment').join(', ')}`);

  const num = (key: string, v: unknown, dflt: number, min: number, max: number, integer = false): number => {
    if (v === undefined) return dflt;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
      bad(key, v, `${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
      return dflt;
    }
    return v;
  };

  const timezone = raw.timezone === undefined ? DEFAULT_CONFIG.timezone : raw.timezone;
  if (typeof timezone !== 'string' || !isTimeZone(timezone)) bad('timezone', timezone, 'an IANA time zone such as "Asia/Shanghai" or "Europe/Berlin"');

  const config: Config = {
    timezone: typeof timezone === 'string' && isTimeZone(timezone) ? timezone : DEFAULT_CONFIG.timezone,
    fiscal_year_start_month: num('fiscal_year_start_month', raw.fiscal_year_start_month, 1, 1, 12, true),
    week_start: num('week_start', raw.week_start, 1, 1, 7, true),
    business_hours: businessHours(raw.business_hours, bad),
    sla: sla(raw.sla, bad, num),
    survey_scale: DEFAULT_CONFIG.survey_scale,
    min_observations: num('min_observations', raw.min_observations, DEFAULT_CONFIG.min_observations, 0, 1e6, true),
    min_tickets_for_rank: num('min_tickets_for_rank', raw.min_tickets_for_rank, DEFAULT_CONFIG.min_tickets_for_rank, 0, 1e6, true),
    targets: { ...DEFAULT_CONFIG.targets },
    scorecard: scorecard(raw.scorecard, bad, num),
    evaluation: evaluation(raw.evaluation, bad, num),
    privacy: { ...DEFAULT_CONFIG.privacy },
    columns: {},
  };

  if (raw.survey_scale !== undefined) {
    const s = String(raw.survey_scale);
    if ((SURVEY_SCALES as readonly string[]).includes(s)) config.survey_scale = s as Config['survey_scale'];
    else bad('survey_scale', raw.survey_scale, `one of ${SURVEY_SCALES.map((x) => `"${x}"`).join(', ')}`);
  }

  if (raw.targets !== undefined) {
    if (!isObj(raw.targets)) bad('targets', raw.targets, 'an object of metric id → target');
    else
      for (const [k, v] of Object.entries(raw.targets)) {
        const share = !/median|p90/.test(k);
        config.targets[k] = num(`targets.${k}`, v, config.targets[k] ?? 0, 0, share ? 1 : 1e7);
      }
  }

  if (raw.privacy !== undefined) {
    const p = isObj(raw.privacy) ? raw.privacy.customer_id : raw.privacy;
    if (p === 'hash' || p === 'drop') config.privacy.customer_id = p;
    else bad('privacy.customer_id', p, '"hash" or "drop"');
  }

  if (raw.columns !== undefined) {
    if (!isObj(raw.columns)) bad('columns', raw.columns, 'an object: dataset → { export header: canonical column }');
    else
      for (const [ds, map] of Object.entries(raw.columns)) {
        if (!['tickets', 'surveys', 'evaluations', 'staff'].includes(ds)) bad(`columns.${ds}`, map, 'a dataset: tickets, surveys, evaluations or staff');
        else if (!isObj(map) || Object.values(map).some((v) => typeof v !== 'string')) bad(`columns.${ds}`, map, 'an object of export header → canonical column name');
        else config.columns[ds as keyof Config['columns']] = map as Record<string, string>;
      }
  }

  if (issues.length) throw new ConfigError(issues, source);
  return config;
}

/** True when `Intl` knows the IANA zone. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

type Bad = (key: string, value: unknown, allowed: string) => void;
type Num = (key: string, v: unknown, dflt: number, min: number, max: number, integer?: boolean) => number;

function hhmm(key: string, v: unknown, dflt: number, bad: Bad): number {
  if (v === undefined) return dflt;
  const m = typeof v === 'string' ? HHMM.exec(v) : null;
  if (!m) {
    bad(key, v, 'a time "HH:MM" (24-hour)');
    return dflt;
  }
  return v === '24:00' ? 1440 : Number(m[1]) * 60 + Number(m[2]);
}

function dates(key: string, v: unknown, bad: Bad): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    bad(key, v, 'a list of dates "YYYY-MM-DD"');
    return [];
  }
  return v.filter((d, i) => {
    const ok = typeof d === 'string' && DATE.test(d) && !Number.isNaN(Date.parse(d + 'T00:00:00Z'));
    if (!ok) bad(`${key}[${i}]`, d, 'a date "YYYY-MM-DD"');
    return ok;
  });
}

function businessHours(v: unknown, bad: Bad): BusinessHours {
  const d = DEFAULT_CONFIG.business_hours;
  if (v === undefined) return { ...d };
  if (!isObj(v)) {
    bad('business_hours', v, 'an object { days, start, end, holidays, workdays }');
    return { ...d };
  }
  let days = d.days;
  if (v.days !== undefined) {
    if (Array.isArray(v.days) && v.days.length > 0 && v.days.every((x) => Number.isInteger(x) && x >= 1 && x <= 7)) days = [...new Set(v.days as number[])].sort();
    else bad('business_hours.days', v.days, 'a non-empty list of ISO weekdays 1 (Monday) … 7 (Sunday)');
  }
  const start = hhmm('business_hours.start', v.start, d.start, bad);
  const end = hhmm('business_hours.end', v.end, d.end, bad);
  if (end <= start) bad('business_hours.end', v.end, `a time after business_hours.start (${v.start ?? '09:00'})`);
  return { days, start, end, holidays: dates('business_hours.holidays', v.holidays, bad), workdays: dates('business_hours.workdays', v.workdays, bad) };
}

function slaTable(key: string, v: unknown, dflt: SlaTable, bad: Bad, num: Num, max: number): SlaTable {
  const out = structuredClone(dflt);
  if (v === undefined) return out;
  if (!isObj(v)) {
    bad(key, v, `an object: channel (${CHANNELS.join(', ')} or default) → number, or → { ${PRIORITIES.join(', ')} }`);
    return out;
  }
  const order = ['default', ...CHANNELS.filter((c) => c in v)];
  for (const k of order) {
    if (!(k in v)) continue;
    const val = v[k];
    const targets = k === 'default' ? CHANNELS : [k as (typeof CHANNELS)[number]];
    if (typeof val === 'number') {
      const n = num(`${key}.${k}`, val, 0, 0, max);
      for (const c of targets) for (const p of PRIORITIES) out[c][p] = n;
    } else if (isObj(val)) {
      for (const [p, pv] of Object.entries(val)) {
        if (!(PRIORITIES as readonly string[]).includes(p)) {
          bad(`${key}.${k}.${p}`, pv, `a priority: ${PRIORITIES.join(', ')}`);
          continue;
        }
        const n = num(`${key}.${k}.${p}`, pv, 0, 0, max);
        for (const c of targets) out[c][p as (typeof PRIORITIES)[number]] = n;
      }
    } else bad(`${key}.${k}`, val, 'a number or an object of priority → number');
  }
  for (const k of Object.keys(v)) if (k !== 'default' && !(CHANNELS as readonly string[]).includes(k)) bad(`${key}.${k}`, v[k], `a channel: ${CHANNELS.join(', ')}, or "default"`);
  return out;
}

function sla(v: unknown, bad: Bad, num: Num): Config['sla'] {
  const d = DEFAULT_CONFIG.sla;
  if (v === undefined) return structuredClone(d);
  if (!isObj(v)) {
    bad('sla', v, 'an object { first_response_minutes, resolution_hours, complaint_deadline_hours }');
    return structuredClone(d);
  }
  return {
    first_response_minutes: slaTable('sla.first_response_minutes', v.first_response_minutes, d.first_response_minutes, bad, num, 60 * 24 * 30),
    resolution_hours: slaTable('sla.resolution_hours', v.resolution_hours, d.resolution_hours, bad, num, 24 * 365),
    complaint_deadline_hours: num('sla.complaint_deadline_hours', v.complaint_deadline_hours, d.complaint_deadline_hours, 0, 24 * 365),
  };
}

function scorecard(v: unknown, bad: Bad, num: Num): Config['scorecard'] {
  const d = DEFAULT_CONFIG.scorecard;
  const out = structuredClone(d);
  if (v === undefined) return out;
  if (!isObj(v)) {
    bad('scorecard', v, 'an object { weights, components, tiers }');
    return out;
  }
  if (v.weights !== undefined) {
    if (!isObj(v.weights)) bad('scorecard.weights', v.weights, `an object of component → weight, components: ${SCORECARD_COMPONENTS.join(', ')}`);
    else {
      const w = Object.fromEntries(SCORECARD_COMPONENTS.map((c) => [c, 0])) as Config['scorecard']['weights'];
      for (const [k, x] of Object.entries(v.weights)) {
        if (!(SCORECARD_COMPONENTS as readonly string[]).includes(k)) bad(`scorecard.weights.${k}`, x, `a component: ${SCORECARD_COMPONENTS.join(', ')}`);
        else w[k as keyof typeof w] = num(`scorecard.weights.${k}`, x, 0, 0, 100);
      }
      const sum = Object.values(w).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 100) > 1e-9) bad('scorecard.weights', v.weights, `weights that sum to 100 (these sum to ${sum})`);
      out.weights = w;
    }
  }
  if (v.components !== undefined) {
    if (!isObj(v.components)) bad('scorecard.components', v.components, 'an object of component → { metric, target, floor }');
    else
      for (const [k, x] of Object.entries(v.components)) {
        const key = `scorecard.components.${k}`;
        if (!(SCORECARD_COMPONENTS as readonly string[]).includes(k)) {
          bad(key, x, `a component: ${SCORECARD_COMPONENTS.join(', ')}`);
          continue;
        }
        if (!isObj(x)) {
          bad(key, x, 'an object { metric, target, floor }');
          continue;
        }
        const base = out.components[k as keyof typeof out.components];
        const rule: ComponentRule = {
          metric: typeof x.metric === 'string' ? x.metric : base.metric,
          target: num(`${key}.target`, x.target, base.target, -1e7, 1e7),
          floor: num(`${key}.floor`, x.floor, base.floor, -1e7, 1e7),
        };
        if (x.metric !== undefined && typeof x.metric !== 'string') bad(`${key}.metric`, x.metric, 'a metric id such as "csat" or "eval_training"');
        if (rule.target === rule.floor) bad(`${key}.floor`, x.floor, `a value different from the target (${rule.target})`);
        out.components[k as keyof typeof out.components] = rule;
      }
  }
  if (v.tiers !== undefined) {
    const ok =
      Array.isArray(v.tiers) &&
      v.tiers.length > 0 &&
      v.tiers.every((t) => isObj(t) && typeof t.id === 'string' && typeof t.min === 'number' && t.min >= 0 && t.min <= 100);
    if (!ok) bad('scorecard.tiers', v.tiers, 'a non-empty list of { id, min (0–100), name: { "zh-CN", en } }');
    else {
      const tiers = (v.tiers as Obj[]).map((t, i): Tier => {
        const name = isObj(t.name) ? t.name : {};
        return {
          id: t.id as string,
          min: t.min as number,
          name: { 'zh-CN': String(name['zh-CN'] ?? d.tiers[i]?.name['zh-CN'] ?? t.id), en: String(name.en ?? d.tiers[i]?.name.en ?? t.id) },
        };
      });
      for (let i = 1; i < tiers.length; i++)
        if (tiers[i].min >= tiers[i - 1].min) bad(`scorecard.tiers[${i}].min`, tiers[i].min, `a threshold below the previous tier's (${tiers[i - 1].min}); list tiers from best to worst`);
      if (tiers[tiers.length - 1].min !== 0) bad(`scorecard.tiers[${tiers.length - 1}].min`, tiers[tiers.length - 1].min, '0 for the last tier, so every score has a tier');
      out.tiers = tiers;
    }
  }
  return out;
}

function evaluation(v: unknown, bad: Bad, num: Num): Config['evaluation'] {
  const d = DEFAULT_CONFIG.evaluation;
  const out = structuredClone(d);
  if (v === undefined) return out;
  if (!isObj(v)) {
    bad('evaluation', v, 'an object { role_weights, dimensions }');
    return out;
  }
  if (v.role_weights !== undefined) {
    if (!isObj(v.role_weights)) bad('evaluation.role_weights', v.role_weights, `an object of role (${EVALUATOR_ROLES.join(', ')}) → weight`);
    else {
      const w = Object.fromEntries(EVALUATOR_ROLES.map((r) => [r, 0])) as Config['evaluation']['role_weights'];
      for (const [k, x] of Object.entries(v.role_weights)) {
        if (!(EVALUATOR_ROLES as readonly string[]).includes(k)) bad(`evaluation.role_weights.${k}`, x, `a role: ${EVALUATOR_ROLES.join(', ')}`);
        else w[k as keyof typeof w] = num(`evaluation.role_weights.${k}`, x, 0, 0, 100);
      }
      const sum = Object.values(w).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 100) > 1e-9) bad('evaluation.role_weights', v.role_weights, `weights that sum to 100 (these sum to ${sum})`);
      out.role_weights = w;
    }
  }
  if (v.dimensions !== undefined) {
    const ok = Array.isArray(v.dimensions) && v.dimensions.every((x) => isObj(x) && typeof x.id === 'string' && /^[a-z][a-z0-9_]*$/.test(x.id));
    if (!ok) bad('evaluation.dimensions', v.dimensions, 'a list of { id (snake_case), name: { "zh-CN", en }, aliases: [header, …] }');
    else
      out.dimensions = (v.dimensions as Obj[]).map((x): EvaluationDimension => {
        const name = isObj(x.name) ? x.name : {};
        return {
          id: x.id as string,
          name: { 'zh-CN': String(name['zh-CN'] ?? x.id), en: String(name.en ?? x.id) },
          aliases: Array.isArray(x.aliases) ? x.aliases.map(String) : [],
        };
      });
  }
  return out;
}
