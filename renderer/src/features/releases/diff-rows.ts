// The release diff as one flat list of changes: what the page filters and the CSV exports.
import type { ReleaseDiff } from '../../../../electron/contract/releases';
import { csvField } from '../../../../electron/services/export/csv';

export const CHANGE_KINDS = ['added', 'removed', 'unknown', 'reworded', 'options', 'branching', 'concepts'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ChangeRow {
  kind: ChangeKind;
  code: string | null;
  conceptId: number | null;
  detail: string;
  lang: string | null;
  before: string | null;
  after: string | null;
}

export function changeRows(d: ReleaseDiff): ChangeRow[] {
  const item = (kind: ChangeKind) => (x: { code: string | null; conceptId: number | null; text: string | null }): ChangeRow => ({ kind, code: x.code, conceptId: x.conceptId, detail: '', lang: null, before: kind === 'added' ? null : x.text, after: kind === 'added' ? x.text : kind === 'unknown' ? x.text : null });
  return [
    ...d.added.map(item('added')),
    ...d.removed.map(item('removed')),
    ...d.unknown.map(item('unknown')),
    ...d.reworded.map((r): ChangeRow => ({ kind: 'reworded', code: r.code, conceptId: r.conceptId, detail: '', lang: r.lang, before: r.before, after: r.after })),
    ...d.options.map((o): ChangeRow => ({ kind: 'options', code: o.code, conceptId: o.conceptId, detail: `${o.change}${o.answer ? ` ${o.answer}` : ''}`, lang: null, before: o.before, after: o.after })),
    ...d.branching.map((b): ChangeRow => ({ kind: 'branching', code: b.code, conceptId: b.conceptId, detail: b.change, lang: null, before: b.before, after: b.after })),
    ...d.concepts.map((c): ChangeRow => ({ kind: 'concepts', code: c.code, conceptId: c.after, detail: '', lang: null, before: c.before === null ? null : String(c.before), after: c.after === null ? null : String(c.after) })),
  ];
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Rows of one kind (or all), whose code, concept ID or wording contains the words typed. */
export function filterChanges(rows: ChangeRow[], show: string | undefined, q: string | undefined): ChangeRow[] {
  const words = fold(q ?? '').split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (show && show !== r.kind) return false;
    const hay = fold([r.code, r.conceptId, r.detail, r.before, r.after].filter((x) => x !== null).join(' '));
    return words.every((w) => hay.includes(w));
  });
}

export function changesCsv(d: ReleaseDiff, rows: ChangeRow[]): string {
  const head = ['from_release', 'to_release', 'change', 'code', 'concept_id', 'detail', 'language', 'before', 'after'];
  const lines = [head.join(',')];
  for (const r of rows) lines.push([d.from.id, d.to.id, r.kind, r.code, r.conceptId, r.detail, r.lang, r.before, r.after].map((v) => csvField(v ?? null)).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
