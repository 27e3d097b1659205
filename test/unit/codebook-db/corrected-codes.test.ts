// A code the codebook corrected between two commits of one sheet: OverallHealth.csv row 22 reads
// GeneralMentalHealth_Excllent at the pinned 2019 commit (d9dce45) and GeneralMentalHealth_Excellent
// now, same question, same label. In the real database the question lists "Excellent" once, the old
// spelling is an alias of the corrected code, and the answer carries the concept ID the 2018 PDF
// prints beside "Excellent". Expected values are read here from the raw files and the PDF (pdftotext).
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { showItem } from '../../../electron/services/item-detail';
import { search } from '../../../electron/services/search/search';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

/** Row n of a sheet (header = row 1) as {column: value}; these rows hold no quoted commas. */
async function sheetRow(id: string, n: number): Promise<Record<string, string>> {
  const lines = readFileSync((await realSource(id)).path, 'utf8').replace(/^\ufeff/, '').split(/\r*\n/);
  const head = lines[0]!.split(',');
  const cells = lines[n - 1]!.split(',');
  return Object.fromEntries(head.map((h, i) => [h, (cells[i] ?? '').trim()]));
}

describe('a code corrected between commits of the codebook', () => {
  it('is one answer under the corrected code, the old spelling its alias', async () => {
    const [old, now] = [await sheetRow('codebook-to-fhir@d9dce45:OverallHealth.csv', 22), await sheetRow('codebook-to-fhir:OverallHealth.csv', 22)];
    expect(old['PMI Code']).not.toBe(now['PMI Code']);
    expect([old['Display'], old['Parent code']]).toEqual([now['Display'], now['Parent code']]);

    const items = (code: string) => db.prepare('SELECT id FROM items WHERE code_lower = lower(?)').all(code) as { id: number }[];
    expect(items(old['PMI Code']!)).toEqual([]);
    const [item] = items(now['PMI Code']!);
    const aliases = db.prepare('SELECT item_id, alias, source, at FROM item_aliases WHERE alias_lower = lower(?)').all(old['PMI Code']!);
    expect(aliases).toEqual([{ item_id: item!.id, alias: old['PMI Code'], source: 'codebook-to-fhir@d9dce45:OverallHealth.csv', at: 'row 22' }]);

    const d = showItem(db, old['PMI Code']!)!;
    expect([d.code, d.reachedByAlias]).toEqual([now['PMI Code'], old['PMI Code']]);
    expect(search(db, old['PMI Code']!, { limit: 3 }).hits[0]!.code).toBe(now['PMI Code']);

    // The question lists each label once.
    const q = showItem(db, now['Parent code']!)!;
    const labels = q.answers.map((a) => a.text.en!.toLowerCase());
    expect(labels.filter((l) => l === now['Display']!.toLowerCase())).toHaveLength(1);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('carries the concept ID the 2018 PDF prints beside the answer', async () => {
    const now = await sheetRow('codebook-to-fhir:OverallHealth.csv', 22);
    const q = showItem(db, now['Parent code']!)!;
    const lines = pdfPages((await realSource('pdf:1585710.pdf')).path).flat().map((l) => l.text);
    const at = lines.findIndex((l) => l.startsWith(`PPI${q.conceptId}.`));
    expect(at).toBeGreaterThanOrEqual(0);
    const printed = lines.slice(at + 1).map((l) => new RegExp(`(?:^|\\s)PPI(\\d+)\\. \\d = ${now['Display']}$`).exec(l)).find(Boolean)!;
    expect(showItem(db, now['PMI Code']!)!.conceptId).toBe(Number(printed[1]));
  });
});
