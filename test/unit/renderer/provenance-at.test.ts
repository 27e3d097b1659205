// Provenance places of CSV records ("row 4", "row 412 (line 437)", "rows 2, 3 (line 5)") read in
// the UI language, with the real locale files.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { provenanceAt } from '../../../renderer/src/app/data-labels';

const LOCALES = resolve(import.meta.dirname, '../../../locales');
const common = (lang: string) => JSON.parse(readFileSync(resolve(LOCALES, lang, 'common.json'), 'utf8')) as object;

async function tOf(lang: string): Promise<TFunction<'common'>> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: lang, ns: ['common'], defaultNS: 'common', resources: { [lang]: { common: common(lang) } }, interpolation: { escapeValue: false }, showSupportNotice: false } as never);
  return i18n.getFixedT(lang, 'common') as TFunction<'common'>;
}

describe('provenanceAt', () => {
  it('English', async () => {
    const t = await tOf('en');
    expect(provenanceAt('row 4', t)).toBe('row 4');
    expect(provenanceAt('row 412 (line 437)', t)).toBe('row 412 (line 437)');
    expect(provenanceAt('rows 2, 3 (line 5), 4', t)).toBe('rows 2, 3 (line 5), 4');
  });

  it('Spanish', async () => {
    const t = await tOf('es');
    expect(provenanceAt('row 4', t)).toBe('fila 4');
    expect(provenanceAt('row 412 (line 437)', t)).toBe('fila 412 (línea 437)');
    expect(provenanceAt('rows 2, 3 (line 5), 4', t)).toBe('filas 2, 3 (línea 5), 4');
    expect(provenanceAt('row 7 (line 9); inferred: the same rule names this answer by code in curation:lifestyle.csv (rows 2, 3)', t)).toBe(
      'fila 7 (línea 9); inferido: la misma regla nombra esta respuesta por su código en curation:lifestyle.csv (filas 2, 3)',
    );
    expect(provenanceAt('row 5; inferred: its value concept is an ID-only answer of the same question', t)).toBe(
      'fila 5; inferido: su concepto de valor es una respuesta solo con ID de la misma pregunta',
    );
    expect(provenanceAt('row 3 choices', t)).toBe('fila 3, opciones de respuesta');
    expect(provenanceAt('item[0].code[0]', t)).toBe('item[0].code[0]');
  });
});
