// Everything known about one item: texts in both languages, answers, branching in both
// directions, source instruments with the original wording, ancestry, and provenance.
import type { ItemDetail, ItemRef, SurveyRef } from '../contract/models';
import { answerReleases, inReleaseOrder, itemReleases } from './releases/item';
import { findItems, type ItemRow, type Lookup } from './item-lookup';
import { candidatesOf, standardIdsOf } from './item-candidates';
import { branchingOf, leadsTo } from './item-branching';
import { relationshipsOf } from './item-relationships';
import type { Codebook } from './store';
import { prepared } from './search/statements';

const ref = (r: ItemRow): ItemRef => ({ kind: r.kind, conceptId: r.concept_id, code: r.code, text: { en: r.text_en, es: r.text_es } });

export function surveyRef(db: Codebook, moduleId: number | null): SurveyRef | null {
  if (moduleId == null) return null;
  const m = prepared(db, 'SELECT slug, concept_id, coalesce(name_en, code, slug) AS name FROM modules WHERE id = ?').get(moduleId) as
    | { slug: string; concept_id: number | null; name: string }
    | undefined;
  return m ? { slug: m.slug, conceptId: m.concept_id, name: m.name } : null;
}

function ancestry(db: Codebook, item: ItemRow): ItemRef[] {
  const chain: ItemRef[] = [];
  const get = db.prepare('SELECT * FROM items WHERE id = ?');
  let cur: ItemRow | undefined = item;
  if (item.kind === 'answer') {
    // A shared answer (PMI_DontKnow) has many questions: its own parent, else one of its own module.
    cur = db
      .prepare(`SELECT q.* FROM options o JOIN items q ON q.id = o.question_id WHERE o.answer_id = ?
         ORDER BY q.id = ? DESC, q.module_id IS ? DESC, q.module_id, q.position, q.id LIMIT 1`)
      .get(item.id, item.parent_id, item.module_id) as ItemRow | undefined;
    if (cur) chain.unshift(ref(cur));
  }
  const seen = new Set<number>([item.id]);
  while (cur?.parent_id != null && !seen.has(cur.parent_id)) {
    seen.add(cur.parent_id);
    cur = get.get(cur.parent_id) as ItemRow | undefined;
    if (cur) chain.unshift(ref(cur));
  }
  // Not every chain of parents reaches a module item: the module comes first all the same.
  if (item.kind !== 'module' && chain[0]?.kind !== 'module') {
    const top = moduleRef(db, cur?.module_id ?? item.module_id);
    if (top) chain.unshift(top);
  }
  return chain;
}

function moduleRef(db: Codebook, moduleId: number | null): ItemRef | null {
  if (moduleId == null) return null;
  const item = db.prepare(`SELECT * FROM items WHERE kind = 'module' AND module_id = ? ORDER BY id LIMIT 1`).get(moduleId) as ItemRow | undefined;
  if (item) return ref(item);
  const m = db.prepare('SELECT concept_id, code, name_en, name_es FROM modules WHERE id = ?').get(moduleId) as
    | { concept_id: number | null; code: string | null; name_en: string | null; name_es: string | null }
    | undefined;
  return m ? { kind: 'module', conceptId: m.concept_id, code: m.code, text: { en: m.name_en, es: m.name_es } } : null;
}

/** One entry per instrument (several PDFs cite the same one), keeping the one that quotes the original wording. */
/**
 * One card per instrument (the rows come ranked: published instrument first), with the first
 * original wording any of its rows gives; an original wording with no instrument only when no
 * named instrument's card already shows it.
 */
function dedupeSources<T extends { instrument_id: number | null; originalText: string | null }>(rows: T[]): T[] {
  const norm = (t: string | null) => (t ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '');
  const out: T[] = [];
  for (const r of rows.filter((x) => x.instrument_id !== null)) {
    const i = out.findIndex((o) => o.instrument_id === r.instrument_id);
    if (i < 0) out.push(r);
    else if (!out[i]!.originalText && r.originalText) out[i] = r;
  }
  for (const r of rows.filter((x) => x.instrument_id === null && x.originalText)) {
    if (out.every((o) => norm(o.originalText) !== norm(r.originalText))) out.push(r);
  }
  return out;
}

export function moduleDetail(db: Codebook, moduleId: number): ItemDetail {
  const m = db.prepare('SELECT * FROM modules WHERE id = ?').get(moduleId) as Record<string, string | number | null>;
  const children = db
    .prepare(`SELECT i.* FROM item_modules im JOIN items i ON i.id = im.item_id WHERE im.module_id = ? AND i.parent_id IS NULL ORDER BY im.position`)
    .all(moduleId) as ItemRow[];
  return {
    kind: 'module',
    conceptId: (m.concept_id as number | null) ?? null,
    code: (m.code as string | null) ?? null,
    survey: surveyRef(db, moduleId),
    text: { en: (m.name_en as string | null) ?? null, es: (m.name_es as string | null) ?? null },
    helpText: { en: (m.description_en as string | null) ?? null, es: (m.description_es as string | null) ?? null },
    fieldType: null,
    answers: [],
    branching: [],
    leadsTo: [],
    sources: [],
    ancestry: [],
    children: children.map(ref),
    usedBy: [],
    externalCodes: [],
    provenance: [],
    relationships: [],
  };
}

export function showItem(db: Codebook, query: string): ItemDetail | null {
  const all = findItems(db, query);
  if (all.length === 0) return null;
  const detail = detailOf(db, all[0]!);
  return all.length > 1 ? { ...detail, candidates: candidatesOf(db, all, query) } : detail;
}

/** Every item the key names (several when items share one ID), each in full. */
export function showItems(db: Codebook, query: string): ItemDetail[] {
  return findItems(db, query).map((found) => detailOf(db, found));
}

function detailOf(db: Codebook, found: NonNullable<Lookup>): ItemDetail {
  if (found.type === 'module') return moduleDetail(db, found.moduleId);
  const it = found.item;
  const answers = db
    .prepare(`SELECT a.id AS answerId, a.code, a.concept_id AS conceptId, coalesce(o.standard_concept_id, a.standard_concept_id) AS standardConceptId,
        coalesce(o.label_en, a.text_en) AS en, coalesce(o.label_es, a.text_es) AS es
       FROM options o JOIN items a ON a.id = o.answer_id WHERE o.question_id = ? ORDER BY o.position`)
    .all(it.id) as { answerId: number; code: string | null; conceptId: number | null; standardConceptId: number | null; en: string | null; es: string | null }[];
  const inReleases = answerReleases(db, it.id);
  const releases = it.kind === 'question' || it.kind === 'topic' ? itemReleases(db, it.id) : [];
  const sources = db
    .prepare(`SELECT s.instrument_id, coalesce(n.short_name, n.name) AS instrument, n.name AS name, n.organization,
        n.year, n.url, n.description, s.original_text AS originalText, s.printed_text AS printedText, s.source
       FROM question_sources s LEFT JOIN instruments n ON n.id = s.instrument_id WHERE s.item_id = ? ORDER BY s.rowid`)
    .all(it.id) as (ItemDetail['sources'][number] & { instrument_id: number | null })[];
  const children = db.prepare('SELECT * FROM items WHERE parent_id = ? ORDER BY position, id').all(it.id) as ItemRow[];
  const usedBy = db
    .prepare('SELECT q.* FROM options o JOIN items q ON q.id = o.question_id WHERE o.answer_id = ? ORDER BY q.module_id, q.position')
    .all(it.id) as ItemRow[];
  const provenance = db
    .prepare('SELECT field, value, source, at, chosen FROM provenance WHERE item_id = ? AND context_id IS NULL ORDER BY field, chosen DESC')
    .all(it.id) as { field: string; value: string; source: string; at: string | null; chosen: number }[];
  return {
    kind: it.kind,
    conceptId: it.concept_id,
    code: it.code,
    survey: surveyRef(db, it.module_id),
    text: { en: it.text_en, es: it.text_es },
    helpText: { en: it.help_en, es: it.help_es },
    fieldType: it.field_type,
    answers: inReleaseOrder(db, it.id, answers.map((a) => ({ ...a, releases: inReleases.get(a.answerId) ?? [] })), releases).map((a) => ({
      code: a.code,
      conceptId: a.conceptId,
      standardConceptId: a.standardConceptId,
      text: { en: a.en, es: a.es },
      releases: a.releases,
    })),
    branching: branchingOf(db, it.id),
    leadsTo: leadsTo(db, it.id),
    sources: dedupeSources(sources).map(({ instrument_id: _, ...s }) => s),
    ancestry: ancestry(db, it),
    children: children.map(ref),
    usedBy: usedBy.map(ref),
    externalCodes: db.prepare('SELECT system, code, url FROM external_codes WHERE item_id = ?').all(it.id) as ItemDetail['externalCodes'],
    provenance: provenance.map((p) => ({ ...p, chosen: p.chosen === 1 })),
    standardConceptIds: it.kind === 'answer' ? standardIdsOf(db, it) : undefined,
    relationships: relationshipsOf(db, it),
    releases,
    aliases: db.prepare('SELECT alias AS code, source, at FROM item_aliases WHERE item_id = ? ORDER BY alias').all(it.id) as ItemDetail['aliases'],
    ...(found.alias ? { reachedByAlias: found.alias } : {}),
  };
}
