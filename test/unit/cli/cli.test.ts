// The command line, run as users run it, on the real database: JSON only on stdout with --json,
// one clear error line on stderr and a non-zero exit otherwise.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../codebooks/paths';
import { realDbPath } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';
import { readFileSync } from 'node:fs';

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(PROJECT_ROOT, 'electron', 'cli', 'main.ts');

function cli(...args: string[]) {
  const r = spawnSync(TSX, [MAIN, ...args, '--db', realDbPath()], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('command line', () => {
  it('surveys --json lists every module with names, counts, versions and PDFs', () => {
    const r = cli('surveys', '--json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    const lifestyle = list.find((s: { slug: string }) => s.slug === 'lifestyle');
    expect(lifestyle).toMatchObject({ conceptId: 1585855, name: { en: expect.any(String) } });
    expect(lifestyle.questionCount).toBeGreaterThan(10);
    expect(lifestyle.pdfs.some((p: { language: string; file: string }) => p.language === 'es' && p.file.endsWith('.pdf'))).toBe(true);
    expect(Array.isArray(lifestyle.versions)).toBe(true);
  });

  it('show --json finds a code in any letter case', () => {
    const r = cli('show', 'SMOKING_SMOKEFREQUENCY', '--json');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d).toMatchObject({ kind: 'question', conceptId: 1585860, code: 'Smoking_SmokeFrequency', survey: { slug: 'lifestyle' } });
    for (const k of ['text', 'helpText', 'fieldType', 'answers', 'branching', 'sources', 'provenance']) expect(d).toHaveProperty(k);
    expect(d.provenance.length).toBeGreaterThan(0);
  });

  it('names a rule\'s answer that no source labels as "label unknown" with its ID, never blank', async () => {
    // data-browser ehwb_survey_metadata.csv data row 49: mhqukb_27 asked under parent 1704045 when answered
    // parent_answer_concept_id (last column); no raw file labels that answer.
    const csv = readFileSync((await realSource('data-browser:ehwb_survey_metadata.csv')).path, 'utf8').split('\n');
    const row = csv.find((l) => l.includes('"mhqukb_27"'));
    const answerId = row!.trim().split(',').at(-1);
    const r = cli('show', 'mhqukb_27');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`asked when mhqukb_5 = label unknown (ID ${answerId})`);
    expect(r.stdout).not.toMatch(/= +\[/);
    // A coded answer is still named by its code.
    expect(cli('show', 'Smoking_SmokeFrequency').stdout).toMatch(/asked when Smoking_100CigsLifetime = \S+/);
  });

  it('names a source\'s organization once, only when it differs from the instrument', () => {
    const out = cli('show', 'mhqukb_31_citalopram').stdout;
    const line = out.split('\n').find((l) => l.startsWith('source: '))!;
    const name = line.slice('source: '.length).split(' (')[0]!;
    expect(name.split(', ').length === 2 && name.split(', ')[0] === name.split(', ')[1]).toBe(false);
    expect(cli('show', 'Smoking_SmokeFrequency').stdout).toMatch(/^source: [^,\n]+, [^\n]+\(\d{4}\)/m);
  });

  it('search --json returns the exact concept first, and survives hostile queries', () => {
    const r = cli('search', '1585860', '--json');
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res.hits[0]).toMatchObject({ conceptId: 1585860, match: 'concept-id' });
    expect(typeof res.tookMs).toBe('number');
    for (const q of ['"unbalanced', 'NEAR(a b) OR -x*', '*', 'a'.repeat(20_000)]) {
      const h = cli('search', q, '--json');
      expect(h.code, q.slice(0, 20)).toBe(0);
      expect(Array.isArray(JSON.parse(h.stdout).hits)).toBe(true);
    }
  });

  it('search filters by language, survey and kind', () => {
    const r = cli('search', 'cigarrillos', '--lang', 'es', '--survey', 'lifestyle', '--kind', 'question', '--json');
    const res = JSON.parse(r.stdout);
    expect(res.hits.length).toBeGreaterThan(0);
    for (const h of res.hits) expect(h).toMatchObject({ kind: 'question', survey: { slug: 'lifestyle' } });
  });

  it('search text says what its results are of: a correction, or the words before a last letter that found nothing', () => {
    const letter = cli('search', 'how old were you w');
    expect(letter.code).toBe(0);
    expect(letter.stdout.split('\n')[0]).toBe('no results; showing results for "how old were you" (a single letter or digit finds only one-character words)');
    expect(cli('search', 'cigarete').stdout.split('\n')[0]).toBe('showing results for "cigarette"');
    expect(cli('search', 'cigarettes').stdout).not.toMatch(/showing results for/);
  });

  it('report --json gives the build report', () => {
    const r = cli('report', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).coverage.questions).toBeGreaterThan(1000);
  });

  it('prints human-readable text without --json', () => {
    const r = cli('show', '1585860');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^question Smoking_SmokeFrequency/);
  });

  it('reports errors as one line on stderr with a non-zero exit', () => {
    for (const args of [['show', 'no_such_code_anywhere'], ['frobnicate'], ['search', 'x', '--limit', 'many'], ['search', 'x', '--kind', 'nope']]) {
      const r = cli(...args, '--json');
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^error: /);
    }
  });

  it('names a missing database clearly', () => {
    const r = spawnSync(TSX, [MAIN, 'surveys', '--db', '/nonexistent/x.sqlite'], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/no codebook database at \/nonexistent\/x\.sqlite/);
  });
});
