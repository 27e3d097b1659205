// A follow-up worded with its opening answer's words ("Are you still seeing a doctor … for head and
// neck cancer? (This includes cancers of the mouth, sinuses, …)") shares most of its 3-grams with
// the page listing that answer. Before, FHH English gave the PMH follow-ups p.4, its checklist, which
// prints none of them. Now a page must also hold half of the words the answer does not say
// (codebooks/write/opening-grams.ts, page-match.ts). Every page below is read here with pdftotext.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const pageTexts = async (file: string) => pdfPages((await realSource(`pdf:${file}`)).path).map((p) => fold(p.map((l) => l.text).join(' ')));

function pageOf(code: string, file: string): number | undefined {
  return db
    .prepare(`SELECT qp.page FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN document_files f ON f.document_id = qp.document_id WHERE i.code = ? AND f.file = ?`)
    .pluck()
    .get(code, file) as number | undefined;
}

describe('pages found by a follow-up\'s own words, not its answer\'s', () => {
  it('FHH English prints no head-and-neck follow-up: no page (was p.4, the answer\'s line)', async () => {
    const pages = await pageTexts('Family_Health_History_Survey_English.pdf');
    // p.4: "❏ Head and neck cancer (This includes cancers of the mouth, sinuses, nose, or throat. …)"
    expect(pages[3]).toContain('head and neck cancer this includes cancers of the mouth sinuses nose or throat this does not include brain cancer');
    for (const words of ['still seeing a doctor', 'how old were you when you were first told', 'currently prescribed medications']) {
      expect(pages.filter((p) => p.includes(words)), words).toEqual([]);
    }
    for (const code of ['Cancer_HeadNeckCancerCurrently', 'Cancer_HowOldWereYouHeadNeckCancer', 'Cancer_RxMedsforHeadNeckCancer']) {
      expect(pageOf(code, 'Family_Health_History_Survey_English.pdf'), code).toBeUndefined();
    }
    // Where it is printed, it keeps its page: PMH English p.10 (parent-pages.test.ts reads the heading).
    expect(pageOf('Cancer_HeadNeckCancerCurrently', 'Personal_Medical_History_Survey_English.pdf')).toBe(10);
  });

  // [PDF, code, the page printing its question, the start of its printed question, the page before (the answer's heading)]
  const MOVED: [string, string, number, string][] = [
    // FHH Spanish p.5 ends with "❏ Cáncer de piel" and its branching line; the question is p.6.
    ['Family_Health_History_Survey_Spanish.pdf', 'CancerCondition_SkinCancer_yes', 6, 'quien en su familia ha tenido cancer de piel elija'],
    ['Family_Health_History_Survey_Spanish.pdf', 'OtherHealthCondition_PolycysticOvarianSyndrome_yes', 27, 'quien en su familia ha tenido pcos sindrome de ovario poliquistico elija'],
  ];
  it.each(MOVED)('%s %s: p.%i, where its question is printed, not the answer\'s page before', async (file, code, page, question) => {
    const pages = await pageTexts(file);
    expect(pages.flatMap((p, i) => (p.includes(question) ? [i + 1] : []))).toEqual([page]);
    expect(pages[page - 2]).not.toContain(question);
    expect(pageOf(code, file)).toBe(page);
  });

  // Printed with their answer's words on the page: kept.
  const KEPT: [string, string, number, string][] = [
    ['Family_Health_History_Survey_Spanish.pdf', 'KidneyCondition_KidneyStones_yes', 16, 'quien en su familia ha tenido calculos en los rinones piedras en los rinones'],
    ['Family_Health_History_Survey_Spanish.pdf', 'VisionCondition_HearingLoss_yes', 25, 'quien en su familia ha tenido perdida grave de la audicion'],
    ['1586134.pdf', 'Hispanic_HispanicSpecific', 2, 'ppi1586147 hispanic latino or spanish'],
  ];
  it.each(KEPT)('%s %s: p.%i kept', async (file, code, page, words) => {
    expect((await pageTexts(file))[page - 1]).toContain(words);
    expect(pageOf(code, file)).toBe(page);
  });
});
