// The Workbench snippets as a researcher pastes them: the SQL runs as pasted once the workspace's
// CDR dataset is given (no {CDR} left), notebooks keep WORKSPACE_CDR first, every variable the
// Python and R define is used, and every query returns readable question and answer names by
// joining the CDR's concept table, as the Workbench's dataset builder does.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sqlParser from 'node-sql-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkspaceCdr } from '../../../electron/contract/lists';
import { exportList } from '../../../electron/services/export/index';
import { CDR_PLACEHOLDER } from '../../../electron/services/export/sql';
import { openRealDb } from '../../helpers/real-db';
import { sampleContext, sampleList } from './sample-list';

const db = openRealDb();
const { list, dir } = sampleList(db);
const CDR = 'fc-aou-cdr-made-up.C2099Q1R1'; // made up: the shape of a Workbench CDR dataset
const ctx = { ...sampleContext(db), workspaceCdr: CDR };
afterAll(() => (db.close(), rmSync(dir, { recursive: true, force: true })));
const hasPython = spawnSync('python3', ['--version']).status === 0;
const parser = new sqlParser.Parser();

/** The tables a BigQuery statement reads, and the names of its output columns. */
function shape(sql: string) {
  const tables = parser.tableList(sql, { database: 'bigquery' }).map((t) => t.split('::').slice(2).join('.'));
  const columns = parser.columnList(sql, { database: 'bigquery' });
  return { tables, columns };
}

describe('the workspace CDR dataset', () => {
  it('is written into the SQL, so it runs as pasted; without it {CDR} stays, with a note', async () => {
    const sql = (await exportList(list, 'sql', ctx)).content;
    expect(sql).not.toContain(CDR_PLACEHOLDER);
    expect(sql).toContain(`\`${CDR}.observation\``);
    expect(() => parser.astify(sql, { database: 'bigquery' })).not.toThrow();
    const bare = (await exportList(list, 'sql', { ...ctx, workspaceCdr: null })).content;
    expect(bare).toContain(`\`${CDR_PLACEHOLDER}.observation\``);
    expect(bare).toContain(`Replace ${CDR_PLACEHOLDER}`);
  });

  it('is only the fallback in notebooks: WORKSPACE_CDR comes first', async () => {
    const py = (await exportList(list, 'python', ctx)).content;
    expect(py).toContain(`dataset = os.environ.get("WORKSPACE_CDR", "${CDR}")`);
    const r = (await exportList(list, 'r', ctx)).content;
    expect(r).toContain(`dataset <- Sys.getenv("WORKSPACE_CDR", unset = "${CDR}")`);
    expect((await exportList(list, 'python', { ...ctx, workspaceCdr: null })).content).toContain('dataset = os.environ["WORKSPACE_CDR"]');
  });

  it('accepts a project.dataset name and refuses anything that could break out of a string', () => {
    expect(WorkspaceCdr.safeParse(CDR).success).toBe(true);
    for (const bad of ['C2099Q1R1', 'a.b`; DROP', 'a.b"', "a.b'", 'a b.c', 'a.b\n', '.a', ''])
      expect(WorkspaceCdr.safeParse(bad).success, bad).toBe(false);
  });
});

describe('readable labels', () => {
  it('every snippet joins concept for the question and the answer names', async () => {
    const sql = (await exportList(list, 'sql', ctx)).content;
    const { tables, columns } = shape(sql);
    expect(tables.sort()).toEqual([`${CDR}.concept`, `${CDR}.observation`].sort());
    expect(columns).toEqual(expect.arrayContaining([expect.stringMatching(/concept_name$/)]));
    expect(sql).toMatch(/question_concept\.concept_name AS question,/);
    expect(sql).toMatch(/answer_concept\.concept_name AS answer,/);
    expect(sql).toMatch(/ON question_concept\.concept_id = o\.observation_source_concept_id/);
    expect(sql).toMatch(/ON answer_concept\.concept_id = o\.value_source_concept_id/);
    for (const format of ['python', 'r'] as const) {
      const code = (await exportList(list, format, ctx)).content;
      expect(code, format).toContain('question_concept.concept_name AS question');
      expect(code, format).toContain('answer_concept.concept_name AS answer');
    }
  });
});

describe('every variable defined is used', () => {
  it.skipIf(!hasPython)(`Python, by its own ast${hasPython ? '' : ' (skipped: no python3)'}`, async () => {
    const path = join(dir, 'vars.py');
    for (const c of [ctx, { ...ctx, workspaceCdr: null }]) {
      writeFileSync(path, (await exportList(list, 'python', c)).content);
      const script = [
        'import ast, sys',
        'tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())',
        'stored = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}',
        'loaded = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}',
        'print(",".join(sorted(stored)) + "|" + ",".join(sorted(stored - loaded)))',
      ].join('\n');
      const r = spawnSync('python3', ['-c', script, path], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      const [stored, unused] = r.stdout.trim().split('|');
      expect(stored).toBe('dataset,sql,survey_df');
      expect(unused).toBe('');
    }
  });

  it('R: each name assigned with <- appears again after its assignment', async () => {
    const code = (await exportList(list, 'r', ctx)).content.replace(/#[^\n]*/g, '');
    const assigned = [...code.matchAll(/^(\w+) <- /gm)].map((m) => m[1]!);
    expect(assigned).toEqual(['dataset', 'billing_project', 'sql', 'survey_tb', 'survey_df']);
    for (const name of assigned) {
      const after = code.slice(code.indexOf(`${name} <- `) + name.length + 4);
      expect(new RegExp(`\\b${name}\\b`).test(after), name).toBe(true);
    }
  });
});
