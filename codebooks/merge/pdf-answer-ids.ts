// Answer concept IDs printed in the 2017/2018 instruments ("PPI1585861. Every day" under
// "PPI1585860. Do you now smoke ..."): each is tied to its question by the question's printed ID
// and to the answer code by wording, among the codes other sources list under that question.
// The result is a concept record per answer (code + ID, provenance: PDF and page), so the ID
// joins the code like any stated one; where it disagrees, precedence.ts prefers the instrument.
import type { ConceptRecord, OptionRecord, PrintedQuestionRecord } from '../model/records';
import { looseText } from './conflicts';
import { codeKey, type Identity } from './identity';

export interface PdfAnswerIds {
  concepts: ConceptRecord[];
  /** Printed answer IDs no code could be tied to, and why (for the report's notes). */
  untied: { ambiguous: number; noMatch: number; noQuestion: number; sharedCode: number };
}

export function answerIdsFromPdfs(printed: PrintedQuestionRecord[], options: OptionRecord[], concepts: ConceptRecord[], identity: Identity): PdfAnswerIds {
  const labelsOfCode = new Map<string, Set<string>>();
  const addLabel = (code: string, label: string | undefined) => {
    if (!label) return;
    const k = codeKey(code);
    labelsOfCode.set(k, (labelsOfCode.get(k) ?? new Set()).add(looseText(label)));
  };
  const codesOfQuestion = new Map<string, Set<string>>();
  const questionsOfCode = new Map<string, Set<string>>();
  for (const o of options) {
    const q = identity.key(o.question);
    if (!q || !o.answer.code?.trim()) continue;
    const a = codeKey(o.answer.code);
    codesOfQuestion.set(q, (codesOfQuestion.get(q) ?? new Set()).add(a));
    questionsOfCode.set(a, (questionsOfCode.get(a) ?? new Set()).add(q));
    addLabel(o.answer.code, o.label?.en);
  }
  for (const c of concepts) if (c.kind === 'answer' && c.code?.trim()) addLabel(c.code, c.text?.en);

  const out: PdfAnswerIds = { concepts: [], untied: { ambiguous: 0, noMatch: 0, noQuestion: 0, sharedCode: 0 } };
  for (const p of printed) {
    if (p.language !== 'en' || p.ref?.conceptId == null || !p.answerIds?.some((id) => id != null)) continue;
    {
      const codes = codesOfQuestion.get(identity.key({ conceptId: p.ref!.conceptId })!);
      p.answerIds!.forEach((id, i) => {
        if (id == null) return;
        if (!codes) return void out.untied.noQuestion++;
        // Rating scales print their score before the label ("4 = Mild"); sources list either form.
        const printedLabel = p.answers![i] ?? '';
        const forms = [looseText(printedLabel), looseText(printedLabel.replace(/^\d+\s*=\s*/, ''))];
        const matches = [...codes].filter((c) => forms.some((f) => labelsOfCode.get(c)?.has(f)));
        if (matches.length === 0) return void out.untied.noMatch++;
        if (matches.length > 1) return void out.untied.ambiguous++;
        // A generic code (PMI_DontKnow) answers many questions; a per-question ID cannot be its ID.
        if (questionsOfCode.get(matches[0]!)!.size > 1) return void out.untied.sharedCode++;
        const code = codeSpelling(options, matches[0]!);
        out.concepts.push({ kind: 'answer', code, conceptId: id, prov: { source: p.prov.source, at: `page ${p.page}: "PPI${id}. ${p.answers![i]}"` } });
      });
    }
  }
  return out;
}

function codeSpelling(options: OptionRecord[], key: string): string {
  return options.find((o) => o.answer.code && codeKey(o.answer.code) === key)!.answer.code!.trim();
}
