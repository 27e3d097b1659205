// Concept lookup on the real database: ancestry from the module down, children, shared answers
// with every question that uses them, and relationships.
import { afterAll, describe, expect, it } from 'vitest';
import { showItem } from '../../../electron/services/item-detail';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

describe('concept lookup', () => {
  it('gives a question its module, topic, answers and relationships', () => {
    // question_concept.csv: Smoking_SmokeFrequency, 1585860, survey Lifestyle (1585855)
    const d = showItem(db, '1585860')!;
    expect(d.ancestry[0]).toMatchObject({ kind: 'module', conceptId: 1585855 });
    expect(d.ancestry.map((a) => a.kind)).toEqual(['module', 'topic']);
    expect(d.relationships).toContainEqual(expect.objectContaining({ relationship: 'Has Module', conceptId: 1585855 }));
    const answers = d.relationships.filter((r) => r.relationship === 'Has answer').map((r) => r.code);
    expect(answers).toContain('SmokeFrequency_EveryDay');
    expect(answers).toEqual(d.answers.map((a) => a.code));
  });

  it('traces an answer to its question and its standard value concept', () => {
    const d = showItem(db, 'smokefrequency_everyday')!;
    expect(d.ancestry.map((a) => a.kind)).toEqual(['module', 'topic', 'question']);
    expect(d.ancestry.at(-1)!.code).toBe('Smoking_SmokeFrequency');
    // workbench ppi_criteria.csv: "Every day" under 1585860 maps to 45881677
    expect(d.relationships).toContainEqual(expect.objectContaining({ relationship: 'Maps to value', conceptId: 45881677 }));
    expect(d.relationships).toContainEqual(expect.objectContaining({ relationship: 'Answer of', code: 'Smoking_SmokeFrequency' }));
  });

  it('lists every question that uses a shared answer (PMI_DontKnow)', () => {
    const d = showItem(db, 'PMI_DontKnow')!;
    const users = db.prepare(`SELECT count(*) AS n FROM options o JOIN items a ON a.id = o.answer_id WHERE a.code = 'PMI_DontKnow'`).get() as { n: number };
    expect(users.n).toBeGreaterThan(20);
    expect(d.usedBy).toHaveLength(users.n);
    expect(d.relationships.filter((r) => r.relationship === 'Answer of')).toHaveLength(users.n);
    expect(d.ancestry[0]!.kind).toBe('module');
    expect(d.ancestry.at(-1)!.kind).toBe('question');
  });

  it('starts the ancestry with the module for every question that has one', () => {
    const codes = db.prepare(`SELECT code FROM items WHERE kind = 'question' AND module_id IS NOT NULL AND code IS NOT NULL ORDER BY id`).pluck().all() as string[];
    for (const code of codes.filter((_, i) => i % 10 === 0)) {
      const d = showItem(db, code)!;
      expect(d.ancestry[0]?.kind, code).toBe('module');
    }
  });

  it('opens a module by its concept ID with its children', () => {
    const d = showItem(db, '1585855')!;
    expect(d.kind).toBe('module');
    expect(d.children.length).toBeGreaterThan(0);
  });
});
