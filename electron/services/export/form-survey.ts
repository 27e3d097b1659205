// A survey as an ExportForm: the trainer's presentation (instrument order, structured rules, the
// answers a participant sees, help text, prose) plus each question's source instruments.
// `release` names one release of the module (id, label or date, any case); without it, the current
// release: the form holds that release's questions, wording and options, as the trainer shows them.
import { findModuleId } from '../outline';
import { surveyPresentation } from '../presentation';
import { ReleaseNotFound } from '../releases/list';
import type { Codebook } from '../store';
import { formFieldType, type ExportForm, type FormQuestion, type FormSource } from './form';

export class ExportInputError extends Error {}

interface Member {
  id: number;
  code: string | null;
  concept_id: number | null;
}

function sourcesOf(db: Codebook): (itemId: number) => FormSource[] {
  const stmt = db.prepare(
    `SELECT s.instrument_id, coalesce(n.short_name, n.name) AS instrument, n.name AS name, n.organization, n.year, n.url,
        s.original_text AS originalText
       FROM question_sources s JOIN instruments n ON n.id = s.instrument_id WHERE s.item_id = ? ORDER BY s.rowid`,
  );
  return (itemId) => {
    const seen = new Map<string, FormSource>();
    for (const r of stmt.all(itemId) as (FormSource & { instrument_id: number | null })[]) {
      const key = String(r.instrument_id ?? r.name);
      const prev = seen.get(key);
      if (!prev || (!prev.originalText && r.originalText)) seen.set(key, { instrument: r.instrument, name: r.name, organization: r.organization, year: r.year, url: r.url, originalText: r.originalText });
    }
    return [...seen.values()];
  };
}

export function surveyForm(db: Codebook, survey: string, o: { release?: string | null } = {}): ExportForm {
  const moduleId = findModuleId(db, survey);
  let p: ReturnType<typeof surveyPresentation> = null;
  try {
    p = moduleId === null ? null : surveyPresentation(db, survey, o.release);
  } catch (e) {
    if (e instanceof ReleaseNotFound) throw new ExportInputError(e.message);
    throw e;
  }
  if (moduleId === null || !p) throw new ExportInputError(`no survey "${survey}" (a slug, code or module concept ID)`);
  const m = db.prepare('SELECT slug, code, concept_id, name_en, name_es FROM modules WHERE id = ?').get(moduleId) as {
    slug: string; code: string | null; concept_id: number | null; name_en: string | null; name_es: string | null;
  };
  const members = db.prepare(`SELECT i.id, i.code, i.concept_id FROM item_modules im JOIN items i ON i.id = im.item_id
     WHERE im.module_id = ? AND i.kind = 'question' ORDER BY im.position`).all(moduleId) as Member[];
  // Presentation rows carry no item id: found again by code, else concept ID (as presentation.ts does).
  const idOf = new Map<string, number>();
  for (const x of members) {
    const key = x.code ?? (x.concept_id != null ? `#${x.concept_id}` : null);
    if (key && !idOf.has(key)) idOf.set(key, x.id);
  }
  const sources = sourcesOf(db);
  const questions: FormQuestion[] = [];
  let topic: FormQuestion['topic'] = null;
  for (const row of p.rows) {
    if (row.kind === 'topic') {
      topic = { code: row.code, text: row.text };
      continue;
    }
    if (row.kind !== 'question') continue;
    if (row.depth === 0) topic = null;
    const id = idOf.get(row.code ?? `#${row.conceptId}`);
    const c = row.condition;
    questions.push({
      code: row.code,
      conceptId: row.conceptId,
      topic,
      text: row.text,
      help: row.helpText,
      fieldType: formFieldType(row.fieldType, row.answers.length),
      answers: row.answers,
      condition: c ? { parentCode: c.parentCode, parentConceptId: c.parentConceptId, answerCodes: c.answers.map((a) => a.code).filter((x): x is string => !!x), when: c.when } : null,
      prose: row.prose,
      sources: id === undefined ? [] : sources(id),
      chosen: null,
    });
  }
  return { kind: 'survey', name: m.slug, title: { en: m.name_en ?? m.code ?? m.slug, es: m.name_es }, code: m.code, conceptId: m.concept_id, release: o.release ? (p.release?.label ?? o.release) : null, questions };
}
