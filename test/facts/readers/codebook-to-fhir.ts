// codebook-to-fhir's CodeSystem ppi.json: module > topic > question > answer, each with its code
// and display. States each question's module and wording and each question's answer codes.
import type { Claim } from '../claims';
import { jsonFile } from '../raw';

interface Concept {
  code: string;
  display?: string;
  property?: { code: string; valueCode: string }[];
  concept?: Concept[];
}

const typeOf = (c: Concept) => c.property?.find((p) => p.code === 'concept-type')?.valueCode;

export async function ppiCodeSystem(): Promise<Claim[]> {
  const source = 'codebook-to-fhir:ppi.json';
  const root = await jsonFile<{ concept: Concept[] }>(source);
  const claims: Claim[] = [];
  const walk = (c: Concept, path: string, module: string, question: string | null): void => {
    const type = typeOf(c);
    const at = path;
    if (type === 'Question') {
      claims.push({ source, at, fact: 'module', item: { code: c.code }, module: { code: module } });
      if (c.display) claims.push({ source, at, fact: 'text.en', item: { code: c.code }, text: c.display });
    }
    if (type === 'Answer' && question) claims.push({ source, at, fact: 'option', item: { code: question }, answer: { code: c.code } });
    const next = type === 'Question' ? c.code : question;
    c.concept?.forEach((child, i) => walk(child, `${path}.concept[${i}]`, module, next));
  };
  root.concept.forEach((m, i) => walk(m, `concept[${i}]`, m.code, null));
  return claims;
}
