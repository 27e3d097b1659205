// A survey's outline: topics → questions → follow-up questions nested under the answer that
// opens them, in instrument order, as a flat list with depths (ready for a virtualized tree).
import type { Outline, OutlineRow } from '../contract/models';
import { answerRef } from './answer-ref';
import { surveyRef } from './item-detail';
import { moduleRules, type ModuleRule } from './module-rules';
import { openingAnswers } from './releases/opens';
import { releaseScope, type ReleaseScope } from './releases/scope';
import { isSkipOption } from './presentation-order';
import { withoutCopies, type Listed } from './releases/printed-list';
import type { Codebook } from './store';

interface Member {
  id: number;
  kind: OutlineRow['kind'];
  code: string | null;
  concept_id: number | null;
  parent_id: number | null;
  text_en: string | null;
  text_es: string | null;
  field_type: string | null;
  answers: number;
  answer_text: string | null;
  sources: number;
}

export function findModuleId(db: Codebook, survey: string): number | null {
  const s = survey.trim().toLowerCase();
  const row = db
    .prepare('SELECT id FROM modules WHERE slug = ? OR lower(code) = ? OR CAST(concept_id AS TEXT) = ? ORDER BY status, id LIMIT 1')
    .get(s, s, s) as { id: number } | undefined;
  return row?.id ?? null;
}

function wouldCycle(child: number, parent: number, rules: Map<number, ModuleRule>): boolean {
  const seen = new Set<number>([child]);
  for (let p: number | undefined = parent; p !== undefined; p = rules.get(p)?.parentId) {
    if (seen.has(p)) return true;
    seen.add(p);
  }
  return false;
}

/** `release`: id, label or date of one release (default: the current one); see docs/releases.md. */
export function surveyOutline(db: Codebook, survey: string, release?: string | null, scopeOf: typeof releaseScope = releaseScope): Outline | null {
  const moduleId = findModuleId(db, survey);
  if (moduleId === null) return null;
  const scope = scopeOf(db, moduleId, release);
  const all_ = db
    .prepare(
      `SELECT i.id, i.kind, i.code, i.concept_id, i.parent_id, i.text_en, i.text_es, i.field_type,
         (SELECT count(*) FROM options o WHERE o.question_id = i.id) AS answers,
         (SELECT group_concat(coalesce(o.label_en, a.text_en, '') || ' ' || coalesce(o.label_es, a.text_es, ''), ' · ')
            FROM options o JOIN items a ON a.id = o.answer_id WHERE o.question_id = i.id) AS answer_text,
         (SELECT count(DISTINCT s.instrument_id) FROM question_sources s WHERE s.item_id = i.id) AS sources
       FROM item_modules im JOIN items i ON i.id = im.item_id
       WHERE im.module_id = ? AND i.kind IN ('topic', 'question') ORDER BY im.position`,
    )
    .all(moduleId) as Member[];
  // One release at a time, in its own wording where its sources give one.
  const answersIn = scope && releaseAnswers(db, scope, moduleId);
  const members = scope && answersIn ? all_.filter((m) => scope.has(m.id)).map((m) => answersIn(withReleaseText(m, scope.texts.get(m.id)))) : all_;
  const byId = new Map(members.map((m) => [m.id, m]));
  const all = moduleRules(db, moduleId);
  const rules = new Map([...all].filter(([child, r]) => byId.get(r.parentId)?.kind === 'question' && !wouldCycle(child, r.parentId, all)));
  const children = new Map<number | null, Member[]>();
  for (const m of members) {
    const rule = rules.get(m.id);
    const topic = m.parent_id !== null && byId.get(m.parent_id)?.kind === 'topic' ? m.parent_id : null;
    const under = rule ? rule.parentId : topic;
    children.set(under, [...(children.get(under) ?? []), m]);
  }
  const rows: OutlineRow[] = [];
  const visit = (m: Member, depth: number) => {
    const rule = rules.get(m.id);
    const parent = rule ? byId.get(rule.parentId) : undefined;
    rows.push({
      depth,
      kind: m.kind,
      conceptId: m.concept_id,
      code: m.code,
      text: { en: m.text_en, es: m.text_es },
      fieldType: m.field_type,
      answerCount: m.answers,
      answerText: m.answer_text ?? '',
      sourceCount: m.sources,
      condition: rule && parent
        ? {
            parentCode: parent.code,
            parentConceptId: parent.concept_id,
            answers: rule.answerIds.map((id) => answerRef(db, id, rule.parentId)),
            when: rule.when,
            opens: openingAnswers(db, rule, scope).map((id) => answerRef(db, id, rule.parentId)),
            source: rule.source,
          }
        : null,
    });
    for (const c of children.get(m.id) ?? []) visit(c, depth + 1);
  };
  // A node stands where its first descendant stands: a topic that only one source places (late)
  // still comes before the questions that follow its own.
  const rank = new Map(members.map((m, i) => [m.id, i]));
  const first = new Map<number, number>();
  const firstAt = (m: Member): number => {
    const known = first.get(m.id);
    if (known !== undefined) return known;
    first.set(m.id, rank.get(m.id)!); // guards against a cycle while computing
    const at = Math.min(rank.get(m.id)!, ...(children.get(m.id) ?? []).map(firstAt));
    first.set(m.id, at);
    return at;
  };
  for (const list of children.values()) list.sort((a, b) => firstAt(a) - firstAt(b));
  for (const m of children.get(null) ?? []) visit(m, 0);
  return { survey: surveyRef(db, moduleId)!, release: scope?.release ?? null, rows };
}

/** A question's answers as its release lists them, as the trainer shows them (no "Skip"). */
function releaseAnswers(db: Codebook, scope: ReleaseScope, moduleId: number): (m: Member) => Member {
  // Every answer the module's questions list, read once (the trainer's lists name these).
  const rows = db.prepare(`SELECT o.question_id AS q, o.answer_id AS answerId, a.code, coalesce(o.label_en, a.text_en) AS en, o.label_es AS es,
      coalesce(o.label_es, a.text_es) AS esOrText
    FROM options o JOIN items a ON a.id = o.answer_id JOIN item_modules im ON im.item_id = o.question_id AND im.module_id = ?
    ORDER BY o.question_id, o.position, o.answer_id`).all(moduleId) as (Listed & { q: number; code: string | null; esOrText: string | null })[];
  const merged = new Map<number, typeof rows>();
  for (const r of rows) merged.set(r.q, [...(merged.get(r.q) ?? []), r]);
  const itemOf = db.prepare('SELECT code, text_en AS en, text_es AS esOrText FROM items WHERE id = ?');
  return (m) => {
    if (m.kind !== 'question') return m;
    const listed = merged.get(m.id) ?? [];
    // No list of the release's own: the merged one, without "Skip" and the Data Browser's copies.
    const own = scope.options(m.id) ?? withoutCopies(db, listed);
    const shown = own.flatMap((o) => {
      const a = listed.find((x) => x.answerId === o.answerId) ?? (itemOf.get(o.answerId) as { code: string | null; en: string | null; esOrText: string | null });
      const text = { en: o.en ?? a.en, es: o.es ?? a.esOrText };
      return isSkipOption({ code: a.code, text }) ? [] : [`${text.en ?? ''} ${text.es ?? ''}`];
    });
    return { ...m, answers: shown.length, answer_text: shown.join(' · ') };
  };
}

function withReleaseText(m: Member, t: { en: string | null; es: string | null } | undefined): Member {
  return t ? { ...m, text_en: t.en ?? m.text_en, text_es: t.es ?? m.text_es } : m;
}
