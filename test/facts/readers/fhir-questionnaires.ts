// api-payloads FHIR (DSTU2) questionnaires: each question's English and Spanish wording (the
// translation extension), its answer codes in order with their English and Spanish labels.
import { isPlaceholder, type Claim } from '../claims';
import { entries, jsonFile } from '../raw';

interface Translated {
  extension?: { url: string; extension?: { url: string; valueCode?: string; valueString?: string }[] }[];
}
interface Option {
  code: string;
  display?: string;
  _display?: Translated;
}
interface Node {
  concept?: { code: string }[];
  text?: string;
  _text?: Translated;
  option?: Option[];
  question?: Node[];
  group?: Node[] | Node;
}

const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';

export function spanish(t: Translated | undefined): string | undefined {
  for (const ext of t?.extension ?? []) {
    if (ext.url !== TRANSLATION) continue;
    const lang = ext.extension?.find((e) => e.url === 'lang')?.valueCode;
    const content = ext.extension?.find((e) => e.url === 'content')?.valueString;
    if (lang === 'es' && content) return content;
  }
  return undefined;
}

export async function questionnaires(): Promise<Claim[]> {
  const claims: Claim[] = [];
  for (const { id: source } of entries((e) => e.format === 'fhir-questionnaire')) {
    const doc = await jsonFile<{ group: Node }>(source);
    const module = doc.group.concept?.[0]?.code;
    const walk = (n: Node, path: string, isQuestion: boolean): void => {
      const code = n.concept?.[0]?.code;
      if (isQuestion && code) {
        const item = { code };
        if (module) claims.push({ source, at: path, fact: 'module', item, module: { code: module } });
        if (n.text && !isPlaceholder(n.text, code)) claims.push({ source, at: path, fact: 'text.en', item, text: n.text });
        const es = spanish(n._text);
        if (es && !isPlaceholder(es, code)) claims.push({ source, at: path, fact: 'text.es', item, text: es });
        n.option?.forEach((o, i) => {
          const label: { en?: string; es?: string } = {};
          if (o.display) label.en = o.display;
          const oes = spanish(o._display);
          if (oes) label.es = oes;
          claims.push({ source, at: `${path}.option[${i}]`, fact: 'option', item, answer: { code: o.code }, label });
        });
      }
      n.question?.forEach((q, i) => walk(q, `${path}.question[${i}]`, true));
      const groups = Array.isArray(n.group) ? n.group : n.group ? [n.group] : [];
      groups.forEach((g, i) => walk(g, `${path}.group[${i}]`, false));
    };
    walk(doc.group, 'group', false);
  }
  return claims;
}
