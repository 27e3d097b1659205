// survey_module.csv, pfhh_qa_metadata.csv and survey_version_metadata.csv.
import { describe, expect, it } from 'vitest';
import { importPfhhQa } from '../../../codebooks/importers/data-browser/pfhh-qa';
import { importSurveyModule } from '../../../codebooks/importers/data-browser/survey-module';
import { importSurveyVersion } from '../../../codebooks/importers/data-browser/survey-version';
import { fixtureSource, realSource } from '../../helpers/sources';
import { expectSourceError, fixtureText, variant } from './data-browser-helpers';

describe('importSurveyModule', () => {
  const FORMAT = 'db-survey-module';
  it('reads the made-up file', async () => {
    const r = await importSurveyModule(fixtureSource('data-browser/made-up-survey_module.csv', FORMAT));
    expect(r.modules).toEqual([
      expect.objectContaining({ conceptId: 990000, name: { en: 'Fake Module' }, description: { en: 'A made-up module for tests.' }, questionCount: 3, participantCount: 1234, order: 1 }),
      expect.objectContaining({ conceptId: 991000, description: undefined, participantCount: null, order: 2 }),
    ]);
    expect(r.modules[1]!.prov.at).toBe('row 3');
  });

  it('rejects a wrong header, a repeated module, a non-numeric count and Latin-1 bytes', async () => {
    const good = fixtureText('made-up-survey_module.csv');
    await expectSourceError(importSurveyModule, variant('made-up-module-header.csv', good.replace('"name"', '"title"'), FORMAT), /row 1/, 'name');
    await expectSourceError(importSurveyModule, variant('made-up-module-dup.csv', good.replace('991000,', '990000,'), FORMAT), /row 3.*repeats row 2/, 'concept_id');
    await expectSourceError(importSurveyModule, variant('made-up-module-count.csv', good.replace(',3,1234,', ',three,1234,'), FORMAT), /row 2/, 'question_count');
    await expectSourceError(importSurveyModule, variant('made-up-module-latin1.csv', Buffer.from(good.replace('made-up', 'mad\u00e9-up'), 'latin1'), FORMAT), /line 2/, null);
    await expectSourceError(importSurveyModule, variant('made-up-module-empty.csv', '', FORMAT), null, null);
  });

  it('reads the real files, current and older', async () => {
    const r = await importSurveyModule(await realSource('data-browser:survey_module.csv'));
    // survey_module.csv line 4: 1586134,"The Basics","This core survey asks basic demographic questions, ...",25,633540,1
    expect(r.modules.find((m) => m.conceptId === 1586134)).toMatchObject({ name: { en: 'The Basics' }, questionCount: 25, participantCount: 633540, order: 1 });
    expect(r.modules).toHaveLength(8);
    // _at_48667b5 survey_module.csv line 2: 765936,"Minute Survey on COVID-19 Vaccines",...,141,127240,8
    const mid = await importSurveyModule(await realSource('data-browser@48667b5:survey_module.csv'));
    expect(mid.modules.find((m) => m.conceptId === 765936)).toMatchObject({ name: { en: 'Minute Survey on COVID-19 Vaccines' }, order: 8 });
    // workbench _at_4f3241f api/db-cdr/csv/survey_module.csv line 4: 1586134,"The Basics",...,26,567437,1
    const wb = await importSurveyModule(await realSource('workbench@4f3241f:survey_module.csv'));
    expect(wb.modules.find((m) => m.conceptId === 1586134)).toMatchObject({ questionCount: 26, participantCount: 567437 });
  });

  it('reads a participant count of 0 as not published', async () => {
    // survey_module.csv lines 8 and 9: 1703970 (EHHWB) and 1703870 (BHP), participant_count 0.
    const r = await importSurveyModule(await realSource('data-browser:survey_module.csv'));
    for (const id of [1703970, 1703870]) expect(r.modules.find((m) => m.conceptId === id)).toMatchObject({ participantCount: null });
    expect(r.modules.filter((m) => m.participantCount === 0)).toEqual([]);
  });
});

describe('importPfhhQa', () => {
  const FORMAT = 'db-pfhh-qa';
  it('reads questions, answers (once each) and options keyed by concept id', async () => {
    const r = await importPfhhQa(fixtureSource('data-browser/made-up-pfhh_qa_metadata.csv', FORMAT));
    expect(r.concepts.map((c) => [c.kind, c.conceptId, c.module])).toEqual([
      ['question', 990100, 'pfhh'],
      ['answer', 990101, 'pfhh'],
      ['answer', 990199, 'pfhh'],
      ['question', 990200, 'pfhh'],
      ['answer', 990201, 'pfhh'],
    ]);
    expect(r.options.map((o) => [o.question.conceptId, o.answer.conceptId, o.label?.en])).toEqual([
      [990100, 990101, 'Who in your fake family had fake condition one? - Self'],
      [990100, 990199, 'Fake: Skip'],
      [990200, 990201, 'Who in your fake family had fake condition two? - Mother'],
      [990200, 990199, 'Fake: Skip'],
    ]);
  });

  it('rejects an answer without its question, a repeated pair, and a truncated file', async () => {
    const good = fixtureText('made-up-pfhh_qa_metadata.csv');
    await expectSourceError(importPfhhQa, variant('made-up-pfhh-orphan.csv', good.replace('990200,"Who in your fake family had fake condition two? Select all that apply.",990201', ',"Who in your fake family had fake condition two? Select all that apply.",990201'), FORMAT), /row 4/, 'question_concept_id');
    await expectSourceError(importPfhhQa, variant('made-up-pfhh-dup.csv', good + good.split('\n')[1] + '\n', FORMAT), /row 6.*repeats row 2/, 'answer_concept_id');
    await expectSourceError(importPfhhQa, variant('made-up-pfhh-truncated.csv', good.slice(0, good.lastIndexOf('Fake: Skip')), FORMAT), /row \d+/, null);
    await expectSourceError(importPfhhQa, variant('made-up-pfhh-header.csv', good.replace('answer_concept_id', 'answer_id'), FORMAT), /row 1/, 'answer_concept_id');
  });

  it('reads the real pfhh_qa_metadata.csv', async () => {
    const r = await importPfhhQa(await realSource('data-browser:pfhh_qa_metadata.csv'));
    // pfhh_qa_metadata.csv line 2: 1740559,"Including yourself, who in your family has had insomnia? Select all that apply.",
    // 1384444,"Including yourself, who in your family has had insomnia? - Self"
    expect(r.options[0]).toMatchObject({ question: { conceptId: 1740559 }, answer: { conceptId: 1384444 }, label: { en: 'Including yourself, who in your family has had insomnia? - Self' } });
    // Line 1327 gives answer concept 0, "No matching concept": a placeholder, not an answer.
    expect(r.options).toHaveLength(3016);
    expect(r.concepts.some((c) => c.conceptId === 0) || r.options.some((o) => o.answer.conceptId === 0)).toBe(false);
    expect(r.notes.filter((n) => /concept 0/.test(n))).toEqual([expect.stringMatching(/^row 1327: /)]);
    expect(r.concepts.find((c) => c.conceptId === 1740559)).toMatchObject({ kind: 'question', text: { en: 'Including yourself, who in your family has had insomnia? Select all that apply.' } });
  });
});

describe('importSurveyVersion', () => {
  const FORMAT = 'db-survey-version';
  it('groups questions by version, in order', async () => {
    const r = await importSurveyVersion(fixtureSource('data-browser/made-up-survey_version_metadata.csv', FORMAT));
    expect(r.versions.map((v) => [v.module, v.version, v.questions.map((q) => [q.ref.conceptId, q.order])])).toEqual([
      ['990000', '1', [[990010, 1], [990020, 2], [990030, 3]]],
      ['990000', '2', [[990010, 1]]],
    ]);
  });

  it('rejects a question listed twice in one version, a bad is_main and a bad order', async () => {
    const good = fixtureText('made-up-survey_version_metadata.csv');
    await expectSourceError(importSurveyVersion, variant('made-up-version-dup.csv', good.replace('990000,1,990020,1,2', '990000,1,990010,1,2'), FORMAT), /row 4.*repeats row 2/, 'question_concept_id');
    await expectSourceError(importSurveyVersion, variant('made-up-version-main.csv', good.replace('990030,0,3', '990030,7,3'), FORMAT), /row 3/, 'is_main');
    await expectSourceError(importSurveyVersion, variant('made-up-version-order.csv', good.replace('990030,0,3', '990030,0,'), FORMAT), /row 3/, 'order');
  });

  it('reads the real survey_version_metadata.csv', async () => {
    const r = await importSurveyVersion(await realSource('data-browser:survey_version_metadata.csv'));
    // survey_version_metadata.csv line 2: 1333342,1,1333102,1,1
    expect(r.versions.map((v) => v.version)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(r.versions[0]).toMatchObject({ module: '1333342' });
    expect(r.versions[0]!.questions[0]).toEqual({ ref: { conceptId: 1333102 }, order: 1 });
    expect(r.versions.reduce((n, v) => n + v.questions.length, 0)).toBe(745);
  });
});
