// What an import reports while it runs, and how it is told to stop.
export interface ImportProgress {
  /** The file being read (its name in the folder) or the step under way (words, indexes). */
  step: string;
  /** Share of the whole import done, 0 to 1. */
  fraction: number;
  rows: number;
}

export interface ImportHooks {
  progress(p: ImportProgress): void;
  /** True once the user cancelled; the import stops at its next check. */
  cancelled(): boolean;
}

export class ImportCancelled extends Error {
  constructor() {
    super('the import was cancelled');
    this.name = 'ImportCancelled';
  }
}

export const noHooks: ImportHooks = { progress: () => {}, cancelled: () => false };
