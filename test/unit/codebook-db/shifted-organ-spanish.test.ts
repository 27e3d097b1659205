// overall_health.json (api-payloads) gives two transplant-date questions a neighbour's Spanish:
// the heart date "…de riñon" (kidney), the skin date "…de hueso" (bone). A Spanish naming
// another answer of the organ list than its English is refused (issue 12 audit). Values are
// re-read from the payload with plain JSON parsing.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { jsonFile } from '../../facts/raw';

const db = openRealDb();
afterAll(() => db.close());

interface Q {
  text: string;
  concept: { code: string }[];
  _text?: { extension: { extension: { url: string; valueString?: string }[] }[] };
}
const spanishOf = (q: Q) => q._text?.extension[0]?.extension.find((e) => e.url === 'content')?.valueString ?? null;
const row = (code: string) => db.prepare('SELECT text_en, text_es FROM items WHERE code = ?').get(code) as { text_en: string; text_es: string | null };

describe('transplant dates of Overall Health', async () => {
  const payload = await jsonFile<{ group: { question: Q[] } }>('api-payloads:overall_health.json');
  const dates = payload.group.question.filter((q) => /TransplantDate$/.test(q.concept[0]!.code));

  it('the payload shifts two Spanish wordings (question[24] heart → riñon, question[34] skin → hueso)', () => {
    expect(dates).toHaveLength(13);
    expect(payload.group.question[24]!.concept[0]!.code).toBe('OrganTransplant_HeartTransplantDate');
    expect(spanishOf(payload.group.question[24]!)).toBe('Fecha del transplante de riñon');
    expect(payload.group.question[34]!.concept[0]!.code).toBe('OrganTransplant_SkinTransplantDate');
    expect(spanishOf(payload.group.question[34]!)).toBe('Fecha del transplante de hueso');
  });

  it('refuses the shifted Spanish and records it as a disagreement', () => {
    for (const code of ['OrganTransplant_HeartTransplantDate', 'OrganTransplant_SkinTransplantDate']) {
      expect(row(code).text_es, code).toBeNull();
      const c = db.prepare(`SELECT other, other_source FROM conflicts WHERE subject = lower(?) AND field = 'text.es'`).all(code);
      expect(c).toContainEqual({ other: spanishOf(dates.find((q) => q.concept[0]!.code === code)!), other_source: expect.stringContaining('overall_health.json') });
    }
  });

  it('keeps the eleven other dates\' payload Spanish exactly', () => {
    const kept = dates.filter((q) => !/Heart|Skin/.test(q.concept[0]!.code));
    expect(kept).toHaveLength(11);
    for (const q of kept) expect(row(q.concept[0]!.code).text_es, q.concept[0]!.code).toBe(spanishOf(q));
  });
});
