// Which importer reads which source format (the manifest's `format`).
import { importC2fCodeSystem, importC2fSheet, importC2fVersion } from './codebook-to-fhir';
import { importCurationBranching } from './curation/branching';
import { importCopeSuppression } from './curation/cope-suppression';
import { importOmopConcept } from './curation/omop-concept';
import { importRdrObservation } from './curation/rdr-observation';
import { importSmokingLookup } from './curation/smoking-lookup';
import { DATA_BROWSER_IMPORTERS } from './data-browser';
import { importFhirQuestionnaire } from './fhir-questionnaire';
import { importInstrumentPdf } from './instrument-pdf';
import { importAllofusRda } from './allofus-rda';
import { importRedcapDictionary } from './redcap-dictionary';
import type { Importer } from './types';
import { importWorkbenchCriteria } from './workbench-criteria';
import { importWorkgroupXlsx } from './workgroup-xlsx';

export const IMPORTERS: Readonly<Record<string, Importer>> = {
  ...DATA_BROWSER_IMPORTERS,
  'c2f-sheet': importC2fSheet,
  'c2f-codesystem': importC2fCodeSystem,
  'c2f-version': importC2fVersion,
  'fhir-questionnaire': importFhirQuestionnaire,
  'curation-branching': importCurationBranching,
  'curation-cope-suppression': importCopeSuppression,
  'curation-smoking-lookup': importSmokingLookup,
  'omop-concept': importOmopConcept,
  'rdr-observation': importRdrObservation,
  'workgroup-xlsx': importWorkgroupXlsx,
  'instrument-pdf': importInstrumentPdf,
  'workbench-ppi-criteria': importWorkbenchCriteria,
  'redcap-dictionary': importRedcapDictionary,
  'allofus-rda': importAllofusRda,
};
