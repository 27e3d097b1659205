// The codebook's 2019 sheets (codebook-to-fhir@d9dce45, column "Short Code") tie a long PMI Code
// to the short code the data files key the concept ID by. In the real database each tied pair is
// one item under the short code, the long one an alias: searchable, opening the item, and the item
// keeps both sides' facts. Expected values are read here from the raw files at the line cited, by
// this test's own reader (a line split on commas outside quotes), not by the importers. Provenance
// cites the spreadsheet row (header = row 1), and the line where a multi-line cell makes it differ.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../../../codebooks/paths';
import { afterAll, describe, expect, it } from 'vitest';
import { showItem } from '../../../electron/services/item-detail';
import { search } from '../../../electron/services/search/search';
import { entryFromCodebook } from '../../../electron/services/lists/snapshot';
import { listRows } from '../../../electron/services/export/rows';
import { openRealDb, realDbPath } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const cellsOf = (line: string) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));

/** Lines of a raw CSV (the sheets end lines with "\r\r\n"). */
function linesOf(path: string): string[] {
  return readFileSync(path, 'utf8').replace(/\r\r\n/g, '\n').split('\n');
}

/** Records of a CSV text with the line each starts on (quoted fields may hold line breaks) and its row. */
function records(text: string): { line: number; row: number; cells: string[] }[] {
  const out: { line: number; row: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cur = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cur += '"', i++);
      else if (ch === '"') quoted = false;
      else cur += ch;
      if (ch === '\n') line++;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (cells.push(cur), (cur = ''));
    else if (ch === '\n') {
      cells.push(cur);
      out.push({ line: start, row: out.length + 1, cells });
      (cells = []), (cur = ''), (start = ++line);
    } else if (ch !== '\r') cur += ch;
  }
  return out;
}

async function sheet(name: string) {
  const id = `codebook-to-fhir@d9dce45:${name}`;
  const [head, ...rows] = records(linesOf((await realSource(id)).path).join('\n').replace(/^\ufeff/, ''));
  const byLine = new Map(rows.map((r) => [r.line, Object.fromEntries(r.cells.map((v, i) => [head!.cells[i]!, v.trim()]))]));
  const rowOfLine = new Map(rows.map((r) => [r.line, r.row]));
  return { id, rows: [...byLine.values()], line: (n: number) => byLine.get(n)!, rowOfLine: (n: number) => rowOfLine.get(n)! };
}

/** A sheet's rows by row number (header = row 1), as {column: value}. */
async function sheetRows(id: string): Promise<Map<number, Record<string, string>>> {
  const [head, ...rows] = records(linesOf((await realSource(id)).path).join('\n').replace(/^\ufeff/, ''));
  return new Map(rows.map((r) => [r.row, Object.fromEntries(r.cells.map((v, i) => [head!.cells[i]!, v.trim()]))]));
}

async function cell(id: string, line: number, column: number): Promise<string> {
  return cellsOf(linesOf((await realSource(id)).path)[line - 1]!)[column]!;
}

const itemsWithCode = (code: string) => db.prepare('SELECT id, code, concept_id FROM items WHERE code_lower = lower(?)').all(code) as { id: number; code: string }[];

describe('tied codes: one item, the short code kept, the long one an alias', () => {
  // [sheet, line, where the data files give the short code's concept ID: () => the ID as read]
  const derivedHealthHistory = async (line: number) => {
    // allofus ships .rda only; SOURCES.md §5: _derived_csv/ holds its unchanged values as CSV.
    const rda = (await realSource('allofus:aou_health_history.rda')).path;
    const c = cellsOf(linesOf(join(dirname(dirname(rda)), '_derived_csv', 'aou_health_history.csv'))[line - 1]!);
    return { code: c[4]!, id: Number(c[5]) };
  };
  it.each([
    // FHH question (FamilyHistory.csv line 210, row 200); its ID: data-browser question_concept.csv line 437.
    ['FamilyHistory.csv', 210, 'row 200 (line 210)', async () => ({ code: await cell('data-browser:question_concept.csv', 437, 2), id: Number(await cell('data-browser:question_concept.csv', 437, 0)) })],
    // FHH answer (line 161, row 154); its ID: allofus aou_health_history line 767 (concept_code, concept_id_specific).
    ['FamilyHistory.csv', 161, 'row 154 (line 161)', () => derivedHealthHistory(767)],
    // Overall Health question (line 125); its ID: curation's RDR observation fixture line 14.
    ['OverallHealth.csv', 125, 'row 125', async () => ({ code: await cell('curation:observation.csv', 14, 14), id: Number(await cell('curation:observation.csv', 14, 15)) })],
    // PMH question (line 1673); its ID: data-browser question_concept.csv line 213.
    ['PersonalMedicalHistory.csv', 1673, 'row 1673', async () => ({ code: await cell('data-browser:question_concept.csv', 213, 2), id: Number(await cell('data-browser:question_concept.csv', 213, 0)) })],
  ] as const)('%s line %i', async (name, n, at, idSource) => {
    const s = await sheet(name);
    const row = s.line(n);
    // The cited place, by this test's reader: the row, and the line when they differ.
    expect(at).toBe(s.rowOfLine(n) === n ? `row ${n}` : `row ${s.rowOfLine(n)} (line ${n})`);
    const [long, short, display] = [row['PMI Code']!, row['Short Code']!, row['Display']!];
    expect(long).not.toBe('');
    expect(short).not.toBe('');
    const data = await idSource();
    expect(data.code.toLowerCase()).toBe(short.toLowerCase());

    // One item, under the short code; none left under the long one.
    expect(itemsWithCode(long)).toEqual([]);
    const [item] = itemsWithCode(short);
    expect(itemsWithCode(short)).toHaveLength(1);
    const alias = db.prepare('SELECT item_id, alias, source, at FROM item_aliases WHERE alias_lower = lower(?)').all(long);
    expect(alias).toEqual([{ item_id: item!.id, alias: long, source: s.id, at }]);

    // show by alias opens the merged item, says how it was reached, keeps the ID and both sides' labels.
    const d = showItem(db, long)!;
    expect(d.code).toBe(item!.code);
    expect(d.reachedByAlias).toBe(long);
    expect(d.aliases?.map((a) => a.code)).toEqual([long]);
    expect(d.conceptId).toBe(data.id);
    expect(d.text.en).toBeTruthy();
    expect(d.provenance.some((p) => p.field === 'text.en' && p.value === display && p.source === s.id && p.at === at)).toBe(true);
    expect(d.provenance.some((p) => p.field === 'code' && p.value === long && !p.chosen)).toBe(true);
    expect(showItem(db, short)!.reachedByAlias).toBeUndefined();

    // Typing the alias finds the item first, as an exact code.
    const hit = search(db, long, { limit: 5 }).hits[0]!;
    expect(hit.code).toBe(item!.code);
    expect(hit.match).toBe('code');
  });

  it('the merged FHH question keeps its Spanish and every option an English label', async () => {
    const row = (await sheet('FamilyHistory.csv')).line(210);
    const d = showItem(db, row['PMI Code']!)!;
    expect(d.text.es).toBeTruthy();
    expect(d.answers.length).toBeGreaterThan(3);
    expect(d.answers.filter((a) => !a.text.en)).toEqual([]);
  });
});

describe('the command line: show <alias>', () => {
  const cli = (...args: string[]) =>
    spawnSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), [join(PROJECT_ROOT, 'electron', 'cli', 'main.ts'), ...args, '--db', realDbPath()], { encoding: 'utf8', timeout: 60_000 });

  it('opens the merged item and says it was reached by the alias (text and JSON)', async () => {
    const row = (await sheet('FamilyHistory.csv')).line(210);
    const [long, short] = [row['PMI Code']!, row['Short Code']!];
    const text = cli('show', long);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout.split('\n')[0]).toContain(short);
    expect(text.stdout).toContain(`reached by the alias ${long}: the item's code is ${short}`);
    const json = JSON.parse(cli('show', long, '--json').stdout);
    expect([json.code, json.reachedByAlias]).toEqual([short, long]);
  });
});

describe('variable lists and their exports carry the item\'s code', () => {
  it('a question added by its alias is stored and exported under the short code, its answers under theirs', async () => {
    const row = (await sheet('FamilyHistory.csv')).line(210);
    const entry = entryFromCodebook(db, row['PMI Code']!);
    expect(entry.code).toBe(itemsWithCode(row['Short Code']!)[0]!.code);
    const rows = listRows({ id: 'l', name: 'n', entries: [entry], createdAt: '', updatedAt: '' } as never);
    expect(rows[0]!.code).toBe(entry.code);
    // No answer row under a code that is only an alias now.
    const aliases = new Set((db.prepare('SELECT alias_lower FROM item_aliases').pluck().all() as string[]));
    expect(rows.filter((r) => aliases.has(String(r.code).toLowerCase()))).toEqual([]);
    expect(rows.length).toBeGreaterThan(3);
  });
});

describe('no pair merged that the sheets do not tie', () => {
  it('every alias is a (PMI Code, Short Code) pair of a 2019 sheet row or a code the newer sheet corrected, and every such pair is an alias', async () => {
    const ties = new Map<string, string>();
    for (const name of ['FamilyHistory.csv', 'OverallHealth.csv', 'PersonalMedicalHistory.csv', 'Lifestyle.csv']) {
      for (const r of (await sheet(name)).rows) {
        if (r['Short Code'] && r['Short Code'].toLowerCase() !== r['PMI Code']!.toLowerCase()) {
          ties.set(r['PMI Code']!.toLowerCase(), r['Short Code'].toLowerCase());
        }
      }
      // The same row of the newer sheet: same label and question, another code the newer sheet never uses.
      const older = await sheetRows(`codebook-to-fhir@d9dce45:${name}`);
      const newer = await sheetRows(`codebook-to-fhir:${name}`);
      const newerCodes = new Set([...newer.values()].map((r) => r['PMI Code']!.toLowerCase()));
      for (const [n, o] of older) {
        const r = newer.get(n);
        if (!r || o['Type'] !== 'Answer' || !o['PMI Code'] || newerCodes.has(o['PMI Code'].toLowerCase())) continue;
        if (r['Display'] === o['Display'] && r['Parent code'] === o['Parent code']) ties.set(o['PMI Code'].toLowerCase(), r['PMI Code']!.toLowerCase());
      }
    }
    // Codes cut short in other files (the start of the item's code) are checked by truncated-codes.test.ts.
    const rows = db
      .prepare(`SELECT x.alias_lower AS alias, i.code_lower AS code FROM item_aliases x JOIN items i ON i.id = x.item_id
        WHERE x.source LIKE 'codebook-to-fhir%' OR substr(i.code_lower, 1, length(x.alias_lower)) <> x.alias_lower`)
      .all() as { alias: string; code: string }[];
    expect(rows.length).toBe(ties.size);
    for (const r of rows) {
      const tiedTo = ties.get(r.alias) ?? [...ties].find(([, s]) => s === r.alias)?.[0];
      expect(tiedTo, r.alias).toBe(r.code);
    }
  });

  it('the FHH options without an English label drop below the 255 the separate items left', () => {
    const n = db
      .prepare(`SELECT count(*) FROM options o JOIN items q ON q.id = o.question_id JOIN modules m ON m.id = q.module_id
        WHERE m.slug = 'fhh' AND o.label_en IS NULL`)
      .pluck()
      .get() as number;
    expect(n).toBeLessThan(255 / 10);
  });
});
