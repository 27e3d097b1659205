// Imports through the worker thread, as the app and the command line run them: the file appears
// only when complete, a failed or cancelled import leaves nothing and keeps the previous one.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportJobs } from '../../../electron/services/imports/jobs';
import { importPath, listImports, removeImport } from '../../../electron/services/imports/store';
import { useTempDirs } from '../lists/helpers/temp-dir';
import { brokenCopy, MADE_UP_ATHENA } from './made-up-athena';

const temp = useTempDirs();
const jobsIn = (userDataDir: string, released: string[] = []) => new ImportJobs({ userDataDir, release: (id) => released.push(id) });
const folderFiles = (userDataDir: string) => readdirSync(join(userDataDir, 'imports')).sort();

describe('import jobs (worker thread)', () => {
  it('imports the made-up folder, lists it, and removes it', async () => {
    const dir = temp();
    const released: string[] = [];
    const jobs = jobsIn(dir, released);
    const job = await jobs.wait(jobs.start(MADE_UP_ATHENA).id);
    expect(job.status).toBe('done');
    expect(job.fraction).toBe(1);
    expect(released).toEqual(['athena']);
    expect(folderFiles(dir)).toEqual(['athena.sqlite']);
    const [info] = listImports(dir);
    expect(info).toMatchObject({ id: 'athena', kind: 'athena', name: 'made-up-athena', source: MADE_UP_ATHENA, version: 'made-up PPI 2099-01', rows: 13 });
    expect(removeImport(dir, 'athena')).toBe(true);
    expect(listImports(dir)).toEqual([]);
    expect(removeImport(dir, '../athena')).toBe(false);
  });

  it('a failed import leaves nothing behind and the previous import untouched', async () => {
    const dir = temp();
    const jobs = jobsIn(dir);
    await jobs.wait(jobs.start(MADE_UP_ATHENA).id);
    const before = statSync(importPath(dir, 'athena'));
    const bad = brokenCopy(temp(), 'CONCEPT.csv', (t) => t.replace('20170101', '2017-13-01'));
    const job = await jobs.wait(jobs.start(bad).id);
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/^CONCEPT\.csv: row 2, field "valid_start_date": "2017-13-01" is not a date/);
    expect(folderFiles(dir)).toEqual(['athena.sqlite']);
    expect(statSync(importPath(dir, 'athena')).mtimeMs).toBe(before.mtimeMs);
    expect(listImports(dir)[0]!.source).toBe(MADE_UP_ATHENA);
  });

  it('a cancelled import leaves nothing behind and the previous import untouched', async () => {
    const dir = temp();
    const jobs = jobsIn(dir);
    await jobs.wait(jobs.start(MADE_UP_ATHENA).id);
    const before = statSync(importPath(dir, 'athena')).mtimeMs;
    // Cancelled as soon as it starts: the worker stops at its first check, after the first chunk read.
    const { id } = jobs.start(MADE_UP_ATHENA);
    expect(jobs.cancel(id)!.status).toBe('running');
    const job = await jobs.wait(id);
    expect(job.status).toBe('cancelled');
    expect(folderFiles(dir)).toEqual(['athena.sqlite']);
    expect(statSync(importPath(dir, 'athena')).mtimeMs).toBe(before);
  });

  it('refuses a path that is neither a folder nor a .csv/.xlsx file', () => {
    expect(() => jobsIn(temp()).start(join(MADE_UP_ATHENA, 'nothing-here'))).toThrow(/nothing-here: no such file or folder/);
  });
});
