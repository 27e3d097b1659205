// The source instruments (F7): every instrument the instruments' Sources sections and the 2016
// workgroup sheets cite, with the questions derived from each.
import type { Instrument, InstrumentDetail } from '../contract/models';
import { surveyRef } from './item-detail';
import type { Codebook } from './store';

interface Row {
  id: number;
  key: string;
  short_name: string | null;
  name: string;
  organization: string | null;
  url: string | null;
  year: string | null;
  description: string | null;
  questions: number;
  surveys: string | null;
  aliases: string | null;
}

const SELECT = `SELECT n.*, (SELECT count(DISTINCT s.item_id) FROM question_sources s WHERE s.instrument_id = n.id) AS questions,
    (SELECT group_concat(DISTINCT m.slug) FROM question_sources s JOIN items i ON i.id = s.item_id JOIN modules m ON m.id = i.module_id
      WHERE s.instrument_id = n.id) AS surveys,
    (SELECT group_concat(a.alias, char(31)) FROM instrument_aliases a WHERE a.instrument_id = n.id) AS aliases
  FROM instruments n`;

const toInstrument = (r: Row): Instrument => ({
  id: r.id,
  key: r.key,
  shortName: r.short_name,
  name: r.name,
  organization: r.organization,
  url: r.url,
  year: r.year,
  description: r.description,
  aliases: r.aliases ? r.aliases.split('\u001f') : [],
  questionCount: r.questions,
  surveys: r.surveys ? r.surveys.split(',').sort() : [],
});

export function listInstruments(db: Codebook): Instrument[] {
  return (db.prepare(`${SELECT} ORDER BY questions DESC, lower(coalesce(n.short_name, n.name))`).all() as Row[]).map(toInstrument);
}

export function instrumentDetail(db: Codebook, idOrKey: string): InstrumentDetail | null {
  const row = db.prepare(`${SELECT} WHERE n.key = ? OR CAST(n.id AS TEXT) = ? OR lower(n.short_name) = lower(?)
      OR n.id IN (SELECT instrument_id FROM instrument_aliases WHERE lower(alias) = lower(?)) LIMIT 1`).get(idOrKey, idOrKey, idOrKey, idOrKey) as Row | undefined;
  if (!row) return null;
  const citations = db
    .prepare(`SELECT m.slug AS survey, c.number, c.citation, c.source FROM instrument_citations c LEFT JOIN modules m ON m.id = c.module_id
      WHERE c.instrument_id = ? ORDER BY m.slug, c.number`)
    .all(row.id) as InstrumentDetail['citations'];
  const questions = db
    .prepare(`SELECT i.kind, i.concept_id, i.code, i.text_en, i.text_es, i.module_id, max(s.original_text) AS original
      FROM question_sources s JOIN items i ON i.id = s.item_id WHERE s.instrument_id = ?
      GROUP BY i.id ORDER BY i.module_id, i.position, i.id`)
    .all(row.id) as { kind: InstrumentDetail['questions'][number]['kind']; concept_id: number | null; code: string | null; text_en: string | null; text_es: string | null; module_id: number | null; original: string | null }[];
  return {
    ...toInstrument(row),
    citations,
    questions: questions.map((q) => ({
      kind: q.kind,
      conceptId: q.concept_id,
      code: q.code,
      text: { en: q.text_en, es: q.text_es },
      survey: surveyRef(db, q.module_id),
      originalText: q.original,
    })),
  };
}
