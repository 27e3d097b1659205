// REDCap data dictionary export: REDCap's rules, then read back by the project's own REDCap
// importer (codebooks/importers/redcap-dictionary.ts) with nothing lost, on several real surveys.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { readRedcapDictionary } from '../../../codebooks/importers/redcap-dictionary';
import { sourceFile } from '../../../codebooks/importers/types';
import type { ImportResult } from '../../../codebooks/model/records';
import type { ExportForm, FormQuestion } from '../../../electron/services/export/form';
import { surveyForm } from '../../../electron/services/export/form-survey';
import { REDCAP_COLUMNS, REDCAP_NAME_MAX, formToRedcap } from '../../../electron/services/export/redcap';
import { openRealDb } from '../../helpers/real-db';
import { moduleQuestions, TEST_SURVEYS } from './db-facts';

const db = openRealDb();
const dir = mkdtempSync(join(tmpdir(), 'ppi-redcap-'));
afterAll(() => (db.close(), rmSync(dir, { recursive: true, force: true })));

function readBack(csv: string, name: string): ImportResult {
  const path = join(dir, name);
  writeFileSync(path, csv);
  const entry = { id: `export:${name}`, repo: 'made-up', commit: '0'.repeat(40), path: name, local: name, sha256: '', bytes: csv.length, license: 'test', format: 'redcap-dictionary', provides: 'test' };
  return readRedcapDictionary(sourceFile(entry, path), { keepOrder: true });
}

/** The importer reads rich-text (HTML) labels as plain text; so does this comparison. */
const plain = (s: string | null) =>
  s && /<[a-z/][^>]*>/i.test(s) ? s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim() : s;

function checkRules(csv: string) {
  const rows = parse(csv) as string[][];
  expect(rows[0]).toEqual([...REDCAP_COLUMNS]);
  expect(rows[0]).toHaveLength(18);
  const names = rows.slice(1).map((r) => r[0]!);
  for (const n of names) {
    expect(n, n).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(n.length).toBeLessThanOrEqual(REDCAP_NAME_MAX);
  }
  expect(new Set(names).size).toBe(names.length);
  for (const r of rows.slice(1)) {
    expect(r).toHaveLength(18);
    expect(r[1]).toMatch(/^[a-z][a-z0-9_]*$/);
    if (r[5]) for (const choice of r[5].split(' | ')) expect(choice).toMatch(/^[A-Za-z0-9_]+, /);
  }
  return rows;
}

describe('REDCap data dictionary of real surveys', () => {
  for (const slug of TEST_SURVEYS) {
    it(`${slug}: obeys REDCap's rules and reads back with every code, ID, label, option and rule`, () => {
      const form = surveyForm(db, slug);
      const facts = moduleQuestions(db, slug);
      expect(form.questions.length).toBe(facts.length);
      const csv = formToRedcap(form);
      checkRules(csv);
      const back = readBack(csv, `${slug}.csv`);
      // A descriptive item is a REDCap "descriptive" field, which the importer reads as kind null.
      const questions = back.concepts.filter((c) => c.kind === 'question' || c.kind === null);
      expect(questions).toHaveLength(facts.length);
      for (const f of facts) {
        const q = questions.find((x) => x.code === f.code && (x.conceptId ?? null) === f.conceptId)!;
        expect(q, f.code ?? String(f.conceptId)).toBeDefined();
        expect([q.code, q.conceptId ?? null, q.text?.en ?? null], f.code ?? '').toEqual([f.code, f.conceptId, plain(f.en ?? f.es ?? f.code)]);
        if (f.helpEn) expect(q.helpText?.en).toBe(f.helpEn.replace(/\s+/g, ' ').trim());
        const opts = back.options.filter((o) => o.question.code === f.code && (o.question.conceptId ?? null) === f.conceptId);
        // The Data Browser lists some options by count and with a "Question: " prefix; the export
        // carries them as the instrument prints them (presentation-order.ts), so compare in any order.
        const bare = (t: string | null | undefined) => (t ?? '').replace(/^[^:]{1,60}:\s+/, '').toLowerCase();
        const key = (x: unknown[]) => JSON.stringify(x);
        expect(
          opts.map((o) => [o.answer.code != null && /^\d+$/.test(o.answer.code) && o.answer.conceptId == null ? '#' : o.answer.code, o.answer.conceptId ?? null, o.standardConceptId ?? null, bare(o.label?.en)]).sort((a, b) => key(a).localeCompare(key(b))),
          f.code ?? '',
        ).toEqual(
          // An answer with neither code nor concept ID (a label only) gets its position as REDCap code ('#' here).
          f.answers
            .map((a) => [a.code ?? (a.conceptId == null ? '#' : null), a.conceptId, a.standardConceptId, bare((a.en ?? a.es ?? a.code ?? '').replace(/\s*\|\s*/g, ' / '))])
            .sort((a, b) => key(a).localeCompare(key(b))),
        );
      }
      // Every structured rule of the export comes back with its parent and answers as PPI codes.
      const exported = form.questions.filter((q) => q.condition && back.branching.some((b) => b.child.code === q.code));
      for (const q of exported) {
        const b = back.branching.find((x) => x.child.code === q.code)!;
        expect([b.parent?.code, b.when, b.answers.map((a) => a.code)]).toEqual([q.condition!.parentCode, q.condition!.when, q.condition!.answerCodes]);
      }
    });
  }

  it('writes branching in REDCap syntax (Lifestyle: a follow-up of Smoking_100CigsLifetime)', () => {
    const form = surveyForm(db, 'lifestyle');
    const follow = form.questions.find((q) => q.condition?.parentCode === 'Smoking_100CigsLifetime')!;
    expect(follow).toBeDefined();
    const row = (parse(formToRedcap(form)) as string[][]).find((r) => r[17]!.includes(`PPI code: ${follow.code}\n`))!;
    const op = follow.condition!.when === 'shown' ? '=' : '<>';
    expect(row[11]).toBe(follow.condition!.answerCodes.map((c) => `[smoking_100cigslifetime] ${op} '${c}'`).join(follow.condition!.when === 'shown' ? ' or ' : ' and '));
  });
});

describe('REDCap rules on a made-up form', () => {
  const q = (code: string, answers: string[] = []): FormQuestion => ({
    code, conceptId: null, topic: null, text: { en: `made-up ${code}`, es: null }, help: { en: null, es: null },
    fieldType: answers.length ? 'multiple' : 'text', answers: answers.map((a) => ({ code: a, conceptId: null, standardConceptId: null, text: { en: `label | ${a}`, es: null } })),
    condition: null, prose: [], sources: [], chosen: null,
  });
  const form: ExportForm = {
    kind: 'list', name: 'Made-up list, ÉS', title: { en: 'made-up', es: null }, code: null, conceptId: null, release: null,
    questions: [q('MadeUp_Q'), q('madeup_q'), q(`MadeUp_${'Long'.repeat(40)}`), q(`MadeUp_${'Long'.repeat(40)}X`), q('1MadeUp/Slash', ['MadeUp/A', 'MadeUp-A', 'MadeUp_B'])],
  };
  it('lower-cases, shortens to 100 characters, keeps names unique, and reads back the codes as spelled', () => {
    const csv = formToRedcap(form);
    const rows = checkRules(csv);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['madeup_q', 'madeup_q_2', `madeup_${'long'.repeat(40)}`.slice(0, 100), `madeup_${'long'.repeat(40)}`.slice(0, 98) + '_2', 'v_1madeup_slash']);
    expect(rows[5]![5]).toBe('MadeUp_A, label / MadeUp/A | MadeUp_A_2, label / MadeUp-A | MadeUp_B, label / MadeUp_B');
    const back = readBack(csv, 'made-up-rules.csv');
    expect(back.concepts.filter((c) => c.kind === 'question').map((c) => c.code)).toEqual(form.questions.map((x) => x.code));
    expect(back.options.map((o) => o.answer.code)).toEqual(['MadeUp/A', 'MadeUp-A', 'MadeUp_B']);
  });
});
