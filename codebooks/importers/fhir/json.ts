// Strict JSON reading for the FHIR importers: UTF-8 only, syntax errors located by line, and
// small shape checks that name the JSON path and field of anything unexpected.
import { SourceError } from '../../errors';
import { readFileSync } from 'node:fs';
import { decodeUtf8 } from '../../read/text';

export type Obj = Record<string, unknown>;

export interface JsonDoc {
  file: string;
  text: string;
  value: unknown;
}

export function readJson(path: string, file: string): JsonDoc {
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = decodeUtf8(bytes, file);
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    // Name the JSON field the bad byte is in: the last key before the first replaced byte.
    const lossy = new TextDecoder('utf-8').decode(bytes);
    throw new SourceError(file, e.row, lastKeyBefore(lossy, lossy.indexOf('\ufffd')), e.problem);
  }
  if (text.trim() === '') throw new SourceError(file, 'line 1', 'resourceType', 'the file is empty; expected a FHIR Questionnaire');
  try {
    return { file, text, value: JSON.parse(text) };
  } catch (e) {
    const message = (e as Error).message;
    const offset = syntaxErrorOffset(text, message);
    const line = offset === null ? 'line unknown' : `line ${text.slice(0, offset).split('\n').length}`;
    const truncated = /end of JSON input/.test(message) ? ' (is the file truncated?)' : '';
    throw new SourceError(file, line, offset === null ? null : lastKeyBefore(text, offset), `not valid JSON${truncated}: ${shorten(message)}`);
  }
}

/** Node's JSON.parse gives a position, a snippet around the bad token, or nothing (truncated). */
function syntaxErrorOffset(text: string, message: string): number | null {
  const pos = /at position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  if (/end of JSON input/.test(message)) return text.trimEnd().length;
  const snip = /^Unexpected token '(.)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (snip) {
    const [, token, context] = snip as unknown as [string, string, string];
    const start = text.indexOf(context);
    if (start >= 0) return start + Math.max(0, context.indexOf(token, message.includes('...') ? 9 : 0));
  }
  return null;
}

/** The last object key that starts before `offset`; before any key, resourceType is what is due. */
function lastKeyBefore(text: string, offset: number): string | null {
  if (offset < 0) return null;
  const keys = [...text.slice(0, offset).matchAll(/"((?:[^"\\\n]|\\.)*)"\s*:/g)];
  return keys.length ? keys[keys.length - 1]![1]! : 'resourceType';
}

function shorten(message: string): string {
  const first = message.split('\n')[0]!;
  return first.length > 80 ? first.slice(0, 80) + '…' : first;
}

/** Finds the line of each `"linkId": "..."` so errors about a question can name a line. */
export function linkIdLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const re = /"linkId"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
  let line = 1;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    if (!lines.has(m[1]!)) lines.set(m[1]!, line);
  }
  return lines;
}

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An optional array of objects under `field`; anything else is an error at `where`. */
export function objects(file: string, where: string, node: Obj, field: string): Obj[] {
  const v = node[field];
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new SourceError(file, where, field, `expected a list, found ${kindOf(v)}`);
  v.forEach((item, i) => {
    if (!isObj(item)) throw new SourceError(file, `${where}.${field}[${i}]`, field, `expected an object, found ${kindOf(item)}`);
  });
  return v as Obj[];
}

/** An optional string field, trimmed; '' and absent give null. */
export function optString(file: string, where: string, node: Obj, field: string): string | null {
  const v = node[field];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new SourceError(file, where, field, `expected text, found ${kindOf(v)}`);
  return v.trim() || null;
}

export function kindOf(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v).slice(0, 30)}`;
}
