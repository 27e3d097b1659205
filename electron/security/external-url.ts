// Which links may be handed to the system browser (shell.openExternal): https only, on the few
// hosts the app links to, with no credentials and no unusual port. Everything else is refused.
export const EXTERNAL_HOSTS = [
  'allofus.nih.gov',
  'www.researchallofus.org',
  'databrowser.researchallofus.org',
  'workbench.researchallofus.org',
  'support.researchallofus.org',
  'athena.ohdsi.org',
  'github.com',
  'www.cdc.gov', // NHIS, BRFSS
  'www.census.gov', // TUS-CPS
  'www.healthmeasures.net', // PROMIS
  'loinc.org',
] as const;

const MAX_LENGTH = 2048;

export function isSafeExternalUrl(url: unknown, hosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_LENGTH) return false;
  // Refuse whitespace and control characters outright rather than trusting the parser to strip them.
  if (/[\s\u0000-\u001f\u007f\\]/.test(url)) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:') return false;
  if (u.username !== '' || u.password !== '') return false;
  if (u.port !== '') return false;
  // Only the exact host: no subdomain tricks (github.com.evil.example) and no IP literals.
  return hosts.includes(u.hostname);
}
