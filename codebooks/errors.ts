/**
 * A problem in one source or import file, located as precisely as the format allows. Its message
 * reads `file: row N, field "F": what is wrong`, one line, for the command line and the UI.
 */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | string | null,
    readonly field: string | null,
    readonly problem: string,
  ) {
    super(formatLocation(file, row, field) + problem);
    this.name = 'SourceError';
  }
}

function formatLocation(file: string, row: number | string | null, field: string | null): string {
  const parts = [file];
  const where: string[] = [];
  if (row !== null && row !== undefined) where.push(typeof row === 'number' ? `row ${row}` : row);
  if (field) where.push(`field "${field}"`);
  return parts.join('') + (where.length ? `: ${where.join(', ')}: ` : ': ');
}
