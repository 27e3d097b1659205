// Runs an importer on a source that must fail, and checks the one-line message locates it.
import { expect } from 'vitest';
import type { Importer, SourceFile } from '../../../codebooks/importers/types';

export async function expectSourceError(importer: Importer, file: SourceFile, parts: RegExp[]): Promise<void> {
  let message = '';
  try {
    await importer(file);
  } catch (e) {
    expect((e as Error).name).toBe('SourceError');
    message = (e as Error).message;
  }
  expect(message).toContain(file.name);
  for (const p of parts) expect(message).toMatch(p);
  expect(message).not.toContain('\n');
}
