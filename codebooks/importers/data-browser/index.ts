// The Data Browser importers by manifest format.
import type { Importer } from '../types';
import { importConceptRelationship } from './concept-relationship';
import { importPfhhQa } from './pfhh-qa';
import { importQuestionConcept } from './question-concept';
import { importSurveyMetadata } from './survey-metadata';
import { importSurveyModule } from './survey-module';
import { importSurveyVersion } from './survey-version';

export { importConceptRelationship, importPfhhQa, importQuestionConcept, importSurveyMetadata, importSurveyModule, importSurveyVersion };

export const DATA_BROWSER_IMPORTERS: Record<string, Importer> = {
  'db-survey-metadata': importSurveyMetadata,
  'db-survey-module': importSurveyModule,
  'db-pfhh-qa': importPfhhQa,
  'db-survey-version': importSurveyVersion,
  'db-question-concept': importQuestionConcept,
  'db-concept-relationship': importConceptRelationship,
};
