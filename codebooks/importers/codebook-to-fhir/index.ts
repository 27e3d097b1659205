// The codebook-to-fhir importers, one per manifest format.
export { importC2fSheet } from './sheet'; // c2f-sheet
export { importC2fCodeSystem } from './codesystem'; // c2f-codesystem
export { importC2fVersion } from './version'; // c2f-version
