// listSurveys reads each fact with one grouped query over its table: every module's counts,
// versions, releases and PDFs must equal what a plain per-module query of the same tables gives.
import { afterAll, describe, expect, it } from 'vitest';
import { listSurveys } from '../../../electron/services/surveys';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

const one = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as T[];

describe('the catalog list, module by module', () => {
  const surveys = listSurveys(db);
  const modules = one<{ id: number; slug: string }>('SELECT id, slug FROM modules');

  it('lists every module once', () => {
    expect(surveys.map((s) => s.slug).sort()).toEqual(modules.map((m) => m.slug).sort());
  });

  it('gives each module its own questions, versions, releases and documents', () => {
    let releasesSeen = 0;
    for (const { id, slug } of modules) {
      const s = surveys.find((x) => x.slug === slug)!;
      const [q] = one<{ n: number }>(`SELECT count(*) AS n FROM item_modules im JOIN items i ON i.id = im.item_id WHERE im.module_id = ? AND i.kind = 'question'`, id);
      expect(s.questionCount, slug).toBe(q!.n);
      const versions = one<{ version: string; n: number }>(
        `SELECT v.version, (SELECT count(*) FROM module_version_items vi WHERE vi.version_id = v.id) AS n FROM module_versions v WHERE v.module_id = ? ORDER BY v.kind, v.id`,
        id,
      );
      expect(s.versions.map((v) => [v.version, v.questionCount]), slug).toEqual(versions.map((v) => [v.version, v.n]));
      const releases = one<{ id: string; current: number; n: number }>(
        `SELECT r.id, r.is_current AS current, (SELECT count(DISTINCT x.item_id) FROM release_items x JOIN items i ON i.id = x.item_id
          WHERE x.release_id = r.id AND i.kind = 'question') AS n FROM releases r WHERE r.module_id = ? ORDER BY r.position`,
        id,
      );
      expect(s.releases!.map((r) => [r.id, r.current, r.questionCount]), slug).toEqual(releases.map((r) => [r.id, r.current === 1, r.n]));
      releasesSeen += releases.length;
      const docs = one<{ id: number }>(`SELECT id FROM documents WHERE module_id = ? ORDER BY language, edition, printed_version IS NOT NULL, file`, id);
      expect(s.pdfs.map((p) => p.id), slug).toEqual(docs.map((d) => d.id));
    }
    expect(releasesSeen).toBeGreaterThan(0);
  });

  // Lifestyle (survey_module.csv: concept 1585855) has questions, releases and both languages' PDFs.
  it('fills the grouped facts for Lifestyle', () => {
    const s = surveys.find((x) => x.conceptId === 1585855)!;
    expect(s.questionCount).toBeGreaterThan(10);
    expect(s.releases!.some((r) => r.current && r.questionCount > 10)).toBe(true);
    expect(new Set(s.pdfs.map((p) => p.language))).toEqual(new Set(['en', 'es']));
  });
});
