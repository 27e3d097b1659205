// Answer options as the participant saw them: in the order the instrument prints them, and without
// the Data Browser's "Skip" (a count of participants who skipped, not an option anyone could pick;
// in the trainer a skip is the trainer's own control).
import type { PresentationRow } from '../contract/presentation';

type Option = PresentationRow['answers'][number];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
/** "Deaf: Yes" → "yes": the Data Browser prefixes some labels with the question's short name. */
const bare = (label: string) => fold(label.replace(/^[^:]{1,60}:\s+/, ''));

export function isSkipOption(o: Pick<Option, 'code' | 'text'>): boolean {
  return o.code?.toLowerCase() === 'pmi_skip' || (o.code === null && /^(pmi:\s*)?skip$/i.test((o.text.en ?? '').trim()));
}

/**
 * The options reordered as `printed` (the instrument's answer labels) lists them, when every
 * option is one of them; otherwise in the codebook's order (a partial match would be a guess).
 */
export function inInstrumentOrder(options: Option[], printed: string[] | null): Option[] {
  const shown = options.filter((o) => !isSkipOption(o));
  if (!printed || printed.length === 0) return shown;
  const order = printed.map(fold);
  const at = shown.map((o) => {
    const en = o.text.en ?? '';
    const i = order.indexOf(fold(en));
    return i >= 0 ? i : order.indexOf(bare(en));
  });
  if (at.some((i) => i < 0) || new Set(at).size !== at.length) return shown;
  // "Deaf: Yes" was printed, and shown to participants, as "Yes".
  return shown
    .map((o, k) => ({ o: fold(o.text.en ?? '') === order[at[k]!] ? o : { ...o, text: { ...o.text, en: printed[at[k]!]! } }, i: at[k]! }))
    .sort((a, b) => a.i - b.i)
    .map((x) => x.o);
}
