// The survey catalog: every module, current and retired, with names, counts, versions and PDFs.
// Each fact is one query over its whole table, grouped by module here: the catalog's request is
// on the app's first screen, and a per-module subquery scanned item_modules once per module.
import type { Survey } from '../contract/models';
import type { Codebook } from './store';

interface ModuleRow {
  id: number;
  slug: string;
  concept_id: number | null;
  code: string | null;
  name_en: string | null;
  name_es: string | null;
  description_en: string | null;
  description_es: string | null;
  status: 'current' | 'retired';
  category: string;
  participant_count: number | null;
}

type Keyed<T> = T & { module_id: number };

/** Rows by their module_id, each list in the query's order, the key itself left out. */
function byModule<T>(rows: Keyed<T>[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const { module_id, ...rest } of rows) {
    const list = out.get(module_id);
    if (list) list.push(rest as T);
    else out.set(module_id, [rest as T]);
  }
  return out;
}

export function listSurveys(db: Codebook): Survey[] {
  const rows = db.prepare(`SELECT * FROM modules m ORDER BY m.status, m.position IS NULL, m.position, m.category, m.slug`).all() as ModuleRow[];
  const questions = new Map(
    (
      db
        .prepare(`SELECT im.module_id AS id, count(*) AS n FROM item_modules im JOIN items i ON i.id = im.item_id WHERE i.kind = 'question' GROUP BY im.module_id`)
        .all() as { id: number; n: number }[]
    ).map((r) => [r.id, r.n]),
  );
  const versions = byModule(
    db
      .prepare(
        `SELECT v.module_id, v.version, v.label, v.date, v.kind, count(vi.item_id) AS questionCount
           FROM module_versions v LEFT JOIN module_version_items vi ON vi.version_id = v.id
          GROUP BY v.id ORDER BY v.kind, v.id`,
      )
      .all() as Keyed<Survey['versions'][number]>[],
  );
  // One entry per distinct document (byte-identical files are one); the id opens it in the viewer.
  const pdfs = byModule(
    db
      .prepare(
        `SELECT module_id, id, language, file, edition, printed_version AS version, pages FROM documents WHERE module_id IS NOT NULL
          ORDER BY language, edition, printed_version IS NOT NULL, file`,
      )
      .all() as Keyed<Survey['pdfs'][number]>[],
  );
  const releaseQuestions = new Map(
    (
      db
        .prepare(`SELECT x.release_id AS id, count(DISTINCT x.item_id) AS n FROM release_items x JOIN items i ON i.id = x.item_id WHERE i.kind = 'question' GROUP BY x.release_id`)
        .all() as { id: string; n: number }[]
    ).map((r) => [r.id, r.n]),
  );
  const releases = byModule(
    (db.prepare(`SELECT module_id, id, label, date, is_current FROM releases ORDER BY module_id, position`).all() as Keyed<{ id: string; label: string; date: string | null; is_current: number }>[]).map(
      ({ is_current, ...r }) => ({ ...r, current: is_current === 1, questionCount: releaseQuestions.get(r.id) ?? 0 }),
    ),
  );
  return rows.map((m) => ({
    slug: m.slug,
    conceptId: m.concept_id,
    code: m.code,
    name: { en: m.name_en ?? m.code ?? m.slug, es: m.name_es },
    description: { en: m.description_en, es: m.description_es },
    status: m.status,
    category: m.category,
    questionCount: questions.get(m.id) ?? 0,
    participantCount: m.participant_count,
    versions: versions.get(m.id) ?? [],
    releases: releases.get(m.id) ?? [],
    pdfs: pdfs.get(m.id) ?? [],
  }));
}
