// The Workbench snippets: the SQL parsed by a BigQuery SQL parser, the Python parsed by Python's
// own parser where python3 exists, the R checked for balance; every ID from the list, none other.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sqlParser from 'node-sql-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { exportList } from '../../../electron/services/export/index';
import { listSelection, selectionIds } from '../../../electron/services/export/selection';
import { CDR_PLACEHOLDER, listToSql, selectionQuery } from '../../../electron/services/export/sql';
import { openRealDb } from '../../helpers/real-db';
import { sampleContext, sampleList } from './sample-list';

const db = openRealDb();
const { list, dir } = sampleList(db);
const ctx = sampleContext(db);
afterAll(() => (db.close(), rmSync(dir, { recursive: true, force: true })));

const parser = new sqlParser.Parser();
const astOf = (sql: string) => parser.astify(sql, { database: 'bigquery' });
/** Long digit runs outside comments: the concept IDs a piece of code actually uses. */
const idsIn = (code: string, comment: RegExp) =>
  [...new Set((code.replace(comment, '').match(/\b\d{5,}\b/g) ?? []).map(Number))].sort((a, b) => a - b);
const sorted = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);
const hasPython = spawnSync('python3', ['--version']).status === 0;

describe('the selection', () => {
  it('selects whole questions by question concept, chosen answers by answer concept, and invents nothing', () => {
    const s = listSelection(list);
    expect(s.whole).toEqual([{ code: 'Smoking_100CigsLifetime', conceptId: 1585857 }]);
    // Both answers have their PPI answer concept (EveryDay's printed in 1585855.pdf as PPI1585861), so
    // neither needs its standard concept (value_as_concept_id).
    expect(s.partial).toEqual([{ code: 'Smoking_SmokeFrequency', conceptId: 1585860, answerIds: [1585861, 1585863], standardIds: [] }]);
    expect(s.unselectable).toEqual([{ code: 'AIAN_Tribe', survey: 'The Basics', reason: 'no question concept ID' }]);
  });
});

describe('BigQuery SQL', () => {
  it('parses as BigQuery SQL, reads the observation table, names the list and the codebook date', async () => {
    const file = await exportList(list, 'sql', ctx);
    const sql = file.content;
    const ast = astOf(sql);
    expect(JSON.stringify(ast)).toContain(`${CDR_PLACEHOLDER}.observation`);
    expect(sql).toContain(`-- Variable list "${list.name}"`);
    expect(sql).toContain(`codebook as of ${ctx.codebookAsOf}`);
    expect(sql).toMatch(/-- Not selectable[^\n]*\n--\s+AIAN_Tribe \(The Basics\): no question concept ID/);
    expect(idsIn(sql, /--[^\n]*/g)).toEqual(sorted(selectionIds(listSelection(list))));
  });

  it('an empty or unselectable list still gives valid SQL that selects nothing', () => {
    const none = { ...list, entries: list.entries.filter((e) => e.conceptId == null) };
    const sql = listToSql(none, ctx);
    expect(() => astOf(sql)).not.toThrow();
    expect(sql).toMatch(/\n {2}FALSE\n/);
    expect(() => astOf(listToSql({ ...list, entries: [] }, ctx))).not.toThrow();
  });

  it('a hostile list name stays inside its comment', () => {
    const sql = listToSql({ ...list, name: 'x\nDROP TABLE t; --\r\n"""' }, ctx);
    expect(() => astOf(sql)).not.toThrow();
    expect(sql.split('\n').filter((l) => l.includes('DROP')).every((l) => l.startsWith('--'))).toBe(true);
  });
});

describe('Python (pandas.read_gbq)', () => {
  it('has the IDs, the Workbench dataset variable and the query; the embedded SQL parses', async () => {
    const py = (await exportList(list, 'python', ctx)).content;
    expect(py).toContain('os.environ["WORKSPACE_CDR"]');
    expect(py).toContain('pd.read_gbq(');
    expect(py).toContain(`# Variable list "${list.name}"`);
    expect(idsIn(py, /#[^\n]*|--[^\n]*/g)).toEqual(sorted(selectionIds(listSelection(list))));
    expect(py).toContain(selectionQuery(listSelection(list)));
  });

  it.skipIf(!hasPython)(`is valid Python (ast.parse)${hasPython ? '' : ' (skipped: no python3)'}`, async () => {
    const path = join(dir, 'snippet.py');
    for (const l of [list, { ...list, name: 'a """ b \\ c\nd', entries: [] }]) {
      writeFileSync(path, (await exportList(l, 'python', ctx)).content);
      const r = spawnSync('python3', ['-c', 'import ast,sys; ast.parse(open(sys.argv[1], encoding="utf-8").read())', path], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  });
});

/** Balanced (), [], {} and closed strings in R code, outside comments. */
function rBalanced(code: string): boolean {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  let quote: string | null = null;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '#') i = code.indexOf('\n', i) < 0 ? code.length : code.indexOf('\n', i);
    else if (c === '"' || c === "'" || c === '`') quote = c;
    else if ('([{'.includes(c)) stack.push(c);
    else if (c in pairs && stack.pop() !== pairs[c]) return false;
  }
  return stack.length === 0 && quote === null;
}

describe('R (bigrquery)', () => {
  it('queries with bq_project_query and downloads with bq_table_download, every ID in place, balanced', async () => {
    const r = (await exportList(list, 'r', ctx)).content;
    expect(r).toContain('library(bigrquery)');
    expect(r).toContain('Sys.getenv("WORKSPACE_CDR")');
    expect(r).toMatch(/bq_project_query\(billing_project, sql\)/);
    expect(r).toMatch(/bq_table_download\(survey_tb/);
    expect(r).toContain(`# Variable list "${list.name}"`);
    expect(idsIn(r, /#[^\n]*|--[^\n]*/g)).toEqual(sorted(selectionIds(listSelection(list))));
    expect(rBalanced(r)).toBe(true);
    expect(rBalanced('f(")"')).toBe(false); // the checker itself catches an open string
  });
});

describe('citation', () => {
  it('names the program, the surveys, the codebook date, the app and every source commit', async () => {
    const text = (await exportList(list, 'citation', ctx)).content;
    expect(text).toContain('All of Us Research Program');
    expect(text).toContain('Lifestyle and The Basics surveys');
    expect(text).toContain(`as of ${ctx.codebookAsOf}`);
    expect(text).toContain('PPI Explorer 0.1.0-test');
    expect(ctx.sources.length).toBeGreaterThan(3);
    for (const s of ctx.sources) expect(text).toContain(`${s.repo} (commit ${s.commit}`);
  });
});
