// Answer concept IDs printed in the 2017/2018 instruments ("PPI1585861. Every day" under
// "PPI1585860. Do you now smoke ..."): each is tied to its question by the question's printed ID
// and to the answer code by wording, among the codes other sources list under that question.
// The result is a concept record per answer (code + ID, provenance: PDF and page), so the ID
// joins the code like any stated one; where it disagrees, precedence.ts prefers the instrument.
import type { ConceptRecord, OptionRecord, PrintedQuestionRecord } from '../model/records';
import { codeKey, type Identity } from './identity';
import { labelForms, printedAnswers } from './printed-answers';

export interface PdfAnswerIds {
  concepts: ConceptRecord[];
  /** Printed answer IDs no code could be tied to, and why (for the report's notes). */
  untied: { ambiguous: number; noMatch: number; noQuestion: number; sharedCode: number };
  /** Each untied printed ID: its question's printed ID, the printed label, why (for the ceiling and the notes). */
  untiedList: UntiedAnswerId[];
}

export type UntiedReason = 'ambiguous' | 'noMatch' | 'noQuestion' | 'sharedCode';
export interface UntiedAnswerId {
  questionId: number;
  answerId: number;
  label: string;
  reason: UntiedReason;
  source: string;
  page: number | null;
}

export function answerIdsFromPdfs(printed: PrintedQuestionRecord[], options: OptionRecord[], concepts: ConceptRecord[], identity: Identity): PdfAnswerIds {
  const labelsOfCode = new Map<string, Set<string>>();
  const headsOfCode = new Map<string, Set<string>>();
  const addLabel = (code: string, label: string | undefined) => {
    if (!label) return;
    const k = codeKey(code);
    const { full, head } = labelForms(label);
    for (const f of full) labelsOfCode.set(k, (labelsOfCode.get(k) ?? new Set()).add(f));
    if (head) headsOfCode.set(k, (headsOfCode.get(k) ?? new Set()).add(head));
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
  const codesOf = (conceptId: number | null) => (conceptId == null ? undefined : codesOfQuestion.get(identity.key({ conceptId })!));
  // Same wording first; else the same words before a parenthesis, where only one code has them.
  const matching = (codes: Iterable<string>, label: string) => {
    const { full, head } = labelForms(label);
    const exact = [...codes].filter((c) => full.some((f) => labelsOfCode.get(c)?.has(f)));
    if (exact.length || !head) return exact;
    return [...codes].filter((c) => headsOfCode.get(c)?.has(head) || labelsOfCode.get(c)?.has(head));
  };

  const out: PdfAnswerIds = { concepts: [], untied: { ambiguous: 0, noMatch: 0, noQuestion: 0, sharedCode: 0 }, untiedList: [] };
  for (const p of printed) {
    if (p.language !== 'en' || p.ref?.conceptId == null || !p.answerIds?.some((id) => id != null)) continue;
    for (const a of printedAnswers(p)) {
      const untie = (reason: UntiedReason) => {
        out.untied[reason]++;
        out.untiedList.push({ questionId: a.questionId, answerId: a.id, label: a.label, reason, source: p.prov.source, page: p.page ?? null });
      };
      const codes = codesOf(a.questionId);
      if (!codes) { untie('noQuestion'); continue; }
      const matches = matching(codes, a.label);
      // A follow-up's answer that the parent question also lists ("None of these fully describe me") is not safe to tie.
      const alsoParent = a.parentQuestionId != null && matching(codesOf(a.parentQuestionId) ?? [], a.label).length > 0;
      if (matches.length === 0) { untie('noMatch'); continue; }
      if (matches.length > 1 || alsoParent) { untie('ambiguous'); continue; }
      // A generic code (PMI_DontKnow) answers many questions; a per-question ID cannot be its ID.
      if (questionsOfCode.get(matches[0]!)!.size > 1) { untie('sharedCode'); continue; }
      const code = codeSpelling(options, matches[0]!);
      out.concepts.push({ kind: 'answer', code, conceptId: a.id, prov: { source: p.prov.source, at: `page ${a.page}: "PPI${a.id}. ${a.label}"` } });
    }
  }
  return out;
}

function codeSpelling(options: OptionRecord[], key: string): string {
  return options.find((o) => o.answer.code && codeKey(o.answer.code) === key)!.answer.code!.trim();
}
