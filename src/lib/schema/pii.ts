/** Masks personal data inside free text (survey comments, ticket notes) before anything is published. */
const PATTERNS: [RegExp, string][] = [
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]'],
  // Chinese resident id (18 digits, last may be X) and the old 15-digit form
  [/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])|(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])/g, '[id]'],
  // mainland mobiles, with optional +86 and spaces or dashes between groups
  [/(?:\+?86[\s-]?)?(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g, '[phone]'],
  // landlines 010-12345678, (021) 1234 5678, 0755-1234567
  [/(?<!\d)\(?0\d{2,3}\)?[\s-]?\d{3,4}[\s-]?\d{4}(?!\d)/g, '[phone]'],
  // international numbers +44 20 7946 0958
  [/\+\d{1,3}[\s-]?\d[\d\s-]{6,14}\d/g, '[phone]'],
];

/** Replaces emails, phone numbers and id numbers in `text`, and any of the row's own identity values. */
export function maskText(text: string, identities: readonly string[] = []): string {
  let out = text;
  for (const id of identities) if (id.length >= 2) out = out.split(id).join('[name]');
  for (const [re, token] of PATTERNS) out = out.replace(re, token);
  return out;
}

/** True when a value looks like it still holds an email, phone or id number (used by the checks). */
export function containsPii(text: string): boolean {
  return PATTERNS.some(([re]) => new RegExp(re.source).test(text));
}
