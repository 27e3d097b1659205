// Concept IDs of the generic PMI answers (Don't know, Prefer not to answer, None): the PFHH answer
// table lists them by ID with a label that names the code ("PMI: Dont Know" → PMI_DontKnow). Only
// an ID-only answer record whose "PMI: ..." label spells, without spaces and in any letter case,
// a code some source lists is paired with it; the code's every option then carries the ID.
import type { ConceptRecord } from '../model/records';
import { codeKey } from './identity';

const GENERIC_LABEL = /^PMI:\s*([A-Za-z' ]+)$/;

/** The code a generic label names ("PMI: Prefer Not To Answer" → "pmi_prefernottoanswer"). */
export function genericCodeKey(label: string): string | null {
  const m = GENERIC_LABEL.exec(label.trim());
  return m ? codeKey('PMI_' + m[1]!.replace(/[\s']+/g, '')) : null;
}

export function genericAnswerIds(concepts: ConceptRecord[]): ConceptRecord[] {
  const spelling = new Map<string, string>();
  for (const c of concepts) if (c.code?.trim()) spelling.set(codeKey(c.code), c.code.trim());
  const out: ConceptRecord[] = [];
  const seen = new Set<string>();
  for (const c of concepts) {
    if (c.kind !== 'answer' || c.code?.trim() || c.conceptId == null || !c.text?.en) continue;
    const key = genericCodeKey(c.text.en);
    const code = key ? spelling.get(key) : undefined;
    if (!code || seen.has(`${key}:${c.conceptId}`)) continue;
    seen.add(`${key}:${c.conceptId}`);
    out.push({
      kind: 'answer',
      code,
      conceptId: c.conceptId,
      prov: { source: c.prov.source, at: `${c.prov.at ?? ''}: "${c.text.en}" names the generic answer ${code}` },
    });
  }
  return out;
}
