// The headless command line over the same services the app uses:
//   surveys | show <id|code>... [--user-data DIR] | search <query> [--lang en|es|any] [--survey S] [--kind K] [--instrument I] [--limit N]
//   report | build [--out FILE] [--partial]   (--json: only JSON on stdout)
//   export <list name | exported .json> --format csv|xlsx|json|sql|python|r|citation|fhir|redcap|ddi|atlas [--out FILE] [--user-data DIR]
//   export-survey <survey> [--release R] --format fhir|redcap|ddi|atlas [--out FILE]
//   import <Athena folder | codebook .csv/.xlsx> | imports | remove-import <id>   [--user-data DIR]
// Errors go to stderr as one line, with a non-zero exit.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultDbPath } from '../../codebooks/paths';
import { listSurveys } from '../services/surveys';
import { showItems } from '../services/item-detail';
import { search } from '../services/search/search';
import { openCodebook, storedReport } from '../services/store';
import type { BuildReport } from '../../codebooks/report/report';
import { flag, parseArgs, UsageError } from './args';
import { itemText, searchText, surveysText } from './text-output';
import { cliUserDataDir, exportCommand } from './export-command';
import { RELEASE_COMMANDS, releaseCommand, releaseReport, releaseReportText } from './release-commands';
import { importCommand, importsText, removeImportCommand } from './import-command';
import { listImports } from '../services/imports/store';
import { exportSurveyCommand } from './export-survey-command';
import { ImportedData } from '../services/imports/imported-data';
import { itemWithImports } from '../services/imports/item-with-imports';

function withImports<T>(userDataDir: string, f: (data: ImportedData) => T): T {
  const data = new ImportedData(userDataDir);
  try {
    return f(data);
  } finally {
    data.close();
  }
}

const USAGE = 'usage: cli surveys | show <conceptId|code>... [--user-data DIR] | releases <survey> | outline <survey> [--release R] | diff <survey> <from> <to> | align <survey> [--release R] [--flagged] | search <query> [--lang en|es|any] [--survey S] [--kind K] [--instrument I] [--limit N] | report | build [--out FILE] [--partial] | export <list name|file.json> --format csv|xlsx|json|sql|python|r|citation|fhir|redcap|ddi|atlas [--out FILE] [--user-data DIR] | export-survey <survey> [--release R] --format fhir|redcap|ddi|atlas [--out FILE] | import <path> | imports | remove-import <id>  [--json]';

const ROOT = resolve(import.meta.dirname, '..', '..');
const appIdentity = () => ({ name: 'PPI Explorer', version: (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version });

async function run(argv: string[]): Promise<string | null> {
  const p = parseArgs(argv);
  const json = p.flags.has('json');
  const [command, ...rest] = p.positional;
  const out = (value: unknown, text: () => string) => (json ? JSON.stringify(value, null, 1) : text());
  if (!command || p.flags.has('help')) throw new UsageError(USAGE);
  if (command === 'build') {
    const { buildCodebooks } = await import('../../codebooks/build');
    const { formatReport } = await import('../../codebooks/report/format');
    const report = await buildCodebooks({ out: flag(p, 'out') ?? defaultDbPath(), allowPartial: p.flags.has('partial'), log: (l) => process.stderr.write(l + '\n') });
    return out(report, () => formatReport(report));
  }
  if (command === 'import' || command === 'imports' || command === 'remove-import') {
    const userDataDir = cliUserDataDir(flag(p, 'user-data'), resolve(import.meta.dirname, '..', '..'));
    if (command === 'imports') return out(listImports(userDataDir), () => importsText(listImports(userDataDir)));
    if (command === 'remove-import') {
      const left = removeImportCommand(rest.join(' '), userDataDir);
      return out(left, () => `removed ${rest.join(' ')}\n${importsText(left)}`);
    }
    if (rest.length === 0) throw new UsageError('import needs the path of an Athena download folder or of a codebook file');
    const info = await importCommand(rest.join(' '), userDataDir, (l) => process.stderr.write(l + '\n'));
    return out(info, () => `imported ${info.name} as ${info.id}: ${info.rows.toLocaleString('en-US')} rows, version ${info.version ?? 'unknown'}${info.notes.map((n) => `\nnote: ${n}`).join('')}`);
  }
  const db = openCodebook(flag(p, 'db') ?? defaultDbPath());
  try {
    switch (command) {
      case 'surveys': {
        const list = listSurveys(db);
        return out(list, () => surveysText(list));
      }
      case 'show': {
        if (rest.length === 0) throw new UsageError('show needs a concept ID or a code');
        // Several keys, or one ID several items share: a list (JSON array); one item: the item.
        // Each with what the user's imports add (Athena facts; an imported codebook's own items).
        const found = withImports(cliUserDataDir(flag(p, 'user-data'), ROOT), (data) =>
          rest.map((key) => {
            const items = showItems(db, key);
            const user = items.length ? [] : [itemWithImports(data, null, key)].filter((i) => i !== null);
            return { key, items: [...items.map((i) => itemWithImports(data, i, key)!), ...user] };
          }),
        );
        const missing = found.filter((f) => f.items.length === 0).map((f) => `"${f.key}"`);
        if (missing.length) throw new UsageError(`no concept with ID or code ${missing.join(', ')}`);
        const all = found.flatMap((f) => f.items);
        if (found.length === 1 && all.length === 1) return out(all[0], () => itemText(all[0]!));
        const header = (f: (typeof found)[number]) => (f.items.length > 1 ? [`${f.key}: ${f.items.length} items share it`] : []);
        return out(all, () => found.flatMap((f) => [...header(f), ...f.items.map(itemText)]).join('\n\n'));
      }
      case 'search': {
        const limit = flag(p, 'limit');
        if (limit !== undefined && !/^\d+$/.test(limit)) throw new UsageError('--limit needs a whole number');
        const r = search(db, rest.join(' '), {
          lang: flag(p, 'lang') ?? 'any',
          survey: flag(p, 'survey'),
          kind: flag(p, 'kind'),
          instrument: flag(p, 'instrument'),
          limit: limit ? Number(limit) : undefined,
        });
        return out(r, () => searchText(r));
      }
      case 'report': {
        const report = storedReport<BuildReport>(db);
        if (!report) throw new UsageError('this database has no build report');
        const { formatReport } = await import('../../codebooks/report/format');
        const releases = releaseReport(db);
        return out({ ...report, releases }, () => `${formatReport(report)}\n\nReleases (docs/releases.md)\n${releaseReportText(releases)}`);
      }
      case 'export': {
        const o = { target: rest.join(' '), format: flag(p, 'format'), out: flag(p, 'out'), userDataDir: cliUserDataDir(flag(p, 'user-data'), ROOT) };
        return await exportCommand(db, { ...o, app: appIdentity() }, (l) => process.stderr.write(l + '\n'));
      }
      case 'export-survey': {
        const o = { survey: rest.join(' '), format: flag(p, 'format'), release: flag(p, 'release'), out: flag(p, 'out'), app: appIdentity() };
        return exportSurveyCommand(db, o, (l) => process.stderr.write(l + '\n'));
      }
      default:
        if (RELEASE_COMMANDS.has(command)) return releaseCommand(db, command, p, json);
        throw new UsageError(`unknown command "${command}". ${USAGE}`);
    }
  } finally {
    db.close();
  }
}

try {
  const output = await run(process.argv.slice(2));
  if (output !== null) process.stdout.write(output + '\n');
} catch (e) {
  const err = e as Error & { issues?: { path: (string | number)[]; message: string }[] };
  const msg = err.issues ? err.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ') : err.message;
  process.stderr.write(`error: ${msg.split('\n')[0]}\n`);
  process.exitCode = 1;
}
