// The relevance set: queries a researcher types, each with graded judgements of the items it
// should find, written by a reviewer from the real codebook (items looked up in
// build/codebooks.sqlite: codes, concept IDs and wordings as the items table holds them).
// Grades: 3 = what the query is for (the question asking it, the exact item); 2 = clearly about
// it (follow-ups, sibling questions, its topic); 1 = related (its answers, a passing mention).
// An item is named by its code (any letter case) or, for a code-less item, its concept ID.
export type Grades = Record<string, number>;
export interface Judged { q: string; kind: string; grades: Grades }

const g = (three: string[], two: string[] = [], one: string[] = []): Grades => {
  const out: Grades = {};
  for (const [grade, codes] of [[1, one], [2, two], [3, three]] as const) for (const c of codes) out[c.toLowerCase()] = grade;
  return out;
};

// Shared judgements of one topic, reused by its synonyms, stems, misspellings and translations.
// Smoking_DailySmokeStartingAge (added later, 2 like Smoking_NumberOfYears): the question is "How
// old were you when you first started regular cigarette smoking every day?" (codebook-to-fhir
// sheets/Lifestyle.csv, row 11), whatever entry prompt ("enter age") a payload gives in its place.
const SMOKE = g(['Smoking_SmokeFrequency', 'Smoking_100CigsLifetime', 'smoking_currentdailycigarette', 'copect_50_xx18'],
  ['HookahSmoking_CurrentHookahFrequency', 'CigarSmoking_CurrentCigarFrequency', 'smoking_averagedailycigarette', 'HookahSmoking_HookahSmokeParticipant',
    'CigarSmoking_CigarSmokeParticipant', 'copect_50_xx17', 'copect_50_xx19', 'Smoking_NumberOfYears', 'Smoking_SeriousQuitAttempt', 'Smoking_DailySmokeStartingAge'],
  ['SmokeFrequency_EveryDay', 'SmokeFrequency_SomeDays', 'SmokeFrequency_NotAtAll', 'AttemptQuitSmoking_CompletelyQuitAge', 'Smoking_SmokelessTobacco']);
const CIGARETTE = g(['Smoking_100CigsLifetime', 'smoking_currentdailycigarette', 'Smoking_SmokeFrequency', 'smoking_averagedailycigarette'],
  ['Smoking_CurrentDailyCigaretteNumber', 'Smoking_AverageDailyCigaretteNumber', 'attemptquitsmoking_completelyquit', 'copect_50_xx18'],
  ['copect_50_xx17', 'COPE_A_110', 'lifestyle_2_xx13', 'CigarSmoking_CigarSmokeParticipant']);
const ALCOHOL = g(['Alcohol_AlcoholParticipant', 'Alcohol_DrinkFrequencyPastYear', 'audit_c_1', 'Lifestyle_Alcohol'],
  ['Alcohol_AverageDailyDrinkCount', 'Alcohol_6orMoreDrinksOccurence', 'audit_c_2', 'audit_c_3', 'MentalHealth_AlcoholDisorderCurrently',
    'MentalHealth_HowOldWereYouAlcoholDisorder', 'MentalCondition_AlcoholUse_yes', 'MentalHealth_RxMedsforAlcoholDisorder'],
  ['nds_10', 'COPE_A_79', 'ace_2']);
const INSURANCE = g(['Insurance_HealthInsurance', 'basics_11', 'HealthInsurance_HealthInsuranceType', 'Insurance_InsuranceType', 'Insurance_TypeOfInsurance'],
  ['basics_11a', 'HealthInsurance_InsuranceTypeUpdate', 'Insurance_HealthcareCoverage', 'Insurance_InsuranceAccepted', 'TheBasics_Insurance', 'HealthcareAccess_Insurance'],
  ['HealthInsuranceType_Medicaid', 'HealthInsuranceType_Medicare', 'cope_a_262', 'COPE_A_60']);
const MARITAL = g(['MaritalStatus_CurrentMaritalStatus', 'basics_8'], ['TheBasics_MaritalStatus'],
  ['CurrentMaritalStatus_Married', 'CurrentMaritalStatus_Widowed', 'CurrentMaritalStatus_Divorced', 'CurrentMaritalStatus_NeverMarried']);
const PREGNANT = g(['Pregnancy_1PregnancyStatus', 'overallhealth_14b'], ['OverallHealth_Pregnancy'], ['cope_aou_xx_2', 'cope_a_278', 'cope_a_353']);
const DIABETES = g(['EndocrineCondition_Type2Diabetes_yes', 'EndocrineCondition_Type1Diabetes_yes', 'Endocrine_HowOldWereYouType2Diabetes', 'Endocrine_HowOldWereYouType1Diabetes'],
  ['Endocrine_Type1DiabetesCurrently', 'Endocrine_Type2DiabetesCurrently', 'Endocrine_RxMedsforType2Diabetes', 'Endocrine_RxMedsforType1Diabetes',
    'Endocrine_HowOldWereYouOtherDiabetes', 'EndocrineCondition_OtherDiabetes_yes', 'Endocrine_HowOldWereYouPrediabetes', 'endocrinecondition_prediabetes_yes'],
  ['Endocrine_OtherDiabetesCurrently', 'Endocrine_PrediabetesCurrently', 'Endocrine_RxMedsforOtherDiabetes', 'Endocrine_RxMedsforPrediabetes', 'OtherDiabetes_FreeTextBox', 'EndocrineCondition_PreDiabetes']);
const ASTHMA = g(['RespiratoryCondition_Asthma_yes', 'Respiratory_HowOldWereYouAsthma'], ['Respiratory_AsthmaCurrently', 'Respiratory_RxMedsforAsthma'],
  ['RespiratoryConditions_Asthma', 'HowOldWereYouAsthma_Child', 'MotherRespiratoryCondition_Asthma']);
const DENTIST = g(['HealthAdvice_SpokenToDentist', 'HealthAdvice_DentistVisits'], [], ['DentistVisits_1', 'DentistVisits_2to3', 'DentistVisits_16orMore']);
const CHIRO = g(['HealthAdvice_SpokenToChiropractor', 'HealthAdvice_ChiropractorVisits'], [],
  ['ChiropractorVisits_1', 'ChiropractorVisits_2to3', 'ChiropractorVisits_16orMore', 'SpokenToChiropractor_Yes', 'SpokenToChiropractor_No']);
const BLOOD_PRESSURE = g(['CirculatoryCondition_HighBloodPressure_yes', 'Circulatory_HowOldWereYouHypertension'],
  ['Circulatory_HypertensionCurrently', 'Circulatory_PrescribedMedsforHypertension'],
  ['CirculatoryConditions_Hypertension', 'MotherCirculatoryCondition_HighBloodPressure', 'FatherCirculatoryCondition_HighBloodPressure']);
const INCOME = g(['Income_AnnualIncome'], ['TheBasics_Income'], ['AnnualIncome_less10k', 'AnnualIncome_more200k', 'COPE_A_179', 'COPE_A_145', 'SDOH_38']);
const SLEEP = g(['Snap_HoursSleep', 'Snap_EnoughSleep', 'Snap_TroubleSleeping'],
  ['mhqukb_16', 'phq_9_3', 'phq9_3', 'RespiratoryCondition_SleepApnea_yes', 'Respiratory_HowOldWereYouSleepApnea'],
  ['tsu_ds5_13_xx8', 'HoursSleep_7to8', 'cidi5_14', 'Respiratory_SleepApneaCurrently']);
const VACCINE = g(['cdc_covid_xx', 'cdc_covid_xx_b', 'dmfs_28', 'dmfs_xx_1'],
  ['cdc_covid_xx_firstdose', 'cdc_covid_xx_seconddose', 'cdc_covid_xx_a', 'cdc_covid_xx_dose3', 'cdc_covid_xx_b_firstdose', 'dmfs_xx_1_additionaldose'],
  ['Snap_FluShot', 'cdc_covid_xx_symptom', 'cope_a_291']);
const DEPRESSION = g(['MentalCondition_Depression_yes', 'MentalHealth_HowOldWereYouDepression', 'phq_9_2', 'phq9_2'],
  ['MentalHealth_DepressionCurrently', 'MentalHealth_RxMedsforDepression', 'mhqukb_5', 'bfi2xs_9'],
  ['ace_1', 'mhqukb_31', 'mhqukb_30', 'OverallHealth_EmotionalProblem7Days']);
const STROKE = g(['CirculatoryCondition_Stroke_yes', 'Circulatory_HowOldWereYouStroke'], ['Circulatory_StrokeCurrently', 'Circulatory_RxMedsforStroke'],
  ['HowOldWereYouStroke_Child', 'Circulatory_HowOldWereYouTransientIschemicAttack']);
const HEART_ATTACK = g(['CirculatoryCondition_HeartAttack_yes', 'Circulatory_HowOldWereYouHeartAttack'], ['Circulatory_HeartAttackCurrently', 'Circulatory_RxMedsforHeartAttack'],
  ['CirculatoryConditions_HeartAttack', 'MotherCirculatoryCondition_HeartAttack', 'FatherCirculatoryCondition_HeartAttack']);
const EXERCISE = g(['Snap_ExercisePreference', 'Snap_ExerciseMethod', 'Snap_ExerciseTime'], ['SNAP_EXERCISEMETHOD_012019', 'SNAP_EXERCISEPREF_012019', 'SNAP_EXERCISETIME_012019', 'ipaq_1'],
  ['DancingReason_Exercise', 'COPE_A_156', 'ExerciseMethod_Sports', 'EnjoyMusic_Exercising', 'Activity_Exercising']);
const DRINK = g(['Alcohol_DrinkFrequencyPastYear', 'Alcohol_AverageDailyDrinkCount', 'audit_c_1'],
  ['Alcohol_6orMoreDrinksOccurence', 'audit_c_2', 'audit_c_3', 'Snap_Home', 'Alcohol_AlcoholParticipant'], ['Snap_Safe', 'Snap_NoCaffeine', 'Snap_CaffeineFeel', 'ace_2']);
const STRESS = g(['cpss_3', 'sdoh_cpss_3'], ['cope_s11', 'cdc_covid_19_21', 'mentalcondition_ptsd_yes', 'MentalHealth_HowOldWereYouPTSD'], ['pcl_1', 'pcl_2', 'MentalHealth_PTSDCurrently']);
const EMPLOYMENT = g(['Employment_EmploymentStatus', 'basics_12'], ['TheBasics_Employment', 'Employment_EmploymentWorkAddress'], ['EmploymentWorkAddress_City', 'EmploymentWorkAddress_ZipCode']);
const FLU = g(['Snap_FluShot', 'Snap_FluShotRepeat', 'Snap_FluShotGet'], ['Snap_FluShotBarrier', 'Snap_FluShotWorks', 'Snap_FluShotEffective', 'dmfs_28']);
const GENDER = g(['Gender_GenderIdentity'], ['Gender_CloserGenderDescription'], ['CloserGenderDescription_Unsure']);
const ORIENTATION = g(['TheBasics_SexualOrientation'], ['GenderIdentity_SexualityCloserDescription'], ['COPE_A_45', 'SDOH_37', 'SexualOrientation_Gay']);
const HISPANIC = g(['Hispanic_HispanicSpecific'], ['HispanicNoneOfTheseDescribeMe_HispanicFreeText'], ['HispanicSpecific_Mexican', 'HispanicSpecific_PuertoRican', 'HispanicSpecific_Cuban']);
const EDUCATION = g(['EducationLevel_HighestGrade'], ['TheBasics_EducationLevel'], ['COPE_A_145', 'SDOH_38']);
const HOUSING = g(['ips_1'], ['cu_covid', 'urs_8c'], ['COPE_A_212', 'CurrentHomeOwn_OtherArrangement']);
const ANXIOUS = g(['gad_7_1', 'gad7_1', 'cidi5_6'], ['OverallHealth_EmotionalProblem7Days']);

const exact = (code: string, question?: string): Grades => ({ ...(question ? g([], [], [question]) : {}), ...g([code]) });
const list = (kind: string, grades: Grades, ...qs: string[]): Judged[] => qs.map((q) => ({ q, kind, grades }));

export const JUDGED: Judged[] = [
  // Concept IDs: PPI question, answer and module concepts (items.concept_id, modules.concept_id).
  ...list('concept-id', exact('Gender_GenderIdentity'), '1585838'),
  ...list('concept-id', exact('gad_7_2'), '1333167'),
  ...list('concept-id', exact('DelayedMedicalCare_ElderlyCare'), '43529904'),
  ...list('concept-id', exact('MotherCancerCondition_OvarianCancer'), '43529679'),
  ...list('concept-id', exact('NervousSystem_RxMedsforChronicFatigue'), '43528850'),
  ...list('concept-id', exact('cdc_covid_xx_dose11'), '765954'),
  ...list('concept-id', exact('cidi5_19'), '1703899'),
  ...list('concept-id', exact('ips_6'), '40192410'),
  ...list('concept-id', exact('cpss_10'), '1332998'),
  ...list('concept-id', exact('OverallHealth_OutsideTravel6Month'), '1585815'),
  ...list('concept-id', exact('Cancer_HowOldWereYouBloodCancer'), '43530441'),
  ...list('concept-id', exact('InfectiousDiseases_HepatitisBCurrently'), '1384506'),
  ...list('concept-id', exact('cdc_covid_xx_seconddose'), '905048'),
  ...list('concept-id', exact('TheBasics'), '1586134'),
  ...list('concept-id', exact('Lifestyle'), '1585855'),
  ...list('concept-id', exact('HealthcareAccess'), '43528895'),
  // Codes, in whatever letter case a user types them.
  ...list('code', exact('Gender_GenderIdentity'), 'gender_genderidentity'),
  ...list('code', exact('Smoking_100CigsLifetime'), 'SMOKING_100CIGSLIFETIME'),
  ...list('code', exact('Income_AnnualIncome'), 'income_annualincome'),
  ...list('code', exact('Insurance_HealthInsurance'), 'Insurance_HealthInsurance'),
  ...list('code', exact('MaritalStatus_CurrentMaritalStatus'), 'maritalstatus_currentmaritalstatus'),
  ...list('code', exact('phq_9_3'), 'PHQ_9_3'),
  ...list('code', exact('audit_c_1'), 'audit_c_1'),
  ...list('code', exact('Pregnancy_1PregnancyStatus'), 'pregnancy_1pregnancystatus'),
  ...list('code', exact('HealthAdvice_SpokenToDentist'), 'HealthAdvice_SpokenToDentist'),
  ...list('code', exact('cdc_covid_xx_b'), 'cdc_covid_xx_b'),
  ...list('code', exact('Alcohol_AlcoholParticipant'), 'alcohol_alcoholparticipant'),
  ...list('code', exact('gad7_5'), 'gad7_5'),
  ...list('code', exact('sdoh_cpss_4'), 'SDOH_CPSS_4'),
  ...list('code', exact('CurrentMaritalStatus_Married', 'MaritalStatus_CurrentMaritalStatus'), 'currentmaritalstatus_married'),
  ...list('code', exact('SmokeFrequency_EveryDay', 'Smoking_SmokeFrequency'), 'SmokeFrequency_EveryDay'),
  // Code prefixes and code words: the question whose code part it is first, then its answers.
  ...list('code-prefix', g(['HealthAdvice_ChiropractorVisits'], ['ChiropractorVisits_1', 'ChiropractorVisits_2to3', 'ChiropractorVisits_4to5', 'ChiropractorVisits_16orMore']), 'chiropractorvisits'),
  ...list('code-prefix', g(['Smoking_SmokeFrequency'], ['SmokeFrequency_EveryDay', 'SmokeFrequency_SomeDays', 'SmokeFrequency_NotAtAll'], ['ElectronicSmoking_ElectricSmokeFrequency']), 'smokefrequency'),
  ...list('code-prefix', g(['Income_AnnualIncome'], ['AnnualIncome_less10k', 'AnnualIncome_10k25k', 'AnnualIncome_more200k']), 'annualincome'),
  ...list('code-prefix', g(['HealthAdvice_DentistVisits'], ['DentistVisits_1', 'DentistVisits_2to3', 'DentistVisits_16orMore']), 'dentistvisits'),
  ...list('code-prefix', g(['MaritalStatus_CurrentMaritalStatus'], ['CurrentMaritalStatus_Married', 'CurrentMaritalStatus_Divorced', 'CurrentMaritalStatus_NeverMarried']), 'currentmaritalstatus'),
  ...list('code-prefix', g(['audit_c_1', 'audit_c_2', 'audit_c_3']), 'audit_c'),
  ...list('code-prefix', g(['phq_9_1', 'phq_9_2', 'phq_9_3', 'phq_9_4', 'phq_9_5', 'phq_9_6', 'phq_9_7', 'phq_9_8', 'phq_9_9']), 'phq_9'),
  ...list('code-prefix', g(['gad_7_1', 'gad_7_2', 'gad_7_3', 'gad_7_4', 'gad_7_5', 'gad_7_6', 'gad_7_7']), 'gad_7'),
  ...list('code-prefix', g(['Hispanic_HispanicSpecific'], ['HispanicSpecific_Mexican', 'HispanicSpecific_Cuban', 'HispanicSpecific_PuertoRican']), 'hispanicspecific'),
  ...list('code-prefix', g(['HealthAdvice_SpokenToChiropractor', 'HealthAdvice_SpokenToDentist'], []), 'healthadvice_spoken'),
  // English words, as typed.
  ...list('word-en', SMOKE, 'smoke'),
  ...list('word-en', CIGARETTE, 'cigarette'),
  ...list('word-en', ALCOHOL, 'alcohol'),
  ...list('word-en', INSURANCE, 'insurance', 'health insurance'),
  ...list('word-en', MARITAL, 'marital', 'marital status'),
  ...list('word-en', PREGNANT, 'pregnant'),
  ...list('word-en', DIABETES, 'diabetes'),
  ...list('word-en', ASTHMA, 'asthma'),
  ...list('word-en', FLU, 'flu shot'),
  ...list('word-en', DENTIST, 'dentist'),
  ...list('word-en', CHIRO, 'chiropractor'),
  ...list('word-en', BLOOD_PRESSURE, 'blood pressure', 'hypertension'),
  ...list('word-en', GENDER, 'gender identity'),
  ...list('word-en', ORIENTATION, 'sexual orientation'),
  ...list('word-en', INCOME, 'income', 'annual income'),
  ...list('word-en', SLEEP, 'sleep'),
  ...list('word-en', VACCINE, 'vaccine'),
  ...list('word-en', DEPRESSION, 'depression'),
  ...list('word-en', STROKE, 'stroke'),
  ...list('word-en', HEART_ATTACK, 'heart attack'),
  ...list('word-en', EXERCISE, 'exercise'),
  ...list('word-en', DRINK, 'drink'),
  ...list('word-en', STRESS, 'stress'),
  ...list('word-en', EMPLOYMENT, 'employment'),
  ...list('word-en', HISPANIC, 'hispanic'),
  ...list('word-en', EDUCATION, 'education'),
  ...list('word-en', ANXIOUS, 'anxious'),
  // Spanish words, with and without accents.
  ...list('word-es', SMOKE, 'fumar', 'fuma'),
  ...list('word-es', CIGARETTE, 'cigarrillos'),
  ...list('word-es', INSURANCE, 'seguro médico', 'seguro medico'),
  ...list('word-es', PREGNANT, 'embarazada'),
  ...list('word-es', VACCINE, 'vacuna'),
  ...list('word-es', DENTIST, 'dentista'),
  ...list('word-es', BLOOD_PRESSURE, 'presión arterial', 'presion arterial'),
  ...list('word-es', MARITAL, 'estado civil'),
  ...list('word-es', INCOME, 'ingresos'),
  ...list('word-es', HOUSING, 'vivienda'),
  ...list('word-es', DIABETES, 'diabetes tipo'),
  ...list('word-es', DEPRESSION, 'depresión'),
  ...list('word-es', ALCOHOL, 'alcohol'),
  // Other forms of a word: stems should find them.
  ...list('stem-en', SMOKE, 'smoking', 'smoked', 'smokes'),
  ...list('stem-en', CIGARETTE, 'cigarettes'),
  ...list('stem-en', DRINK, 'drinks', 'drinking'),
  ...list('stem-en', VACCINE, 'vaccinated', 'vaccines'),
  ...list('stem-en', EXERCISE, 'exercising'),
  ...list('stem-en', PREGNANT, 'pregnancy'),
  ...list('stem-es', SMOKE, 'fumado', 'fuman'),
  ...list('stem-es', VACCINE, 'vacunado'),
  // Misspellings with one clear correction.
  ...list('miss', CIGARETTE, 'cigarete'),
  ...list('miss', ALCOHOL, 'alchohol'),
  ...list('miss', INSURANCE, 'insurence'),
  ...list('miss', DIABETES, 'diabtes'),
  ...list('miss', PREGNANT, 'pregnent'),
  ...list('miss', CHIRO, 'chiropracter'),
  ...list('miss', ASTHMA, 'asthama'),
  ...list('miss', BLOOD_PRESSURE, 'hypertenson'),
  ...list('miss', PREGNANT, 'embarazda'),
  ...list('miss', CIGARETTE, 'cigarrilos'),
];
