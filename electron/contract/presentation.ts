// A module as trainer mode presents it (F10): the outline rows in instrument order, each with
// what a participant sees (answers, help text) and the prose of its branching rules.
import { z } from 'zod';
import { Answer, OutlineRow, ReleaseRef, SurveyRef, Texts } from './models';

export const PresentationRow = OutlineRow.extend({
  helpText: Texts,
  answers: z.array(Answer),
  /** Branching rules in words only (PDF prose, rules naming no answer): shown to the trainer. */
  prose: z.array(z.string()),
});
export type PresentationRow = z.infer<typeof PresentationRow>;

export const Presentation = z.object({ survey: SurveyRef, release: ReleaseRef.nullable(), rows: z.array(PresentationRow) });
export type Presentation = z.infer<typeof Presentation>;
