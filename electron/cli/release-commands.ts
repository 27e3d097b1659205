// The command line's release commands (docs/releases.md):
//   releases <module> | outline <module> [--release R] | diff <module> <from> <to> | align <module> [--release R] [--flagged]
import type { Outline } from '../contract/models';
import type { Alignment, Release, ReleaseDiff } from '../contract/releases';
import { surveyOutline } from '../services/outline';
import { alignment } from '../services/releases/align';
import { releaseDiff } from '../services/releases/diff';
import { listReleases } from '../services/releases/list';
import { releaseReport, type ReleaseReportRow } from '../services/releases/report';
import type { Codebook } from '../services/store';
import { flag, type Parsed, UsageError } from './args';

export const RELEASE_COMMANDS = new Set(['releases', 'outline', 'diff', 'align']);

const need = <T>(v: T | null, what: string): T => {
  if (v === null) throw new UsageError(`no survey "${what}"`);
  return v;
};

export function releaseCommand(db: Codebook, command: string, p: Parsed, json: boolean): string {
  const [, survey, ...rest] = p.positional;
  if (!survey) throw new UsageError(`${command} needs a survey (slug, code or concept ID)`);
  const out = (value: unknown, text: () => string) => (json ? JSON.stringify(value, null, 1) : text());
  switch (command) {
    case 'releases': {
      const list = need(listReleases(db, survey), survey);
      return out(list, () => releasesText(list));
    }
    case 'outline': {
      const o = need(surveyOutline(db, survey, flag(p, 'release')), survey);
      return out(o, () => outlineText(o));
    }
    case 'diff': {
      if (rest.length !== 2) throw new UsageError('diff needs a survey and two releases: diff <survey> <from> <to>');
      const d = need(releaseDiff(db, survey, rest[0]!, rest[1]!), survey);
      return out(d, () => diffText(d));
    }
    default: {
      const a = need(alignment(db, survey, flag(p, 'release')), survey);
      const rows = p.flags.has('flagged') ? a.rows.filter((r) => r.flags.length) : a.rows;
      return out(rows, () => alignText({ ...a, rows }));
    }
  }
}

const releasesText = (list: Release[]) =>
  list.map((r) => `${r.current ? '*' : ' '} ${r.id.padEnd(34)} ${r.label.padEnd(40)} ${(r.date ?? 'date unknown').padEnd(12)} ${String(r.questionCount).padStart(4)} questions  ${r.languages.join('/')}${r.complete ? '' : '  (partial: release unknown for unlisted items)'}`).join('\n');

function outlineText(o: Outline): string {
  const head = `${o.survey.name ?? o.survey.slug}${o.release ? ` — release ${o.release.label} (${o.release.id})` : ''}`;
  const lines = o.rows.map((r) => {
    const cond = r.condition?.opens.length ? `  [if ${r.condition.opens.map((a) => a.text.en ?? a.code).join(' or ')}]` : '';
    return `${'  '.repeat(r.depth)}${r.kind === 'topic' ? '# ' : ''}${r.code ?? r.conceptId ?? ''}  ${r.text.en ?? ''}${cond}`;
  });
  return [head, ...lines].join('\n');
}

function diffText(d: ReleaseDiff): string {
  const out = [`${d.from.label} (${d.from.id}) → ${d.to.label} (${d.to.id})`];
  const list = (title: string, items: { code: string | null; text: string | null }[]) => items.length && out.push(`${title} (${items.length}):`, ...items.map((i) => `  ${i.code ?? ''}  ${i.text ?? ''}`));
  list('added', d.added);
  list('removed', d.removed);
  list('release unknown (in one release, the other\'s sources are partial)', d.unknown);
  if (d.reworded.length) out.push(`reworded (${d.reworded.length}):`, ...d.reworded.map((r) => `  ${r.code ?? ''} [${r.lang}] ${r.words.map((w) => (w.kind === 'same' ? w.text : w.kind === 'added' ? `{+${w.text}+}` : `[-${w.text}-]`)).join('')}`));
  if (d.options.length) out.push(`options (${d.options.length}):`, ...d.options.map((o) => `  ${o.code ?? ''} ${o.change} ${o.answer ?? ''} ${o.before ?? ''} → ${o.after ?? ''}`));
  if (d.branching.length) out.push(`branching (${d.branching.length}):`, ...d.branching.map((b) => `  ${b.code ?? ''} ${b.change}: ${b.before ?? '-'} → ${b.after ?? '-'}`));
  if (d.concepts.length) out.push(`concept IDs (${d.concepts.length}):`, ...d.concepts.map((c) => `  ${c.code ?? ''} ${c.before} → ${c.after}`));
  return out.join('\n');
}

const alignText = (a: Alignment) =>
  [`${a.survey.name ?? a.survey.slug} — release ${a.release.label} (${a.release.id})`, ...a.rows.map((r) => `${(r.code ?? String(r.conceptId ?? '')).padEnd(40)} ${r.flags.join(',') || 'ok'}\n   EN ${r.en ?? '—'}\n   ES ${r.es ?? '—'}`)].join('\n');

export function releaseReportText(rows: ReleaseReportRow[]): string {
  const head = 'module                     releases  questions  known   undated releases; alignment flags of the default release';
  return [head, ...rows.filter((r) => r.releases > 0 || r.category === 'survey').map((r) => {
    const share = r.questions ? ((100 * r.known) / r.questions).toFixed(1) + '%' : '-';
    const flags = Object.entries(r.flags).map(([k, v]) => `${k} ${v}`).join(', ');
    return `${r.module.padEnd(26)} ${String(r.releases).padStart(8)} ${String(r.questions).padStart(10)} ${share.padStart(6)}   ${r.undated.join(', ') || '-'}; ${flags || 'no flags'}`;
  })].join('\n');
}

export { releaseReport };
