// Source instruments of questions on the real database, checked against the raw files read by this
// test's own small readers (pdftotext -layout + regular expressions for the PDFs, exceljs for the
// workgroup sheets), not by the importers.
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffWordings } from '../../../electron/contract/word-diff';
import { listInstruments } from '../../../electron/services/instruments';
import { showItem } from '../../../electron/services/item-detail';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

async function pdfText(file: string): Promise<string[]> {
  const src = await realSource(`pdf:${file}`);
  return execFileSync('pdftotext', ['-layout', src.path, '-'], { encoding: 'utf8' }).split('\f');
}

const loose = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Numbered entries of a PDF's "Sources"/"Source Information" section: number → the acronyms in brackets (or the name). */
function sourcesSection(pages: string[]): Map<number, string[]> {
  const all = pages.join('\n');
  const start = all.search(/^\s*(Sources|Source Information):?\s*$/m);
  const out = new Map<number, string[]>();
  const entries = all.slice(start).split(/^\s{2,6}(?=\d{1,2}\.\s)/m).slice(1);
  for (const e of entries) {
    const m = /^(\d{1,2})\.\s+([\s\S]*)$/.exec(e)!;
    const text = m[2]!.replace(/\s+/g, ' ');
    const acronyms = [...text.matchAll(/\(([A-Z][A-Za-z0-9-]{1,})\)/g)].map((a) => a[1]!);
    out.set(Number(m[1]), /Developed for use (by|in) All of Us/.test(text) ? ['all-of-us'] : acronyms.length ? [...new Set(acronyms)] : [text]);
  }
  return out;
}

/** Numbered entries of the Sources section as printed: number → the entry's whole text. */
function sourceEntryTexts(pages: string[]): Map<number, string> {
  const all = pages.join('\n');
  const entries = all.slice(all.search(/^\s*(Sources|Source Information):?\s*$/m)).split(/^\s{2,6}(?=\d{1,2}\.\s)/m).slice(1);
  return new Map(entries.map((e) => [Number(/^(\d{1,2})\./.exec(e)![1]), e.replace(/\s+/g, ' ')] as const));
}

/** Names and short names of the instruments linked to a question. */
function linkedNames(code: string): string[] {
  const rows = db
    .prepare(`SELECT DISTINCT n.id, n.name, n.short_name FROM question_sources s JOIN instruments n ON n.id = s.instrument_id JOIN items i ON i.id = s.item_id WHERE i.code = ?`)
    .all(code) as { id: number; name: string; short_name: string | null }[];
  // The names it is cited by too: the Spanish list may name the scale where the English cites the paper.
  const aliases = db.prepare('SELECT alias FROM instrument_aliases WHERE instrument_id = ?').pluck();
  return rows.flatMap((r) => [r.name, ...(r.short_name ? [r.short_name] : []), ...(aliases.all(r.id) as string[])]);
}

/** Single printed lines ending in footnote numbers ("A chiropractor?1", "...quit?1, 2"): text → numbers. */
function footnotedLines(pages: string[]): { text: string; page: number; notes: number[] }[] {
  const out: { text: string; page: number; notes: number[] }[] = [];
  pages.forEach((p, i) => {
    for (const line of p.split('\n')) {
      const m = /^\s*(\S.*?[?.:])(\d{1,2}(?:,\s*\d{1,2})*)\s*$/.exec(line);
      if (m) out.push({ text: m[1]!.trim(), page: i + 1, notes: m[2]!.split(',').map((n) => Number(n.trim())) });
    }
  });
  return out;
}

/** Instruments linked to a question: short names, and 'all-of-us' for questions written for All of Us. */
function linked(code: string): string[] {
  return (
    db
      .prepare(`SELECT DISTINCT CASE WHEN n.key = 'all-of-us' THEN 'all-of-us' ELSE coalesce(n.short_name, n.name) END AS k
        FROM question_sources s JOIN instruments n ON n.id = s.instrument_id JOIN items i ON i.id = s.item_id WHERE i.code = ?`)
      .all(code) as { k: string }[]
  ).map((r) => r.k);
}

describe('sources of questions (real database)', () => {
  let hcau: string[];
  beforeAll(async () => {
    hcau = await pdfText('Health_Care_Access_Utilization.pdf');
  });

  it('Health Care Access: grid rows printed alone take their footnote (sample re-read from the PDF)', () => {
    const entries = sourcesSection(hcau);
    // Health_Care_Access_Utilization.pdf page 15, "Source Information": 1. NHIS, 2. Developed for use by All of Us.
    expect([...entries]).toEqual([
      [1, ['NHIS']],
      [2, ['all-of-us']],
    ]);
    const questions = db
      .prepare(`SELECT i.code, i.text_en FROM items i JOIN modules m ON m.id = i.module_id WHERE m.slug = 'hcau' AND i.kind = 'question' AND i.text_en IS NOT NULL`)
      .all() as { code: string; text_en: string }[];
    let checked = 0;
    for (const line of footnotedLines(hcau)) {
      // A row of a grid: the codebook words it as stem + row, so the question's wording ends with it.
      const owners = questions.filter((q) => loose(q.text_en).endsWith(loose(line.text)) && loose(q.text_en).length > loose(line.text).length + 10);
      if (owners.length !== 1 || line.text.split(/\s+/).length > 12) continue;
      const got = linked(owners[0]!.code);
      const missing = line.notes.filter((n) => !entries.get(n)!.some((a) => got.includes(a)));
      expect({ code: owners[0]!.code, page: line.page, missing }).toEqual({ code: owners[0]!.code, page: line.page, missing: [] });
      checked++;
    }
    // Rows such as "A chiropractor?1" (page 6), "Didn’t have transportation.1" (page 9), "Eyeglasses1" is
    // not a sentence and is skipped by this reader.
    expect(checked).toBeGreaterThanOrEqual(15);
    expect(linked('HealthAdvice_SpokenToChiropractor')).toEqual(['NHIS']);
    expect(linked('DelayedMedicalCare_Transportation')).toContain('NHIS');
  });

  it('Health Care Access: at least 95% of the questions the PDF footnotes name a source link to one', () => {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const linkedCount = n(`SELECT count(DISTINCT i.id) n FROM items i JOIN modules m ON m.id = i.module_id
      JOIN question_sources s ON s.item_id = i.id AND s.instrument_id IS NOT NULL WHERE m.slug = 'hcau' AND i.kind = 'question'`);
    // 57 printed questions of Health_Care_Access_Utilization.pdf resolve to a Sources entry (count of the second reading).
    expect(linkedCount).toBeGreaterThanOrEqual(Math.ceil(0.95 * 57));
  });

  it('Social Factors of Health: questions printed with footnotes link to those Sources entries, two-digit ones too', async () => {
    const pages = await pdfText('Social_Factors_of_Health.pdf');
    const entries = sourceEntryTexts(pages);
    const questions = db
      .prepare(`SELECT i.code, i.text_en FROM items i JOIN modules m ON m.id = i.module_id WHERE m.slug = 'sdoh' AND i.kind = 'question' AND i.text_en IS NOT NULL`)
      .all() as { code: string; text_en: string }[];
    const found: string[] = [];
    for (const line of footnotedLines(pages)) {
      // "Please specify." (printed under several questions) names none of them: not linked by wording.
      const owner = line.text.split(/\s+/).length >= 4 ? questions.find((q) => loose(q.text_en) === loose(line.text)) : undefined;
      if (!owner) continue;
      const got = linkedNames(owner.code);
      // An entry is a citation: a linked instrument's name (or short name) is part of it.
      const missing = line.notes.filter((n) => !got.some((g) => loose(entries.get(n) ?? '').includes(loose(g))));
      expect({ code: owner.code, page: line.page, notes: line.notes, missing }).toEqual({ code: owner.code, page: line.page, notes: line.notes, missing: [] });
      found.push(owner.code);
    }
    // Social_Factors_of_Health.pdf page 17: "…felt nervous and “stressed”?11" (entry 11, not entry 1).
    expect(found).toContain('sdoh_cpss_3');
    // 24 printed lines are matched by this reader when this was written.
    expect(found.length).toBeGreaterThanOrEqual(20);
    expect(linked('sdoh_cpss_3')).toHaveLength(1);
    expect(loose(entries.get(11)!)).toContain(loose(linked('sdoh_cpss_3')[0]!));
    // Page 21: "…Would you say you speak English...14", wrapped: entry 14 only, not entries 1 and 4.
    const chis = linked('chis_1_xx');
    expect(chis).toHaveLength(1);
    expect(loose(entries.get(14)!)).toContain(loose(chis[0]!));
  });

  it('Social Factors of Health: grid rows printed alone ("There is no one I can turn to5") reach their items; 95% of questions have a source', async () => {
    const pages = await pdfText('Social_Factors_of_Health.pdf');
    const entries = sourceEntryTexts(pages);
    const line = footnotedLines(pages).find((l) => l.text.startsWith('There is no one I can turn to'));
    // pdftotext prints the row without a final full stop, so this reader may not see it: read it by hand then.
    const notes = line?.notes ?? [Number(/There is no one I can turn to(\d{1,2})/.exec(pages.join('\n'))![1])];
    for (const code of ['sdoh_ucla_ls8_3', 'sdoh_ucla_ls8_9', 'sdoh_ucla_ls8_18']) {
      expect(linked(code), code).toHaveLength(1);
      expect(loose(entries.get(notes[0]!)!), code).toContain(loose(linkedNames(code)[0]!));
    }
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const all = n(`SELECT count(*) n FROM items i JOIN modules m ON m.id = i.module_id WHERE m.slug = 'sdoh' AND i.kind = 'question'`);
    const withSource = n(`SELECT count(DISTINCT i.id) n FROM items i JOIN modules m ON m.id = i.module_id
      JOIN question_sources s ON s.item_id = i.id AND s.instrument_id IS NOT NULL WHERE m.slug = 'sdoh' AND i.kind = 'question'`);
    expect(withSource / all).toBeGreaterThanOrEqual(0.95);
  });

  it('the published instrument outranks the workgroup sheet: Smoking_SeriousQuitAttempt', async () => {
    const life = await pdfText('Lifestyle.pdf');
    const entries = sourcesSection(life);
    // Lifestyle.pdf page 1: "...because you were trying to quit?1, 2"; page 12: 1. TUS-CPS, 2. MVP.
    const line = footnotedLines(life).find((l) => /because you were trying to quit\?$/.test(l.text))!;
    expect(line.notes).toEqual([1, 2]);
    // Entry 1 brackets DCCPS (the publisher) and TUS-CPS (the instrument); entry 2 brackets MVP.
    expect(line.notes.map((x) => entries.get(x))).toEqual([['DCCPS', 'TUS-CPS'], ['MVP']]);
    const published = ['TUS-CPS', 'MVP'];
    // The workgroup sheet names another instrument: Personal Habits, English!A15.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await realSource('workgroup:Final Revision Recommendation Personal Habits_09 28 2016.xlsx')).path);
    const workgroup = String(wb.getWorksheet('English')!.getCell('A15').value).trim();
    expect(String(wb.getWorksheet('English')!.getCell('B15').value)).toMatch(/serious attempt to quit smoking/);
    expect(published).not.toContain(workgroup);

    expect(linked('Smoking_SeriousQuitAttempt')).toEqual(expect.arrayContaining(published));
    expect(linked('Smoking_SeriousQuitAttempt')).not.toContain(workgroup);
    const c = db
      .prepare(`SELECT chosen, chosen_source AS chosenSource, other, other_source AS otherSource FROM conflicts WHERE subject = 'Smoking_SeriousQuitAttempt' AND field = 'source'`)
      .all() as { chosen: string; chosenSource: string; other: string; otherSource: string }[];
    expect(c.map((r) => r.other)).toContain(workgroup);
    const row = c.find((r) => r.other === workgroup && /English!B15/.test(r.otherSource))!;
    expect(row.otherSource).toMatch(/^workgroup:Final Revision Recommendation Personal Habits/);
    expect(row.chosenSource).toMatch(/^pdf:/);
    const tus = listInstruments(db).find((i) => i.shortName === 'TUS-CPS')!;
    expect(row.chosen.split('; ')).toContain(tus.name);
  });

  it('makes no instrument from a column header', () => {
    const names = listInstruments(db).flatMap((i) => [i.name, ...i.aliases]);
    expect(names.filter((n) => /^(original source|reference instrument|source(s)?$|instrument$)/i.test(n.trim()))).toEqual([]);
    const card = showItem(db, 'Smoking_100CigsLifetime')!;
    expect(card.sources.every((s) => s.name !== 'Original source')).toBe(true);
  });

  it('one instrument per real instrument, with its aliases: the MVP', async () => {
    // 1585855.pdf (2017) cites "Million Veterans Program"; Lifestyle.pdf page 12 "Million Veteran Program (MVP)".
    const old = (await pdfText('1585855.pdf')).join('\n');
    expect(old).toMatch(/Million Veterans Program/);
    const mvp = listInstruments(db).filter((i) => /million veteran/i.test([i.name, ...i.aliases].join(' ')));
    expect(mvp).toHaveLength(1);
    expect(mvp[0]!.shortName).toBe('MVP');
    expect(mvp[0]!.aliases).toContain('Million Veterans Program');
    // TUS-CPS once per question card, although three files name it for this question.
    const card = showItem(db, 'Smoking_SmokeFrequency')!;
    expect(card.sources.filter((s) => s.instrument === 'TUS-CPS')).toHaveLength(1);
    expect(card.sources.filter((s) => s.instrument === 'MVP')).toHaveLength(1);
  });

  it("The Basics' appendix (Life Functioning) items link to the ACS", async () => {
    const pages = await pdfText('The_Basics.pdf');
    // The_Basics.pdf page 20: the appendix's own Sources, "1. ... American Community Survey (ACS)".
    expect(pages[19]).toMatch(/1\.\s+All of Us Basics Survey; Basics items originally derived from: American Community\s+Survey \(ACS\)/);
    const rows = db
      .prepare(`SELECT DISTINCT s.at, n.short_name AS sn FROM question_sources s JOIN instruments n ON n.id = s.instrument_id
        WHERE s.source = 'pdf:The_Basics.pdf' AND s.at IN ('page 18', 'page 19')`)
      .all() as { at: string; sn: string }[];
    expect(rows.map((r) => r.sn)).toEqual(['ACS', 'ACS']);
  });
});

describe('original wording and word diffs (real database)', () => {
  it('msds_12: ", outside my home," is not marked deleted (COPE_survey_May_2020_English.pdf page 3)', async () => {
    const page = (await pdfText('COPE_survey_May_2020_English.pdf'))[2]!.replace(/\s+/g, ' ');
    const original = /\[Original Source Question Text: (Thinking about your current social habits, in the last 5 days: I have attended social gatherings, outside my home, of LESS than 10 people\.)\]/.exec(page)![1]!;
    const card = showItem(db, 'msds_12')!;
    const src = card.sources.find((s) => s.originalText === original)!;
    expect(src).toBeTruthy();
    const parts = diffWordings(src.originalText!, card.text.en!);
    expect(parts.filter((p) => p.kind !== 'same')).toEqual([]);
    expect(card.text.en).toMatch(/outside my home/);
  });

  it('Smoking_100CigsLifetime: no original wording swallows the answer options', () => {
    const originals = (
      db
        .prepare(`SELECT s.original_text AS t, s.source FROM question_sources s JOIN items i ON i.id = s.item_id WHERE i.code = 'Smoking_100CigsLifetime' AND s.original_text IS NOT NULL`)
        .all() as { t: string; source: string }[]
    );
    expect(originals.length).toBeGreaterThan(0);
    for (const o of originals) expect({ o: o.t, lines: o.t.split('\n').length }).toEqual({ o: o.t, lines: 1 });
    const parts = diffWordings(originals.find((o) => o.source.startsWith('workgroup:'))!.t, showItem(db, 'Smoking_100CigsLifetime')!.text.en!);
    expect(parts.some((p) => p.kind === 'removed' && /Yes|No/.test(p.text))).toBe(false);
  });
});
