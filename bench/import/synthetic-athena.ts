// Writes a synthetic Athena download (tab-separated, OMOP CDM v5 columns) of N concepts, with one
// relationship per concept and a synonym for every fourth one. Made-up names from a fixed word
// list and a seeded generator, so two runs write the same files. Never used by npm test.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { rng } from '../random';

export const WORDS = ('acute chronic pain fever cough asthma diabetes heart lung kidney liver blood pressure fracture injury ' +
  'infection viral bacterial syndrome disorder disease tablet capsule injection oral topical dose mg ml daily ' +
  'left right upper lower anterior posterior severe mild moderate history family screening test panel level ' +
  'serum plasma urine count ratio glucose insulin sodium potassium calcium protein enzyme antibody virus ' +
  'vaccine therapy surgery procedure imaging scan xray biopsy repair removal insertion replacement graft').split(' ');
export const VOCABS = ['SNOMED', 'RxNorm', 'RxNorm Extension', 'LOINC', 'ICD10CM', 'CPT4', 'NDC', 'PPI'];
const CLASSES = ['Clinical Finding', 'Clinical Drug', 'Lab Test', 'Procedure', 'Question'];

async function writeLines(path: string, header: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  out.write(header + '\n');
  let buf = '';
  for (let i = 0; i < count; i++) {
    buf += line(i) + '\n';
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

export async function writeSyntheticAthena(folder: string, concepts: number): Promise<void> {
  mkdirSync(folder, { recursive: true });
  const r = rng(20261129);
  const name = () => {
    const n = 2 + Math.floor(r() * 5);
    let s = '';
    for (let k = 0; k < n; k++) s += (k ? ' ' : '') + WORDS[Math.floor(r() * WORDS.length)];
    return s;
  };
  await writeLines(join(folder, 'VOCABULARY.csv'), 'vocabulary_id\tvocabulary_name\tvocabulary_reference\tvocabulary_version\tvocabulary_concept_id', VOCABS.length, (i) =>
    `${VOCABS[i]}\tSynthetic ${VOCABS[i]}\tsynthetic\tsynthetic-${i}\t${i + 1}`);
  await writeLines(join(folder, 'CONCEPT.csv'),
    'concept_id\tconcept_name\tdomain_id\tvocabulary_id\tconcept_class_id\tstandard_concept\tconcept_code\tvalid_start_date\tvalid_end_date\tinvalid_reason',
    concepts, (i) => `${i + 1000}\t${name()}\tCondition\t${VOCABS[i % VOCABS.length]}\t${CLASSES[i % CLASSES.length]}\t${i % 3 ? 'S' : ''}\tSYN${i.toString(36)}\t19700101\t20991231\t`);
  await writeLines(join(folder, 'CONCEPT_RELATIONSHIP.csv'), 'concept_id_1\tconcept_id_2\trelationship_id\tvalid_start_date\tvalid_end_date\tinvalid_reason', concepts, (i) =>
    `${i + 1000}\t${((i * 7919) % concepts) + 1000}\t${i % 2 ? 'Maps to' : 'Is a'}\t19700101\t20991231\t`);
  await writeLines(join(folder, 'CONCEPT_SYNONYM.csv'), 'concept_id\tconcept_synonym_name\tlanguage_concept_id', Math.floor(concepts / 4), (i) =>
    `${i * 4 + 1000}\t${name()}\t4180186`);
}
