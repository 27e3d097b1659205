import { readFileSync } from 'node:fs';
import { SourceError } from '../../errors';
import { emptyResult, type ImportResult, type ItemKind } from '../../model/records';
import { decodeUtf8 } from '../../read/text';
import type { Importer, SourceFile } from '../types';

const KINDS: Record<string, ItemKind> = { 'Module Name': 'module', Topic: 'topic', Question: 'question', Answer: 'answer' };

interface FhirConcept {
  code?: unknown;
  display?: unknown;
  property?: unknown;
  concept?: unknown;
}

interface Walk {
  file: SourceFile;
  result: ImportResult;
  seen: Map<string, string>;
  notUnderQuestion: string[];
}

/**
 * CodeSystem/ppi.json: the published code system, nested module > topic > question > answer.
 * Its children are not in the sheets' order (answers of most questions are shuffled), so it
 * gives no order or option position; the sheets do.
 */
export const importC2fCodeSystem: Importer = (file) => {
  const root = parseJson(file);
  if (typeof root !== 'object' || root === null || (root as { resourceType?: unknown }).resourceType !== 'CodeSystem') {
    throw new SourceError(file.name, '$', 'resourceType', 'is not "CodeSystem"');
  }
  const cs = root as { version?: unknown; date?: unknown; url?: unknown; concept?: unknown };
  const result = emptyResult();
  const prov = (at: string) => ({ source: file.entry.id, at });
  if (typeof cs.version === 'string') result.meta.push({ key: 'codebook-version', value: cs.version, prov: prov('version') });
  if (typeof cs.date === 'string') result.meta.push({ key: 'codebook-date', value: cs.date, prov: prov('date') });
  if (typeof cs.url === 'string') result.meta.push({ key: 'codesystem-url', value: cs.url, prov: prov('url') });
  if (!Array.isArray(cs.concept)) throw new SourceError(file.name, '$', 'concept', 'is not a list of concepts');

  const walk: Walk = { file, result, seen: new Map(), notUnderQuestion: [] };
  cs.concept.forEach((c, i) => visit(walk, c as FhirConcept, `concept[${i}]`, null, null));
  if (walk.notUnderQuestion.length) {
    const n = walk.notUnderQuestion;
    result.notes.push(`${file.name}: ${n.length} answers sit under a topic or module, not a question (${n.slice(0, 3).join(', ')}${n.length > 3 ? ', ...' : ''}); no options made for them`);
  }
  return result;
};

function visit(w: Walk, c: FhirConcept, path: string, parent: { code: string; kind: ItemKind } | null, module: string | null): void {
  if (typeof c !== 'object' || c === null) throw new SourceError(w.file.name, path, null, 'is not a concept object');
  if (typeof c.code !== 'string' || c.code.trim() === '') throw new SourceError(w.file.name, path, 'code', 'is missing or empty');
  const code = c.code.trim();
  const kind = kindOf(w.file, c, path);
  const display = typeof c.display === 'string' ? c.display.trim() : '';
  const prov = { source: w.file.entry.id, at: path };
  if (kind === 'module' && parent) w.result.notes.push(`${w.file.name}: module ${code} at ${path} is nested under ${parent.code}`);
  const mod = kind === 'module' && !parent ? code : module;

  const earlier = w.seen.get(code.toLowerCase());
  if (earlier) w.result.notes.push(`${w.file.name}: code ${code} at ${path} appears again (first at ${earlier})`);
  else w.seen.set(code.toLowerCase(), path);

  const text = display ? { en: display } : {};
  const topic = propertyValue(c, 'concept-topic');
  w.result.concepts.push({
    code,
    kind,
    module: mod,
    parent: parent ? { code: parent.code } : null,
    ...(topic && kind !== 'module' ? { topic } : {}),
    text,
    prov,
  });
  if (kind === 'module') w.result.modules.push({ code, name: text, slug: w.file.entry.module ?? null, prov });
  if (kind === 'answer') {
    if (parent?.kind === 'question') {
      w.result.options.push({ question: { code: parent.code }, answer: { code }, position: null, label: text, prov });
    } else w.notUnderQuestion.push(code);
  }

  if (c.concept === undefined) return;
  if (!Array.isArray(c.concept)) throw new SourceError(w.file.name, path, 'concept', 'is not a list of concepts');
  c.concept.forEach((child, i) => visit(w, child as FhirConcept, `${path}.concept[${i}]`, { code, kind }, mod));
}

function kindOf(file: SourceFile, c: FhirConcept, path: string): ItemKind {
  const type = propertyValue(c, 'concept-type');
  const kind = type === null ? undefined : KINDS[type];
  if (!kind) {
    throw new SourceError(file.name, path, 'property', `concept-type ${type === null ? 'is missing' : `"${type}" is not one of ${Object.keys(KINDS).join(', ')}`}`);
  }
  return kind;
}

function propertyValue(c: FhirConcept, name: string): string | null {
  if (!Array.isArray(c.property)) return null;
  const p = c.property.find((x: { code?: unknown }) => x && x.code === name) as { valueCode?: unknown; valueString?: unknown } | undefined;
  const v = p?.valueCode ?? p?.valueString;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function parseJson(file: SourceFile): unknown {
  const bytes = readFileSync(file.path);
  if (bytes.length === 0) throw new SourceError(file.name, 'line 1', 'resourceType', 'the file is empty; expected a FHIR CodeSystem');
  const text = decodeUtf8(bytes, file.name);
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const pos = /at position (\d+)/.exec(message);
    const offset = pos ? Number(pos[1]) : text.length;
    const line = text.slice(0, offset).split('\n').length;
    const truncated = offset >= text.length ? ' (is the file truncated?)' : '';
    throw new SourceError(file.name, `line ${line}`, null, `not valid JSON: ${message}${truncated}`);
  }
}
