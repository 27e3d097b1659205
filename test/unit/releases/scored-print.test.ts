// Overall Health's 2018 print gives each answer its score first: "PPI1585743. 4 = Mostly" (the
// answer concept 1585743 is "Mostly"), and the pain question "5 = 0 No pain", "4=1", ... "1 = 10
// Worst pain imaginable" (the answers are 0 to 10). The 2018 release's lists follow that print:
// its answers in printed order and words, each the answer the print names. Read with pdftotext.
import { afterAll, describe, expect, it } from 'vitest';
import { releaseScope } from '../../../electron/services/releases/scope';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

interface Printed { id: number; text: string; answers: { id: number | null; score: number; label: string }[] }

/** Each printed question ("PPI<ID>. text") with its scored answers ("[PPI<ID>.] <score> = <label>"). */
function scoredQuestions(file: string): Printed[] {
  const out: Printed[] = [];
  for (const line of pdfPages(file).flat()) {
    // Answers begin with the Symbol font's bullet (a private-use character).
    const text = line.text.replace(/^[\p{Co}\s]+/u, '');
    const answer = /^(?:PPI(\d+)\.\s+)?(\d+)\s*=\s*(\S.*)$/.exec(text);
    const question = /^PPI(\d+)\.\s+(.*)$/.exec(text);
    if (answer && out.length) out.at(-1)!.answers.push({ id: answer[1] ? Number(answer[1]) : null, score: Number(answer[2]), label: answer[3]!.trim() });
    else if (question) out.push({ id: Number(question[1]), text: question[2]!, answers: [] });
  }
  return out.filter((q) => q.answers.length > 0);
}

describe('Overall Health 2018: answers printed with their score', async () => {
  const pdf = (await realSource('pdf:1585710.pdf')).path;
  const printed = scoredQuestions(pdf);
  const module = db.prepare("SELECT module_id FROM releases WHERE id = 'overall-health-2018'").pluck().get() as number;
  const scope = releaseScope(db, module, 'overall-health-2018')!;
  const questionOf = db.prepare("SELECT id FROM items WHERE concept_id = ? AND kind = 'question'").pluck();
  const answerOf = db.prepare('SELECT concept_id AS id, text_en AS en FROM items WHERE id = ?');

  it('shows the pain question 0 to 10 as printed, each printed value its answer', () => {
    const pain = printed.find((q) => /rate your pain/.test(q.text))!;
    expect(pain.answers.map((a) => a.score)).toEqual([5, 4, 4, 4, 3, 3, 3, 2, 2, 2, 1]);
    const shown = scope.options(questionOf.get(pain.id) as number)!;
    expect(shown.map((o) => o.en)).toEqual(pain.answers.map((a) => a.label));
    // "0 No pain" is the answer "0", "4 = 1" the answer "1": the printed value, not its score.
    expect(shown.map((o) => (answerOf.get(o.answerId) as { en: string }).en)).toEqual(pain.answers.map((a) => a.label.split(' ')[0]));
  });

  it('ties each scored answer to the concept the print names, in printed order, or leaves the list untied', () => {
    let tied = 0;
    for (const q of printed.filter((p) => p.answers.every((a) => a.id !== null))) {
      const shown = scope.options(questionOf.get(q.id) as number);
      if (!shown) continue; // two answers of one label (the mental-health list's "Excellent" twice): left as it was
      tied++;
      expect(shown.map((o) => o.en), `PPI${q.id}`).toEqual(q.answers.map((a) => a.label));
      expect(shown.map((o) => (answerOf.get(o.answerId) as { id: number | null }).id), `PPI${q.id}`).toEqual(q.answers.map((a) => a.id));
    }
    expect(tied).toBeGreaterThanOrEqual(8);
  });
});
