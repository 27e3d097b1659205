// Imported codebooks and REDCap data dictionaries as user modules: a catalog entry each, an
// outline (topics or REDCap forms, then questions, in file order) and a concept card for an item
// the bundled codebook does not have. Provenance: the file, its format, the date and each row.
import type { ItemDetail, Outline, Survey } from '../../contract/models';
import type { ImportedData, OpenImport } from './imported-data';

interface Row {
  kind: ItemDetail['kind'] | null;
  code: string;
  concept_id: number | null;
  parent_code: string | null;
  form: string | null;
  text_en: string | null;
  text_es: string | null;
  field_type: string | null;
  at: string | null;
  answers: number;
}

const ROWS = `SELECT i.*, (SELECT count(*) FROM options o WHERE lower(o.question_code) = i.code_lower) AS answers FROM items i`;

function provenanceText(o: OpenImport): { en: string; es: string } {
  const day = o.info.importedAt.slice(0, 10);
  return {
    en: `Your import of ${o.info.name} (${o.info.version ?? 'codebook'}), ${day}, from ${o.info.source}`,
    es: `Su importación de ${o.info.name} (${o.info.version ?? 'codebook'}), ${day}, desde ${o.info.source}`,
  };
}

export function userSurveys(data: ImportedData): Survey[] {
  return data.codebooks().map((o) => ({
    slug: o.info.id,
    conceptId: null,
    code: null,
    name: { en: o.info.name, es: o.info.name },
    description: provenanceText(o),
    status: 'current',
    category: 'user',
    questionCount: o.db.prepare("SELECT count(*) FROM items WHERE kind = 'question'").pluck().get() as number,
    participantCount: null,
    versions: [],
    pdfs: [],
  }));
}

export function userOutline(data: ImportedData, slug: string): Outline | null {
  const o = slug.startsWith('codebook-') ? data.get(slug) : null;
  if (!o || o.info.kind !== 'codebook') return null;
  const rows = o.db.prepare(`${ROWS} WHERE kind IN ('topic', 'question') ORDER BY position`).all() as Row[];
  const forms = new Set(rows.map((r) => r.form));
  const hasTopics = rows.some((r) => r.kind === 'topic');
  const out: Outline['rows'] = [];
  let form: string | null | undefined;
  for (const r of rows) {
    // A REDCap dictionary has no topics: its forms stand in for them when there are several.
    if (!hasTopics && forms.size > 1 && r.form !== form) {
      form = r.form;
      out.push({ depth: 0, kind: 'topic', conceptId: null, code: r.form, text: { en: r.form, es: null }, fieldType: null, answerCount: 0, sourceCount: 0, condition: null });
    }
    const depth = r.kind === 'topic' ? 0 : hasTopics || forms.size > 1 ? 1 : 0;
    out.push({ depth, kind: r.kind ?? 'question', conceptId: r.concept_id, code: r.code, text: { en: r.text_en, es: r.text_es }, fieldType: r.field_type, answerCount: r.answers, sourceCount: 0, condition: null });
  }
  return { survey: { slug: o.info.id, conceptId: null, name: o.info.name }, release: null, rows: out };
}

/** The concept card of an item only an imported codebook has (the bundled one is asked first). */
export function userItem(data: ImportedData, code: string): ItemDetail | null {
  for (const o of data.codebooks()) {
    const r = o.db.prepare(`${ROWS} WHERE code_lower = ? LIMIT 1`).get(code.trim().toLowerCase()) as Row | undefined;
    if (!r) continue;
    const answers = o.db.prepare(`SELECT o.answer_code AS code, i.concept_id AS conceptId, coalesce(o.label_en, i.text_en) AS en, coalesce(o.label_es, i.text_es) AS es
        FROM options o LEFT JOIN items i ON i.code_lower = lower(o.answer_code) WHERE lower(o.question_code) = ? ORDER BY o.position`).all(r.code.toLowerCase()) as { code: string; conceptId: number | null; en: string | null; es: string | null }[];
    const rules = o.db.prepare('SELECT parent_code, prose FROM branching WHERE lower(child_code) = ?').all(r.code.toLowerCase()) as { parent_code: string | null; prose: string | null }[];
    const source = `${o.info.name} (${o.info.version ?? 'codebook'})`;
    return {
      kind: r.kind ?? 'question',
      conceptId: r.concept_id,
      code: r.code,
      survey: { slug: o.info.id, conceptId: null, name: o.info.name },
      text: { en: r.text_en, es: r.text_es },
      helpText: { en: null, es: null },
      fieldType: r.field_type,
      answers: answers.map((a) => ({ code: a.code, conceptId: a.conceptId, standardConceptId: null, text: { en: a.en, es: a.es } })),
      branching: rules.map((b) => ({ parentCode: b.parent_code, parentConceptId: null, answerCodes: [], answers: [], when: 'shown', text: b.prose, source })),
      leadsTo: [],
      sources: [],
      ancestry: [],
      children: [],
      usedBy: [],
      externalCodes: [],
      provenance: [{ field: 'code', value: r.code, source, at: r.at, chosen: true }, ...(r.text_en ? [{ field: 'text_en', value: r.text_en, source, at: r.at, chosen: true }] : [])],
      relationships: [],
    };
  }
  return null;
}
