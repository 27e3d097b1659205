// PFHH's "Including yourself, who in your family has had …?" answers (family members) take the
// Spanish the Spanish PDF prints for them, where before they had none: (1) the codebook's label
// repeats the question one word otherwise ("has had a pancreatitis?" printed "has had
// pancreatitis?"), (2) the English PDF prints fewer members than the Spanish (endometriosis: no
// Father, no Son). Read here with pdftotext: the member lists under the question (● answers at one
// indent, branching lines between them skipped), over the page break; the Spanish of a member is
// the one printed at its place in a seven-member list of the same Spanish PDF.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());
const EN = 'pdf:Personal_and_Family_Health_History.pdf';
const ES = 'pdf:Survey_PaFHH_spn_Src.pdf';

/** The ● answers printed under the question starting with `start` on `page` (or the page after). */
async function members(source: string, page: number, start: string): Promise<string[]> {
  const lines = pdfPages((await realSource(source)).path).slice(page - 1, page + 1).flat();
  const at = lines.findIndex((l) => l.text.startsWith(start));
  if (at < 0) throw new Error(`"${start}" is not on page ${page} of ${source}`);
  const out: string[] = [];
  let indent: number | null = null;
  for (const l of lines.slice(at + 1)) {
    if (indent !== null && l.indent <= lines[at]!.indent) break;
    if (!l.text.startsWith('●')) continue;
    indent ??= l.indent;
    if (l.indent === indent) out.push(l.text.replace(/^●\s*/, ''));
  }
  return out;
}

const labels = (code: string) =>
  db
    .prepare(`SELECT o.label_en AS en, o.label_es AS es FROM options o JOIN items q ON q.id = o.question_id WHERE q.code = ?
      AND EXISTS (SELECT 1 FROM provenance c WHERE c.item_id = o.answer_id AND c.context_id = o.question_id AND c.field = 'option.label.en' AND c.value LIKE '% - %')`)
    .all(code) as { en: string; es: string | null }[];

describe('PFHH family-member answers: Spanish from the Spanish PDF, never a neighbour\'s', () => {
  // [code, English page, English start, Spanish page, Spanish start]
  const SEVEN: [string, number, string, number, string][] = [
    ['digestivecondition_pancreatitis_yes', 33, 'Including yourself, who in your family has had pancreatitis?', 34, 'Incluyendo a usted, ¿quién en su familia ha tenido pancreatitis?'],
  ];
  const FEWER: [string, number, string, number, string][] = [
    ['OtherHealthCondition_Endometriosis_yes', 88, 'Including yourself, who in your family has had endometriosis?', 92, 'Incluyendo a usted, ¿quién en su familia ha tenido endometriosis?'],
  ];

  it.each(SEVEN)('%s: each member has the Spanish printed at its place', async (code, pEn, sEn, pEs, sEs) => {
    const [en, es] = [await members(EN, pEn, sEn), await members(ES, pEs, sEs)];
    expect(en).toHaveLength(7);
    expect(es).toHaveLength(7);
    const got = labels(code);
    expect(got).toHaveLength(7);
    for (const l of got) expect(l.es, l.en).toBe(es[en.indexOf(l.en.split(' - ').pop()!)]);
  });

  it.each(FEWER)('%s: a shorter English list takes each member\'s Spanish from the same PDF\'s seven-member lists', async (code, pEn, sEn, pEs, sEs) => {
    const [enAll, esAll] = [await members(EN, SEVEN[0]![1], SEVEN[0]![2]), await members(ES, SEVEN[0]![3], SEVEN[0]![4])];
    const [en, es] = [await members(EN, pEn, sEn), await members(ES, pEs, sEs)];
    expect(en.length).toBeLessThan(es.length);
    const got = labels(code).filter((l) => l.es !== null);
    expect(got.length).toBeGreaterThanOrEqual(3);
    for (const l of got) {
      const member = l.en.split(' - ').pop()!;
      expect(en).toContain(member);
      expect(l.es, l.en).toBe(esAll[enAll.indexOf(member)]);
      expect(es.filter((s) => s === l.es)).toHaveLength(1);
    }
  });
});

// The same Spanish PDF gives Sibling and Grandparent two forms: "Hermano(a)"/"Abuelo(a)" in the
// seven-member lists, "Hermana"/"Abuela" (or "Hermano"/"Abuelo") in the sex-specific cancer lists.
// A list of another length takes the one form it prints. Muscular dystrophy's English question is
// printed with "Select" on a line of its own (EN p.56), which the reader now joins to the question.
describe('PFHH family members: the one of two Spanish forms the list prints', () => {
  const SEVEN_ES = ['Yo', 'Madre', 'Padre', 'Hermano(a)', 'Hija', 'Hijo', 'Abuelo(a)'];
  const byMember = (code: string) => Object.fromEntries(labels(code).map((l) => [l.en.split(' - ').pop()!, l.es]));

  it('the sex-specific lists print the other form (ES p.5, uterine cancer)', async () => {
    expect(await members(ES, 5, 'Incluyendo a usted, ¿quién en su familia ha tenido cáncer de útero')).toEqual(['Yo', 'Madre', 'Hermana', 'Hija', 'Abuela']);
  });

  it.each([
    ['OtherHealthCondition_Endometriosis_yes', 88, 'Including yourself, who in your family has had endometriosis?', 92, 'Incluyendo a usted, ¿quién en su familia ha tenido endometriosis?'],
    ['otherhealthcondition_enlargedprostate_yes', 89, 'Including yourself, who in your family has had an enlarged', 93, 'Incluyendo a usted, ¿quién en su familia ha tenido agrandamiento de la'],
    ['OtherHealthCondition_Fibroids_yes', 89, 'Including yourself, who in your family has had fibroids?', 94, 'Incluyendo a usted, ¿quién en su familia ha tenido fibromas?'],
    ['OtherHealthCondition_PolycysticOvarianSyndrome_yes', 90, 'Including yourself, who in your family has had polycystic', 95, 'Incluyendo a usted, ¿quién en su familia ha tenido PCOS'],
  ])('%s (EN p.%i, ES p.%i): Sibling "Hermano(a)", Grandparent "Abuelo(a)"', async (code, pEn, sEn, pEs, sEs) => {
    const [en, es] = [await members(EN, pEn, sEn), await members(ES, pEs, sEs)];
    expect(en).toEqual(expect.arrayContaining(['Sibling', 'Grandparent']));
    expect(en.length).toBeLessThan(es.length);
    expect(es).toEqual(SEVEN_ES);
    expect(byMember(code)).toMatchObject({ Sibling: 'Hermano(a)', Grandparent: 'Abuelo(a)' });
  });

  it('muscular dystrophy (EN p.56, ES p.59): all seven members', async () => {
    expect(await members(ES, 59, 'Incluyendo a usted, ¿quién en su familia ha tenido distrofia muscular (DM)?')).toEqual(SEVEN_ES);
    expect(byMember('NervousCondition_MuscularDystrophy_yes')).toEqual({
      Self: 'Yo', Mother: 'Madre', Father: 'Padre', Sibling: 'Hermano(a)', Daughter: 'Hija', Son: 'Hijo', Grandparent: 'Abuelo(a)',
    });
  });

  it('SDOH bmmrs_2 (ES p.17 prints six answers, the codebook seven): "Never or almost never" is "Nunca o casi nunca"', async () => {
    expect(await members('pdf:SDOH Survey Spanish.pdf', 17, 'Encuentro fortaleza y consuelo en mi religión')).toContain('Nunca o casi nunca');
    const got = db.prepare(`SELECT o.label_es FROM options o JOIN items q ON q.id = o.question_id WHERE q.code = 'bmmrs_2' AND o.label_en = 'Never or almost never'`).pluck().get();
    expect(got).toBe('Nunca o casi nunca');
  });
});
