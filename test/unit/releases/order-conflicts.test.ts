// A release whose codebook lists a question's answers in another order than the release's printed
// instrument records the disagreement (conflicts 'release.options.order', the printed order chosen).
import { afterAll, describe, expect, it } from 'vitest';
import { looseText } from '../../../codebooks/merge/conflicts';
import { releaseScope } from '../../../electron/services/releases/scope';
import { derivedCsvRows } from '../../facts/raw';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

interface Row { subject: string; item: number; code: string; text: string; chosen: string; chosenSource: string; other: string; otherSource: string }

describe('answer order of a release: codebook against printed instrument', async () => {
  const rows = await derivedCsvRows('allofus:aou_codebook.rda', 'aou_codebook.csv');
  const conflicts = db
    .prepare(`SELECT c.subject, c.item_id AS item, i.code, i.text_en AS text, c.chosen, c.chosen_source AS chosenSource, c.other, c.other_source AS otherSource
      FROM conflicts c JOIN items i ON i.id = c.item_id WHERE c.field = 'release.options.order'`)
    .all() as Row[];
  const fromAllofus = conflicts.filter((c) => c.otherSource.startsWith('allofus:aou_codebook.rda'));

  /** The raw labels of the codebook row a conflict cites ("(row 21)", or a form: "(COPE (Nov))"). */
  function rawLabels(c: Row): string[] {
    const cited = /\((.*)\)$/.exec(c.otherSource)![1]!;
    const row = /^row (\d+)$/.exec(cited) ? rows.find((r) => `row ${r.row}` === cited) : rows.find((r) => r.v.form_name === cited && r.v.concept_code!.toLowerCase() === c.code.toLowerCase() && r.v.choices);
    return row!.v.choices!.split('|').map((p) => p.slice(p.indexOf(',') + 1).trim());
  }

  it('records The Basics sex at birth: the codebook lists Male first, the PDF Female', () => {
    const raw = rows.find((r) => r.v.concept_code!.toLowerCase() === 'biologicalsexatbirth_sexatbirth' && r.v.form_name === 'The Basics')!;
    const labels = raw.v.choices!.split('|').map((p) => p.slice(p.indexOf(',') + 1).trim());
    const hit = fromAllofus.find((c) => c.subject === 'basics-current: BiologicalSexAtBirth_SexAtBirth');
    expect(hit?.other).toBe(labels.join(' | '));
    expect(hit?.chosen.split(' | ').slice(0, 2)).toEqual([labels[1], labels[0]]);
  });

  it("gives the codebook row's order as the other and the printed order as the chosen one", async () => {
    expect(fromAllofus.length).toBeGreaterThan(0);
    for (const c of fromAllofus) {
      const raw = rawLabels(c).map(looseText);
      const other = c.other.split(' | ').map(looseText);
      const inRaw = other.map((l) => raw.indexOf(l));
      expect(inRaw.every((x, i) => x >= 0 && (i === 0 || x > inRaw[i - 1]!)), c.subject).toBe(true);
      // The printed page (and the next, where a list runs on): each label's first line after the question.
      const [, file, page] = /^pdf:(.+?) \(.+ p\. (\d+)\)$/.exec(c.chosenSource)!;
      const pages = pdfPages((await realSource(`pdf:${file}`)).path);
      const lines = [...pages[Number(page) - 1]!, ...(pages[Number(page)] ?? [])].map((l) => looseText(l.text.replace(/^[●○▪■❏•]\s*/, '')));
      const start = lines.findIndex((l) => l.includes(looseText(c.text).slice(0, 30)));
      const at = c.chosen.split(' | ').map((l) => lines.indexOf(looseText(l), start));
      expect(start, c.subject).toBeGreaterThanOrEqual(0);
      expect(at.every((x, i) => x > start && (i === 0 || x > at[i - 1]!)), `${c.subject} ${at}`).toBe(true);
      expect(c.chosen).not.toBe(c.other);
    }
  });

  it('shows the chosen (printed) order in the release\'s list, not the source\'s', () => {
    expect(conflicts.length).toBeGreaterThan(0);
    const moduleOf = db.prepare('SELECT module_id FROM releases WHERE id = ?').pluck();
    for (const c of conflicts) {
      const release = c.subject.slice(0, c.subject.indexOf(': '));
      const chosen = c.chosen.split(' | ');
      const shown = releaseScope(db, moduleOf.get(release) as number, release)!.options(c.item)!.map((o) => o.en).filter((l) => l !== null && chosen.includes(l));
      expect(shown, c.subject).toEqual(chosen);
    }
  });
});
