// The importer on the real instrument PDFs. Expected values were read in the PDFs themselves
// (pdftotext -layout), as noted by file and page.
import { describe, expect, it } from 'vitest';
import { importInstrumentPdf } from '../../../codebooks/importers/instrument-pdf/index';
import { realEntries, realSource } from '../../helpers/sources';

const load = async (id: string) => importInstrumentPdf(await realSource(id));

describe('importInstrumentPdf on the real instruments', () => {
  it('Lifestyle.pdf: questions with footnotes, original wording, branching and answers', async () => {
    const r = await load('pdf:Lifestyle.pdf');
    expect(r.documents[0]).toMatchObject({ module: 'lifestyle', language: 'en', title: 'Lifestyle', pages: 11 });
    // Lifestyle.pdf page 1, first question; its answers continue on page 3.
    expect(r.printed[0]).toMatchObject({
      text: 'Have you smoked at least 100 cigarettes in your entire life? (There are 20 cigarettes in a pack.)?',
      footnotes: [1, 2],
      originalText: 'Have/Has you/name smoked at least 100 cigarettes in your/his/her life? Note: 100 Cigarettes = Approximately 5 Packs',
      branchingProse: null,
      answers: ['Yes', 'No', 'Don’t know', 'Prefer not to answer'],
      page: 1,
      sequence: 1,
    });
    // Page 1: nested under "Yes".
    expect(r.printed[1]).toMatchObject({
      text: 'Do you now smoke cigarettes every day, some days, or not at all?',
      branchingProse: 'Branching Logic: when “Yes” selected, then:',
      answers: ['Every day', 'Some days', 'Not at all', 'Don’t know', 'Prefer not to answer'],
    });
    // Page 2: footnote 3 (PLCO).
    const stopped = r.printed.find((q) => q.text.startsWith('If you have completely stopped smoking cigarettes'));
    expect(stopped?.footnotes).toEqual([3]);
    // Sources, page 10.
    expect(r.instruments[0]).toMatchObject({
      number: 1,
      name: 'The Tobacco Use Supplement to the Current Population Survey',
      shortName: 'TUS-CPS',
      url: 'https://cancercontrol.cancer.gov/brp/tcrb/tus-cps',
      year: '2003',
    });
    // Sources, pages 10-11: the URL is wrapped over two lines.
    expect(r.instruments.find((i) => i.number === 7)?.url).toBe(
      'https://datashare.nida.nih.gov/instrument/nida-modified-alcohol-smoking-and-substance-involvement-screening-test',
    );
  });

  it('1585855.pdf (2017 Lifestyle) carries the PPI concept ids and footnote ranges', async () => {
    const r = await load('pdf:1585855.pdf');
    // Page 1: "PPI1585860. Do you now smoke cigarettes every day, some days, or not at all?1–3"
    const q = r.printed.find((p) => p.ref?.conceptId === 1585860);
    expect(q).toMatchObject({ text: 'Do you now smoke cigarettes every day, some days, or not at all?', footnotes: [1, 2, 3], page: 1 });
  });

  it('Overall_Health.pdf: Source Information section', async () => {
    const r = await load('pdf:Overall_Health.pdf');
    // Page 8, entry 2.
    expect(r.instruments.find((i) => i.number === 2)).toMatchObject({
      name: 'PROMIS Global Health Scale',
      shortName: 'PROMIS',
      url: 'https://www.healthmeasures.net/explore-measurement-systems/promis',
      year: '2009',
    });
  });

  it('The_Basics.pdf: the appendix after the Sources has its own questions and Sources', async () => {
    const r = await load('pdf:The_Basics.pdf');
    // Page 19, Appendix A (Life Functioning Survey), footnote 1 of the appendix's own Sources (page 20).
    const q = r.printed.find((p) => p.section === 'Appendix A' && p.text === 'Do you have difficulty dressing or bathing?');
    expect(q).toMatchObject({ footnotes: [1], page: 19 });
    expect(r.instruments.find((i) => i.section === 'Appendix A')).toMatchObject({ number: 1, shortName: 'ACS', year: '2018' });
    // Page 9: the same question in the main part points to footnote 10 (ACS).
    const main = r.printed.find((p) => p.section === null && p.text === 'Do you have difficulty dressing or bathing?');
    expect(main?.footnotes).toEqual([10]);
  });

  it('COPE_survey_May_2020_English.pdf: questions under section headings', async () => {
    const r = await load('pdf:COPE_survey_May_2020_English.pdf');
    expect(r.documents[0]).toMatchObject({ module: 'cope', edition: 'May 2020', title: 'COVID-19 Participant Experience (COPE) Survey' });
    // Page 2, first question of "Social Distancing Experiences".
    expect(r.printed.find((p) => p.text.startsWith('In the past month, have recommendations'))).toMatchObject({
      text: 'In the past month, have recommendations for socially distancing caused stress for you?',
      footnotes: [1],
      originalText: 'Have recommendations for socially distancing caused stress for you?',
      answers: ['A lot', 'Somewhat', 'A little', 'Not at all'],
      page: 2,
    });
  });

  it('Lifestyle_Spanish.pdf: questions and answers as printed', async () => {
    const r = await load('pdf:Lifestyle_Spanish.pdf');
    // Page 1 (the last answer is misspelled in the PDF).
    expect(r.printed[0]).toMatchObject({
      language: 'es',
      text: '¿Ha fumado usted al menos 100 cigarrillos en toda su vida? (Cada paquete tiene 20 cigarrillos)',
      footnotes: [],
      answers: ['Sí', 'No', 'No sé', 'Prefiero no contester'],
    });
  });

  it('reads every instrument PDF of the manifest', async () => {
    // Read together, as the build does: the PDFs are parsed in worker threads.
    const entries = realEntries('instrument-pdf');
    const all = await Promise.all(entries.map((e) => load(e.id)));
    all.forEach((r, i) => {
      const id = entries[i]!.id;
      expect(r.documents, id).toHaveLength(1);
      expect(r.documents[0]!.pages, id).toBeGreaterThan(0);
      expect(r.printed.length, id).toBeGreaterThan(0);
    });
  }, 120_000);
});
