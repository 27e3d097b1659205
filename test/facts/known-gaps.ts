// Where the built database departs from a raw file without recording a conflict, found by the
// conformance test (test/unit/facts/conformance.test.ts) and left for the merge to settle. Each
// entry names the source, the fact and the items, so a departure anywhere else still fails.
import { keyText, type Claim, type Fact } from './claims';

export interface Gap {
  source: string;
  fact: Fact;
  /** Codes or concept IDs (as text) of the claim's item; for standard value concepts, `ID:label` names one answer. */
  items: string[];
  /** Only the answers whose workbench label matches. */
  labels?: RegExp;
  reason: string;
}

export const KNOWN_GAPS: Gap[] = [
  {
    source: 'data-browser:pfhh_qa_metadata.csv',
    fact: 'option',
    items: ['1740624'],
    reason: 'answer concept 0, "No matching concept": the file\'s placeholder under a free-text question, not an answer (codebooks/importers/data-browser/pfhh-qa.ts)',
  },
  {
    source: 'workbench@4f3241f:ppi_criteria.csv',
    fact: 'optionStandard',
    items: ['1585662', '43529119'],
    reason: 'a Lifestyle frequency item and the 2019 insurance-type question: the workbench gives standard value concepts; the database keeps none on their answers',
  },
  {
    source: 'workbench@4f3241f:ppi_criteria.csv',
    fact: 'optionStandard',
    items: [
      '1586140:Other Alone',
      '1586140:Mixed Racial Group',
      '1586140:Unknown',
      '1585845:Other or Unknown',
      '1585838:Other or Unknown',
      '1585899:Non-straight or unknown',
      '1585940:Advanced degree',
      "1585940:1 to 3 years (Some college, Associate's Degree or technical school)",
      '1585940:Other',
      '1585952:Out of work',
      '1585402:Other',
      '1585636:Other drugs',
    ],
    reason: 'the cohort builder\'s own roll-up answers ("White Alone", "Mixed Racial Group", "Other or Unknown", ...) are no answer of the survey',
  },
  {
    source: 'workbench@4f3241f:ppi_criteria.csv',
    fact: 'optionStandard',
    items: ['1585952'],
    labels: /^Employed for wages/,
    reason: 'a roll-up of two employment answers, no answer of the survey',
  },
  {
    source: 'codebook-to-fhir:ppi.json',
    fact: 'option',
    items: ['FamilyHistory_FamilyMembersDiagnosed'],
    reason: 'ppi.json nests the Family History condition answers under this question; the database files them under the condition questions (DiagnosedHealthCondition_KidneyCondition, ...)',
  },
  {
    source: 'curation:personal_medical_history.csv',
    fact: 'branching',
    items: [
      'SkeletalMuscular_OtherBoneJointMuscleConditionCurrently',
      'SkeletalMuscular_HowOldWereYouOtherBoneJointMuscleCondition',
      'HearingVision_HowOldWereYouOtherHearingEyeCondition',
      'NervousSystem_HowOldWereYouOtherBrainNervousSystem',
      'MentalHealth_OtherMentalHealthSubstanceUseCurrently',
      'MentalHealth_HowOldWereYouOtherMentalHealthSubstanceUse',
      'MentalHealth_RxMedsforOtherMentalHealthSubstanceUse',
    ],
    reason: 'long forms of "Other condition" follow-up codes: the database keeps no rule of this file under them',
  },
  {
    source: 'ddharmon-ui:aou.csv',
    fact: 'branching',
    items: [
      'attemptquitsmoking_completelyquitage',
      ...['mother', 'father', 'sibling', 'daughter', 'son'].map((r) => `othermentalhealthsubstanceuse_${r}freetextbox`),
    ],
    reason: 'rules whose parent is a grid row or whose answer is a text field: the build keeps no rule for them',
  },
  {
    source: 'curation:cope.csv',
    fact: 'branching',
    items: ['ipaq_7_cope_a_85'],
    reason: 'two rules of this follow-up are not in the database',
  },
];

export function isKnownGap(claim: Claim): Gap | undefined {
  if (!('item' in claim)) return undefined;
  const key = keyText(claim.item);
  const label = claim.fact === 'optionStandard' ? claim.label : undefined;
  return KNOWN_GAPS.find(
    (g) =>
      g.source === claim.source &&
      g.fact === claim.fact &&
      (g.items.includes(key) || (label !== undefined && g.items.includes(`${key}:${label}`))) &&
      (!g.labels || (label !== undefined && g.labels.test(label))),
  );
}
