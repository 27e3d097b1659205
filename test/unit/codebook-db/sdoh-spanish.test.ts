// Social Factors of Health's Spanish comes from its Spanish PDF, which omits one English item
// ("People in my neighborhood can be trusted.", Social_Factors_of_Health.pdf page 2). This test
// reads the Spanish PDF with its own small reader (`pdftotext -layout`, one page, the question's
// line and its wrapped continuation, footnote number dropped) and checks that the database's
// Spanish of a sample of questions, the ones around the omitted item included, is exactly that.
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const textEs = (code: string) =>
  (db.prepare(`SELECT i.text_es AS es FROM items i JOIN modules m ON m.id = i.module_id WHERE m.slug = 'sdoh' AND i.code_lower = lower(?) AND i.kind = 'question'`).get(code) as { es: string | null } | undefined)?.es;

/** The question printed on `page` whose first line starts with `start`: its lines up to the footnote number. */
function printed(file: string, page: number, start: string): string {
  const lines = execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }).split('\n');
  const at = lines.findIndex((l) => l.trim().startsWith(start));
  if (at < 0) throw new Error(`"${start}" is not on page ${page} of ${file}`);
  const out: string[] = [];
  for (const l of lines.slice(at)) {
    const t = l.trim();
    if (!t || /^[●○]/.test(t)) break;
    out.push(t);
    if (/[^\d\s]\d{1,2}$/.test(t)) break; // the footnote number closes the question
  }
  return out.join(' ').replace(/(\D)\d{1,2}$/, '$1');
}

describe('Social Factors of Health: Spanish from its Spanish PDF, aligned item by item', () => {
  // [code, page of Social_Factors_of_Health_Spanish.pdf, start of the printed Spanish line]
  const sample: [string, number, string][] = [
    ['scns_1', 1, 'Las personas de por aquí'],
    ['scns_2', 1, 'Las personas de mi vecindario generalmente'],
    ['nds_1', 2, 'Hay mucho grafiti'],
    ['nds_5', 2, 'Mi vecindario está limpio'],
    ['nds_6', 3, 'Las personas de mi vecindario cuidan'],
    ['sdoh_mos_ss_4', 7, 'Alguien que lo ayude con las tareas'],
    ['sdoh_mos_ss_5', 7, 'Alguien con quien pasar'],
    ['sdoh_ucla_ls8_2', 8, 'Me falta compañía'],
    ['sdoh_ucla_ls8_11', 8, 'Me siento excluido'],
    ['sdoh_eds_1', 9, 'Lo tratan con menos cortesía que al resto'],
    ['sdoh_dms_1', 12, 'Lo tratan con menos cortesía que a otras'],
    ['sdoh_dms_3', 12, 'Recibe peor servicio'],
    ['sdoh_dms_6', 13, 'Cree que algún médico'],
    ['bmmrs_1', 17, 'Siento la presencia de Dios'],
    ['bmmrs_2', 17, 'Encuentro fortaleza'],
    ['bmmrs_3', 17, 'Siento una profunda paz'],
  ];

  it('gives each sampled question exactly the Spanish its PDF prints for it', async () => {
    const file = (await realSource('pdf:Social_Factors_of_Health_Spanish.pdf')).path;
    for (const [code, page, start] of sample) expect(textEs(code), code).toBe(printed(file, page, start));
  });

  it('gives the item the Spanish PDF omits no Spanish, and its neighbour its own', async () => {
    // Before the fix scns_3 showed scns_2's Spanish and scns_2 showed scns_1's.
    expect(textEs('scns_3')).toBeNull();
    const file = (await realSource('pdf:Social_Factors_of_Health_Spanish.pdf')).path;
    expect(textEs('scns_2')).toBe(printed(file, 1, 'Las personas de mi vecindario generalmente'));
    expect(textEs('scns_2')).not.toBe(printed(file, 1, 'Las personas de por aquí'));
    // scns_4 follows the omitted item and no printed word tells which of the two the Spanish PDF
    // dropped: it carries its own Spanish (page 2) or none, never scns_3's.
    expect([null, printed(file, 2, 'Las personas de mi vecindario comparten')]).toContain(textEs('scns_4'));
  });

  it('has Spanish for at least 95% of the survey questions', () => {
    const { n, es } = db
      .prepare(`SELECT count(*) AS n, count(i.text_es) AS es FROM items i JOIN modules m ON m.id = i.module_id WHERE m.slug = 'sdoh' AND i.kind = 'question'`)
      .get() as { n: number; es: number };
    expect(es / n).toBeGreaterThanOrEqual(0.95);
  });
});
