// A paragraph for a methods section: the program, the surveys, the codebook date, this app and
// the public sources (repository and commit) its codebook database was built from.
import type { VariableList } from '../lists/schema';
import type { ExportContext } from './context';

const joinNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

export function listToCitation(list: VariableList, ctx: ExportContext): string {
  const surveys = [...new Set(list.entries.map((e) => e.survey?.name ?? e.survey?.slug).filter((n): n is string => !!n))];
  const n = list.entries.length;
  const sources = ctx.sources.map((s) => `${s.repo} (commit ${s.commit}${s.date ? `, ${s.date}` : ''})`);
  return [
    `We used ${n} survey question${n === 1 ? '' : 's'} from the All of Us Research Program participant surveys` +
      (surveys.length ? ` (${joinNames(surveys)} survey${surveys.length === 1 ? '' : 's'})` : '') +
      `, identified by their PPI concept codes and concept IDs as given in the PPI codebook as of ${ctx.codebookAsOf ?? 'an unknown date'}. ` +
      `The variable list ("${list.name}") was assembled with ${ctx.appName} ${ctx.appVersion}` +
      (sources.length ? `, whose codebook database was built from public sources: ${sources.join('; ')}.` : '.'),
    '',
    'We gratefully acknowledge All of Us participants for their contributions, without whom this research would not have been possible.',
    '',
  ].join('\n');
}
