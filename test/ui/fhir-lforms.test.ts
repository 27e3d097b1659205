// The FHIR R4 Questionnaire export rendered by a real client: LHC-Forms in Chromium. The form
// renders, a branching answer shows and hides its follow-up, and the Spanish text is there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { exportContext } from '../../electron/services/export/context';
import { formToFhir } from '../../electron/services/export/fhir';
import { surveyForm } from '../../electron/services/export/form-survey';
import { CHROMIUM, openChromium, type Session } from './helpers/chromium';
import { fromDb } from './helpers/explorer';
import { hasLforms, serveLforms } from './helpers/lforms-page';

const skip = !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM}` : !hasLforms ? 'lforms is not installed (npm install)' : null;
if (skip) console.warn(`LHC-Forms tests skipped: ${skip}`);

const questionnaire = (slug: string) => fromDb((db) => JSON.parse(formToFhir(surveyForm(db, slug), exportContext(db, { name: 'PPI Explorer', version: 'test' }))));
const esText = (item: { _text?: { extension: { extension: { url: string; valueString?: string }[] }[] } }) =>
  item._text?.extension[0]?.extension.find((e) => e.url === 'content')?.valueString;

describe.skipIf(!!skip)('FHIR Questionnaire in LHC-Forms', () => {
  let server: Awaited<ReturnType<typeof serveLforms>>;
  let s: Session;
  beforeAll(async () => {
    server = await serveLforms();
    s = await openChromium();
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  async function render(q: unknown) {
    await s.page.goto(server.url);
    await s.page.waitForFunction(() => 'LForms' in window && 'Util' in (window as unknown as { LForms: object }).LForms);
    await s.page.evaluate(async (json) => {
      const w = window as unknown as { LForms: { Util: { addFormToPage(q: unknown, el: string, o?: object): Promise<void> } } };
      await w.LForms.Util.addFormToPage(json, 'form', { fhirVersion: 'R4' });
    }, q);
    await s.page.locator('wc-lhc-form lhc-item').first().waitFor();
  }

  it('Lifestyle: renders, and answering Smoking_100CigsLifetime shows and hides its follow-up', async () => {
    const q = questionnaire('lifestyle');
    const all = (items: any[]): any[] => items.flatMap((i) => [i, ...all(i.item ?? [])]);
    const items = all(q.item);
    const parent = items.find((i) => i.linkId === 'Smoking_100CigsLifetime');
    const follow = items.find((i) => i.enableWhen?.[0]?.question === 'Smoking_100CigsLifetime' && i.enableWhen[0].operator === '=');
    expect(parent.text).toBe(fromDb((db) => (db.prepare("SELECT text_en FROM items WHERE code = 'Smoking_100CigsLifetime' AND kind = 'question'").get() as { text_en: string }).text_en));
    expect(follow).toBeDefined();
    await render(q);
    const visible = () => s.page.getByText(follow.text, { exact: true }).first().isVisible().catch(() => false);
    expect(await s.page.getByText(parent.text, { exact: true }).first().isVisible()).toBe(true);
    expect(await visible()).toBe(false);
    const yes = parent.answerOption.find((o: any) => o.valueCoding.code === follow.enableWhen[0].answerCoding.code).valueCoding.display;
    const no = parent.answerOption.find((o: any) => o.valueCoding.code !== follow.enableWhen[0].answerCoding.code).valueCoding.display;
    const row = s.page.locator(`lhc-item[id^="item-${parent.linkId}/"]`).first();
    await row.getByText(yes, { exact: true }).click();
    await expect.poll(visible).toBe(true);
    await row.getByText(no, { exact: true }).click();
    await expect.poll(visible).toBe(false);
  });

  it('The Basics: the Spanish translations survive LHC-Forms loading the questionnaire', async () => {
    const q = questionnaire('basics');
    const all = (items: any[]): any[] => items.flatMap((i) => [i, ...all(i.item ?? [])]);
    const withEs = all(q.item).filter((i) => esText(i));
    expect(withEs.length).toBeGreaterThan(50);
    await render(q);
    const back = await s.page.evaluate(() => (window as any).LForms.Util.getFormFHIRData('Questionnaire', 'R4', document.getElementById('form')));
    const backItems = all(back.item);
    for (const i of withEs.slice(0, 20)) {
      const b = backItems.find((x) => x.linkId === i.linkId);
      expect(esText(b), i.linkId).toBe(esText(i));
    }
  });
});
