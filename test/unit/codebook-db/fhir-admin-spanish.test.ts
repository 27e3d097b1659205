// Spanish of the administrative FHIR questionnaires (consents, feedback) reaches the database.
// Expected values are read here from the raw files by JSON path (the FHIR translation extension
// on `_text` / `_display`), and the literal beside each was copied from that path.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { showItem } from '../../../electron/services/item-detail';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

type Node = Record<string, unknown>;
const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';

/** The Spanish `content` of the translation extension on `node[field]`. */
function spanish(node: Node, field: string): string | undefined {
  const ext = ((node[`_${field}`] as Node | undefined)?.extension ?? []) as Node[];
  for (const e of ext) {
    if (e.url !== TRANSLATION) continue;
    const parts = e.extension as { url: string; valueCode?: string; valueString?: string }[];
    if (parts.find((p) => p.url === 'lang')?.valueCode === 'es') return parts.find((p) => p.url === 'content')?.valueString;
  }
  return undefined;
}

async function questionnaire(id: string): Promise<Node> {
  return JSON.parse(readFileSync((await realSource(id)).path, 'utf8')) as Node;
}

describe('Spanish from the administrative FHIR questionnaires', () => {
  it('ehr_consent.json group.question[10]._text: EHRConsentPII_SensitiveInfoAccess', async () => {
    const q = ((await questionnaire('api-payloads:ehr_consent.json')).group as Node).question as Node[];
    expect((q[10]!.concept as { code: string }[])[0]!.code).toBe('EHRConsentPII_SensitiveInfoAccess');
    const es = spanish(q[10]!, 'text');
    expect(es).toBe('¿Tendrá All of Us acceso a la información confidencial que está en mi EHR?');
    expect(showItem(db, 'EHRConsentPII_SensitiveInfoAccess')?.text.es).toBe(es);
  });

  it('general_feedback.json group.question[0]: its text and option[0]._display (FirstHearAboutAoU_Website)', async () => {
    const q = ((await questionnaire('api-payloads:general_feedback.json')).group as Node).question as Node[];
    const first = q[0]!;
    expect((first.concept as { code: string }[])[0]!.code).toBe('General_FirstHearAboutAoU');
    const d = showItem(db, 'General_FirstHearAboutAoU')!;
    expect(d.text.es).toBe(spanish(first, 'text'));
    const option = (first.option as Node[])[0]!;
    expect(option.code).toBe('FirstHearAboutAoU_Website');
    expect(spanish(option, 'display')).toBe('página de internet');
    expect(d.answers.find((a) => a.code === 'FirstHearAboutAoU_Website')?.text.es).toBe('página de internet');
  });
});
