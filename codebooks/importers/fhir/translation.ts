// FHIR primitive translations: a string element `text` may have a sibling `_text` whose
// extensions of this URL carry a `lang` code and the translated `content`.
import { SourceError } from '../../errors';
import { kindOf, objects, type Obj } from './json';

export const TRANSLATION_URL = 'http://hl7.org/fhir/StructureDefinition/translation';

/** The translation of `node[field]` into `lang`, trimmed; null when there is none. */
export function translation(file: string, where: string, node: Obj, field: string, lang: string): string | null {
  const meta = node['_' + field];
  if (meta === undefined || meta === null) return null;
  const at = `${where}._${field}`;
  if (typeof meta !== 'object' || Array.isArray(meta)) throw new SourceError(file, where, '_' + field, `expected an object, found ${kindOf(meta)}`);
  for (const [i, ext] of objects(file, at, meta as Obj, 'extension').entries()) {
    if (ext.url !== TRANSLATION_URL) continue;
    const parts = objects(file, `${at}.extension[${i}]`, ext, 'extension');
    const code = parts.find((p) => p.url === 'lang')?.valueCode;
    if (code !== lang) continue;
    const content = parts.find((p) => p.url === 'content')?.valueString;
    if (content === undefined) continue;
    if (typeof content !== 'string') {
      throw new SourceError(file, `${at}.extension[${i}]`, 'content', `expected text, found ${kindOf(content)}`);
    }
    if (content.trim()) return content.trim();
  }
  return null;
}
