// An entry field's prompt is not its question's wording. The participant app's questionnaires give
// a number, date or text field the words beside its box ("enter age", "social security number")
// where a question's wording goes; the codebook and the published PDF give the question ("How old
// were you when you first started regular cigarette smoking?"). Where such a prompt is the chosen
// English and no sentence the survey's English PDF prints, and another source's wording is printed
// there as a sentence, the printed wording is the question's. The prompt's Spanish from the same
// record ("anote la edad") goes with it: the next source's Spanish is chosen, or none. Both stay
// facts, and the disagreements are recorded against the wordings kept.
import type { Fact } from './choose';
import { looseText, type Conflict } from './conflicts';
import type { MergedItem } from './items';
import { takeWording, type PrintedQuestions } from './question-wordings';
import type { SourceIndex } from './sources-index';

/** Field types of an entry box (a choice list's text is its question). */
const ENTRY_FIELDS = new Set(['decimal', 'integer', 'text', 'string', 'date', 'dateTime']);
/** A question's wording is a sentence (a colon only after a question); a printed "Free Text Box" or "Age of surgery:" is a box's label. */
const SENTENCE = /[?.]\s*$|\?.*:\s*$/;
const sameRecord = (a: Fact, b: Fact) => a.prov.source === b.prov.source && a.prov.at === b.prov.at;

/** Moves the English (and its Spanish) off entry-field prompts, by the rules above; returns the subjects changed. */
export function dropFieldPrompts(questions: PrintedQuestions, index: SourceIndex, conflicts: Conflict[]): string[] {
  const changed: string[] = [];
  for (const { item, wordings, current, printed } of questions()) {
    if (index.format(current.prov) !== 'fhir-questionnaire') continue;
    const entry = item.facts.some((f) => f.field === 'fieldType' && sameRecord(f, current) && ENTRY_FIELDS.has(f.value));
    // A prompt printed inside a sentence ("social security number") is still no sentence of its own.
    if (!entry || (printed(current) && SENTENCE.test(current.value))) continue;
    const best = wordings.find((f) => looseText(f.value) !== looseText(current.value) && SENTENCE.test(f.value) && printed(f));
    if (!best) continue;
    takeWording(item, best, wordings, conflicts);
    dropPromptSpanish(item, current, conflicts);
    changed.push(item.key.slice(2));
  }
  return changed;
}

function dropPromptSpanish(item: MergedItem, prompt: Fact, conflicts: Conflict[]): void {
  const spanish = item.facts.filter((f) => f.field === 'text.es');
  const was = spanish.find((f) => f.chosen);
  if (!was || !sameRecord(was, prompt)) return;
  // Facts are in rank order: the first Spanish of another record.
  const next = spanish.find((f) => !sameRecord(f, prompt)) ?? null;
  for (const f of spanish) f.chosen = f === next;
  item.text.es = next?.value ?? null;
  const subject = item.key.slice(2);
  for (let i = conflicts.length - 1; i >= 0; i--) if (conflicts[i]!.subject === subject && conflicts[i]!.field === 'text.es') conflicts.splice(i, 1);
  const told = new Set(next ? [looseText(next.value)] : []);
  for (const f of spanish) {
    if (told.has(looseText(f.value))) continue;
    told.add(looseText(f.value));
    conflicts.push({ subject, field: 'text.es', chosen: next?.value ?? null, chosenSource: next?.prov ?? null, other: f.value, otherSource: f.prov });
  }
}
