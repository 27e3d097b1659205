// The branching_logic prose of survey_metadata.csv names the questions whose answers show a row
// ("… answered 'Some of the time,' … to 'Feel worried and anxious?' AND … to 'Worry about …?'").
// Its parent_question_concept_id is the section's gate (EHHWB's worryanxiety for cidi5_11–14),
// which the prose does not name: the prose is no rule about that parent.

/** The questions the prose quotes after "to": "answered 'Yes' to 'Feel worried?'" → ["Feel worried?"]. */
export function namedQuestions(prose: string): string[] {
  return [...prose.matchAll(/\bto '(.+?\?)'/g)].map((m) => m[1]!);
}

const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** True when the prose quotes questions and none of them is the parent (its name contains none).
 *  A parent whose name the file does not give cannot be shown unnamed: false. */
export function namesOthersOnly(prose: string, parentName: string): boolean {
  const named = namedQuestions(prose);
  const parent = fold(parentName);
  if (named.length === 0 || parent === '') return false;
  return !named.some((q) => fold(q) !== '' && parent.includes(fold(q)));
}
