// Reads a text file line by line without holding it in memory (Athena CONCEPT.csv files have
// millions of rows). Strict UTF-8 per line, a leading BOM dropped, CRLF accepted.
import { createReadStream } from 'node:fs';
import { SourceError } from '../../errors';

export interface TextLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export async function* readLines(path: string, file: string): AsyncGenerator<TextLine> {
  let pending: Buffer = Buffer.alloc(0);
  let line = 0;
  let sawBytes = false;
  const decode = (bytes: Buffer): string => {
    line++;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end--;
    try {
      const text = decoder.decode(bytes.subarray(0, end));
      return line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
      throw new SourceError(file, line, null, 'this line is not UTF-8 (is the file in Latin-1, or not a text file?)');
    }
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    if (chunk.length > 0) sawBytes = true;
    let data = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let start = 0;
    for (let nl = data.indexOf(0x0a, start); nl >= 0; nl = data.indexOf(0x0a, start)) {
      const text = decode(data.subarray(start, nl));
      yield { line, text };
      start = nl + 1;
    }
    pending = Buffer.from(data.subarray(start));
    data = pending;
  }
  if (!sawBytes) throw new SourceError(file, null, null, 'the file is empty');
  if (pending.length > 0) {
    const text = decode(pending);
    yield { line, text };
  }
}

/** Splits one CSV line (no fields spanning lines); quotes are doubled inside quoted fields. */
export function splitCsvLine(text: string, delimiter: string): string[] | { unclosedAt: number } {
  if (delimiter === '\t') return text.split('\t');
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) return { unclosedAt: out.length };
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      const next = text.indexOf(delimiter, i);
      field += text.slice(i, next < 0 ? text.length : next);
      i = next < 0 ? text.length + 1 : next + 1;
    } else {
      const next = text.indexOf(delimiter, i);
      field = text.slice(i, next < 0 ? text.length : next);
      i = next < 0 ? text.length + 1 : next + 1;
    }
    out.push(field);
    if (i > text.length) return out;
  }
}
