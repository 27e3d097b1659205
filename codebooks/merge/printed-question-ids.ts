// Question IDs printed in the 2017/2018 instruments ("PPI1585662. In the PAST THREE MONTHS, how
// often have you used prescription stimulants ...") that no source states beside a code, while a
// coded question of the same survey is worded exactly as printed and has no ID from any source:
// the printed ID is that question's (a concept record with the PDF page as provenance). Without
// it the ID makes an item of its own and the printed answer IDs cannot reach the coded answers.
import type { ConceptRecord, PrintedQuestionRecord } from '../model/records';
import { looseText } from './conflicts';
import { codeKey, type Identity } from './identity';
import type { ModuleResolver } from './modules';

export function questionIdsFromPdfs(printed: PrintedQuestionRecord[], concepts: ConceptRecord[], identity: Identity, resolver: ModuleResolver): ConceptRecord[] {
  // module slug | wording → codes of questions worded so (that no source gives an ID)
  const codesOf = new Map<string, Map<string, string>>();
  for (const c of concepts) {
    if (c.kind !== 'question' || !c.code?.trim() || !c.text?.en || identity.idOfCode.has(codeKey(c.code))) continue;
    const slug = resolver.slug(c.module);
    if (!slug) continue;
    const k = `${slug}|${looseText(c.text.en)}`;
    codesOf.set(k, (codesOf.get(k) ?? new Map()).set(codeKey(c.code), c.code.trim()));
  }
  // An ID printed on questions of different wording (a misprint) names neither.
  const wordings = new Map<number, Set<string>>();
  for (const p of printed) {
    const id = p.ref?.conceptId;
    if (p.language === 'en' && id != null) wordings.set(id, (wordings.get(id) ?? new Set()).add(looseText(p.text)));
  }
  const out: ConceptRecord[] = [];
  const done = new Set<number>();
  for (const p of printed) {
    const id = p.ref?.conceptId;
    if (p.language !== 'en' || id == null || done.has(id) || wordings.get(id)!.size > 1 || identity.key({ conceptId: id }) !== `i:${id}`) continue;
    const codes = codesOf.get(`${resolver.slug(p.module)}|${looseText(p.text)}`);
    if (!codes || codes.size !== 1) continue;
    done.add(id);
    out.push({ kind: 'question', code: [...codes.values()][0]!, conceptId: id, prov: { source: p.prov.source, at: `page ${p.page}: question PPI${id}, worded as this code's question` } });
  }
  return out;
}
