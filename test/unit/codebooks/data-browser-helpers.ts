// Broken variants of the made-up Data Browser fixtures, written to a temporary folder, and a check
// that an import fails with a SourceError naming file, row and field.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { SourceError } from '../../../codebooks/errors';
import type { Importer, SourceFile } from '../../../codebooks/importers/types';
import { FIXTURES, fixtureSource } from '../../helpers/sources';
import { tempDirUntilAfterAll } from '../../helpers/temp-dir';

const dir = tempDirUntilAfterAll('made-up-data-browser-');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, 'data-browser', name), 'utf8');
}

/** A made-up file with the given content, presented as a source of `format`. */
export function variant(name: string, content: string | Uint8Array, format: string): SourceFile {
  const path = join(dir, name);
  writeFileSync(path, content);
  const base = fixtureSource('data-browser/made-up-survey_module.csv', format);
  return { entry: { ...base.entry, id: `fixture:${name}`, local: `made-up/${name}` }, path, name: `made-up/${name}` };
}

/** The import throws a SourceError whose message names the file and the given row and field. */
export async function expectSourceError(importer: Importer, file: SourceFile, row: RegExp | null, field: string | null) {
  let error: unknown;
  try {
    await importer(file);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(SourceError);
  const message = (error as SourceError).message;
  expect(message).toContain(file.name);
  if (row) expect(message).toMatch(row);
  if (field) expect(message).toContain(`field "${field}"`);
  return message;
}
