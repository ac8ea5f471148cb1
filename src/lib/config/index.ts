export * from './types.ts';
export { DEFAULT_CONFIG } from './defaults.ts';
export { normalizeConfig, ConfigError, isTimeZone } from './normalize.ts';
export type { ConfigIssue } from './normalize.ts';
