// `cli export`, run as users run it: a list from the user-data folder or an exported JSON file.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import sqlParser from 'node-sql-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../codebooks/paths';
import { exportList } from '../../../electron/services/export/index';
import { openRealDb, realDbPath } from '../../helpers/real-db';
import { sampleContext, sampleList } from './sample-list';

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(PROJECT_ROOT, 'electron', 'cli', 'main.ts');
const db = openRealDb();
const { list, dir } = sampleList(db);
afterAll(() => (db.close(), rmSync(dir, { recursive: true, force: true })));

function cli(...args: string[]) {
  const r = spawnSync(TSX, [MAIN, 'export', ...args, '--db', realDbPath(), '--user-data', dir], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli export', () => {
  it('prints SQL for a list named in any letter case; the SQL parses', () => {
    const r = cli(list.name.toUpperCase(), '--format', 'sql');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1585860');
    expect(() => new sqlParser.Parser().astify(r.stdout, { database: 'bigquery' })).not.toThrow();
  });

  it('writes CSV and XLSX files with --out', async () => {
    const csv = join(dir, 'out.csv');
    expect(cli(list.name, '--format', 'csv', '--out', csv).code).toBe(0);
    const rows = parse(readFileSync(csv, 'utf8'), { bom: true }) as string[][];
    expect(rows.map((r) => r[3])).toContain('Smoking_SmokeFrequency');
    const xlsx = join(dir, 'out.xlsx');
    const r = cli(list.name, '--format', 'xlsx', '--out', xlsx);
    expect(r.stderr).toMatch(/^wrote \d+ bytes/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.getWorksheet('Variables')!.rowCount).toBe(rows.length);
  });

  it('exports from an exported JSON file as well', async () => {
    const file = join(dir, 'list.json');
    writeFileSync(file, (await exportList(list, 'json', sampleContext(db))).content);
    const r = cli(file, '--format', 'python');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('pd.read_gbq(');
  });

  it('fails with one clear line for an unknown list, an unknown format, or XLSX to the terminal', () => {
    for (const [args, message] of [
      [['No such list'], /no variable list "No such list" .*lists: "Tobacco/],
      [[list.name, '--format', 'docx'], /--format must be one of csv, xlsx/],
      [[list.name, '--format', 'xlsx'], /needs --out FILE/],
    ] as const) {
      const r = cli(...args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
