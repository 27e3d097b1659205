// The outline of real surveys: instrument order, topics, follow-ups under their opening answer.
import { afterAll, describe, expect, it } from 'vitest';
import { surveyOutline } from '../../../electron/services/outline';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

describe('survey outline', () => {
  it('nests the smoking-frequency question under the 100-cigarettes question', () => {
    const o = surveyOutline(db, 'lifestyle')!;
    expect(o.survey.conceptId).toBe(1585855);
    const i = o.rows.findIndex((r) => r.code === 'Smoking_100CigsLifetime');
    const j = o.rows.findIndex((r) => r.code === 'Smoking_SmokeFrequency');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(j).toBeGreaterThan(i);
    expect(o.rows[j]!.depth).toBe(o.rows[i]!.depth + 1);
    // curation ppi_branching/lifestyle.csv: drop,Smoking_SmokeFrequency,Smoking_100CigsLifetime,100CigsLifetime_No
    expect(o.rows[j]!.condition).toMatchObject({ parentCode: 'Smoking_100CigsLifetime', when: 'hidden' });
    expect(o.rows[j]!.condition!.answers.map((a) => a.code)).toContain('100CigsLifetime_No');
  });

  it('keeps every row of a long survey, each follow-up right below its parent chain', () => {
    const o = surveyOutline(db, '43529712')!; // a module concept ID works as well as a slug
    expect(o.rows.length).toBeGreaterThan(400);
    o.rows.forEach((r, k) => {
      if (k === 0) expect(r.depth).toBe(0);
      else expect(r.depth).toBeLessThanOrEqual(o.rows[k - 1]!.depth + 1);
    });
    expect(surveyOutline(db, 'pfhh')!.rows.length).toBeGreaterThan(600);
  });

  it('returns null for an unknown survey', () => {
    expect(surveyOutline(db, 'no-such-survey')).toBeNull();
  });
});
