// Concept lookup (F6): what a pasted string must look like to be taken as a concept ID or a code
// and opened at once, rather than searched as words.
const MAX = 120;

export function looksLikeIdOrCode(text: string): boolean {
  const s = text.trim();
  if (s === '' || s.length > MAX || /\s/.test(s)) return false;
  if (/^\d{3,}$/.test(s)) return true; // a concept ID
  // PPI codes: Smoking_SmokeFrequency, SDOH_1, TheBasics; a plain word is searched instead.
  return /^[A-Za-z][\w.-]*$/.test(s) && (s.includes('_') || /[a-z][A-Z]/.test(s));
}
