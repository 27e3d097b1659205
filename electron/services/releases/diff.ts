// F16: what changed between two releases of a module, or from a retired module's release to its
// successor's. An item one release lacks is "added"/"removed" only when that release is complete
// (a source lists all its questions); otherwise it is listed as unknown, never guessed.
import type { ReleaseDiff } from '../../contract/releases';
import { moduleRules } from '../module-rules';
import { findModuleId } from '../outline';
import type { Codebook } from '../store';
import { resolveRelease, type ResolvedRelease } from './list';
import { releaseScope, type ReleaseScope } from './scope';
import { optionChanges } from './diff-options';
import { sameWording, wordParts } from './texts';

interface Q { id: number; code: string | null; concept_id: number | null; text_en: string | null }

/** `to` may also name another module (its current release): a retired module → its successor. */
function resolveTo(db: Codebook, moduleId: number, to: string): ResolvedRelease {
  try {
    return resolveRelease(db, moduleId, to)!;
  } catch (e) {
    const other = findModuleId(db, to);
    const r = other !== null && other !== moduleId ? resolveRelease(db, other, null) : null;
    if (r) return r;
    throw e;
  }
}

function questions(db: Codebook, scope: ReleaseScope, moduleId: number): Q[] {
  const all = db.prepare(`SELECT i.id, i.code, i.concept_id, i.text_en FROM item_modules im JOIN items i ON i.id = im.item_id
    WHERE im.module_id = ? AND i.kind = 'question' ORDER BY im.position`).all(moduleId) as Q[];
  return all.filter((q) => scope.has(q.id));
}

export function releaseDiff(db: Codebook, survey: string, from: string, to: string): ReleaseDiff | null {
  const moduleId = findModuleId(db, survey);
  if (moduleId === null) return null;
  const a = resolveRelease(db, moduleId, from);
  const b = resolveTo(db, moduleId, to);
  if (!a || !b) return null;
  const sa = releaseScope(db, a.moduleId, a.id)!;
  const sb = releaseScope(db, b.moduleId, b.id)!;
  const qa = questions(db, sa, a.moduleId);
  const qb = questions(db, sb, b.moduleId);
  // The same item, or across modules the same code in any letter case.
  const key = (q: Q) => (q.code ? `c:${q.code.toLowerCase()}` : `i:${q.id}`);
  const inA = new Map(qa.map((q) => [key(q), q]));
  const inB = new Map(qb.map((q) => [key(q), q]));
  const brief = (q: Q, s: ReleaseScope) => ({ code: q.code, conceptId: q.concept_id, text: s.texts.get(q.id)?.en ?? q.text_en });
  const ref = (r: ResolvedRelease) => ({ id: r.id, label: r.label, module: r.module });
  const out: ReleaseDiff = { from: ref(a), to: ref(b), added: [], removed: [], unknown: [], reworded: [], options: [], branching: [], concepts: [] };
  for (const [k, q] of inB) if (!inA.has(k)) (a.complete ? out.added : out.unknown).push(brief(q, sb));
  for (const [k, q] of inA) if (!inB.has(k)) (b.complete ? out.removed : out.unknown).push(brief(q, sa));
  const rulesA = moduleRules(db, a.moduleId);
  const rulesB = moduleRules(db, b.moduleId);
  const codeOf = db.prepare('SELECT code FROM items WHERE id = ?');
  const ruleText = (r: ReturnType<typeof rulesA.get>, s: ReleaseScope) => {
    if (!r || !s.has(r.parentId)) return null;
    const parent = (codeOf.get(r.parentId) as { code: string | null }).code;
    const answers = r.answerIds.map((id) => (codeOf.get(id) as { code: string | null } | undefined)?.code ?? String(id));
    return `${r.when === 'shown' ? 'shown' : 'skipped'} when ${parent} is ${answers.join(' or ')}`;
  };
  for (const [k, x] of inA) {
    const y = inB.get(k);
    if (!y) continue;
    if (x.concept_id !== y.concept_id) out.concepts.push({ code: y.code, before: x.concept_id, after: y.concept_id });
    for (const lang of ['en', 'es'] as const) {
      const before = sa.texts.get(x.id)?.[lang];
      const after = sb.texts.get(y.id)?.[lang];
      if (before && after && !sameWording(before, after)) out.reworded.push({ code: y.code, conceptId: y.concept_id, lang, before, after, words: wordParts(before, after) });
    }
    out.options.push(...optionChanges(db, y, sa.options(x.id), sb.options(y.id)));
    const rb = ruleText(rulesA.get(x.id), sa);
    const ra = ruleText(rulesB.get(y.id), sb);
    if (rb !== ra) out.branching.push({ code: y.code, conceptId: y.concept_id, change: rb === null ? 'added' : ra === null ? 'removed' : 'changed', before: rb, after: ra });
  }
  return out;
}
