// The survey catalog: every module, current and retired, with names, counts, versions and PDFs.
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
  questions: number;
}

export function listSurveys(db: Codebook): Survey[] {
  const rows = db
    .prepare(
      `SELECT m.*, (SELECT count(*) FROM item_modules im JOIN items i ON i.id = im.item_id
         WHERE im.module_id = m.id AND i.kind = 'question') AS questions
       FROM modules m ORDER BY m.status, m.position IS NULL, m.position, m.category, m.slug`,
    )
    .all() as ModuleRow[];
  const versions = db.prepare(
    `SELECT v.version, v.label, v.date, v.kind, count(vi.item_id) AS questionCount
       FROM module_versions v LEFT JOIN module_version_items vi ON vi.version_id = v.id
      WHERE v.module_id = ? GROUP BY v.id ORDER BY v.kind, v.id`,
  );
  // One entry per distinct document (byte-identical files are one); the id opens it in the viewer.
  const pdfs = db.prepare(`SELECT id, language, file, edition, printed_version AS version, pages FROM documents WHERE module_id = ?
    ORDER BY language, edition, printed_version IS NOT NULL, file`);
  const releases = db.prepare(`SELECT r.id, r.label, r.date, r.is_current AS current, (SELECT count(DISTINCT x.item_id) FROM release_items x JOIN items i ON i.id = x.item_id
      WHERE x.release_id = r.id AND i.kind = 'question') AS questionCount FROM releases r WHERE r.module_id = ? ORDER BY r.position`);
  return rows.map((m) => ({
    slug: m.slug,
    conceptId: m.concept_id,
    code: m.code,
    name: { en: m.name_en ?? m.code ?? m.slug, es: m.name_es },
    description: { en: m.description_en, es: m.description_es },
    status: m.status,
    category: m.category,
    questionCount: m.questions,
    participantCount: m.participant_count,
    versions: versions.all(m.id) as Survey['versions'],
    releases: (releases.all(m.id) as { id: string; label: string; date: string | null; current: number; questionCount: number }[]).map((r) => ({ ...r, current: r.current === 1 })),
    pdfs: pdfs.all(m.id) as Survey['pdfs'],
  }));
}
