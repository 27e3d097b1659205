// Human-readable output of the command line (without --json).
import type { ImportedFacts, ItemWithImports } from '../contract/imports';
import type { BranchAnswer, ItemDetail, SearchResult, Survey } from '../contract/models';

const both = (t: { en: string | null; es: string | null }) => [t.en && `EN ${t.en}`, t.es && `ES ${t.es}`].filter(Boolean).join('\n   ');
const strip = (html: string) => html.replace(/<\/?mark>/g, '*').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

export function surveysText(list: Survey[]): string {
  return list
    .map((s) => `${String(s.conceptId ?? '').padEnd(10)} ${s.status.padEnd(8)} ${String(s.questionCount).padStart(4)} questions  ${s.name.en}${s.name.es ? ` / ${s.name.es}` : ''}${s.pdfs.length ? `  (${s.pdfs.length} PDFs)` : ''}`)
    .join('\n');
}

/** A rule's answers as the app names them: code, else label, else "label unknown" with the ID. */
function answersText(answers: BranchAnswer[]): string {
  return answers.map((a) => a.code ?? a.text.en ?? a.text.es ?? `label unknown (ID ${a.conceptId ?? '?'})`).join(' or ');
}

export function itemText(d: ItemDetail & Pick<ItemWithImports, 'imported'>): string {
  const out = [`${d.kind} ${d.code ?? ''} ${d.conceptId != null ? `(concept ${d.conceptId})` : ''}${d.survey ? ` in ${d.survey.name}` : ''}`];
  if (d.reachedByAlias) out.push(`reached by the alias ${d.reachedByAlias}: the item's code is ${d.code}`);
  if (d.aliases?.length) out.push(`also coded: ${d.aliases.map((a) => `${a.code} [${a.source}${a.at ? ` ${a.at}` : ''}]`).join(', ')}`);
  if (d.ancestry.length) out.push(`path: ${d.ancestry.map((a) => a.code ?? a.text.en).join(' > ')}`);
  if (d.text.en || d.text.es) out.push(`   ${both(d.text)}`);
  if (d.fieldType) out.push(`field type: ${d.fieldType}`);
  if (d.answers.length) out.push('answers:', ...d.answers.map((a) => `  ${(a.code ?? '').padEnd(32)} ${String(a.conceptId ?? '').padEnd(10)} ${String(a.standardConceptId ?? '').padEnd(10)} ${a.text.en ?? ''}${a.text.es ? ` / ${a.text.es}` : ''}`));
  for (const b of d.branching) out.push(`asked ${b.when === 'shown' ? 'when' : 'unless'} ${b.parentCode ? `${b.parentCode} = ${answersText(b.answers)}` : ''}${b.text ? ` "${b.text}"` : ''}  [${b.source}]`);
  for (const b of d.leadsTo) out.push(`${b.when === 'shown' ? 'leads to' : 'skips'} ${b.childCode} when ${answersText(b.answers) || 'answered'}  [${b.source}]`);
  for (const s of d.sources) out.push(`source: ${s.name}${s.organization && s.organization !== s.name ? `, ${s.organization}` : ''}${s.year ? ` (${s.year})` : ''}${s.url ? ` ${s.url}` : ''}${s.originalText ? `\n   original: ${s.originalText}` : ''}`);
  if (d.usedBy.length) out.push(`answer of: ${d.usedBy.map((u) => u.code).join(', ')}`);
  if (d.children.length) out.push(`children: ${d.children.length}`);
  if (d.imported) out.push(...importedText(d.imported));
  return out.join('\n');
}

/** The user's Athena download on this item: IDs it fills, disagreements (never applied), mappings. */
function importedText(f: ImportedFacts): string[] {
  const from = `from your Athena download, version ${f.version ?? 'unknown'}`;
  const fact = (what: string, a: NonNullable<ImportedFacts['item']>) =>
    a.status === 'filled'
      ? `  ${what} ${a.code}: concept ${a.athenaConceptId} (${from}; the codebook has no ID)`
      : a.status === 'disagrees'
        ? `  ${what} ${a.code}: DISAGREES: your Athena download says ${a.athenaConceptId}; the bundled codebook's ${a.bundledConceptId} is kept`
        : `  ${what} ${a.code}: concept ${a.athenaConceptId} (agrees)`;
  return [
    `your Athena download (${f.importName}, version ${f.version ?? 'unknown'}):`,
    ...(f.item ? [fact('item', f.item)] : []),
    ...f.answers.map((a) => fact('answer', a)),
    ...f.relationships.map((r) => `  ${r.fromCode} ${r.relationship} ${r.conceptId}${r.name ? ` ${r.name}` : ''}${r.vocabularyId ? ` [${r.vocabularyId}${r.conceptCode ? ` ${r.conceptCode}` : ''}]` : ''}`),
  ];
}

export function searchText(r: SearchResult): string {
  if (r.hits.length === 0) return `no results${r.suggestions.length ? `; did you mean: ${r.suggestions.join(', ')}?` : ''}${r.resultsFor === '' ? ' (a single letter or digit finds only one-character words)' : ''}`;
  // What the results are of, where they are not the words asked for.
  const of = r.corrected ? `showing results for "${r.corrected}"\n` : r.resultsFor ? `no results; showing results for "${r.resultsFor}" (a single letter or digit finds only one-character words)\n` : '';
  return of + r.hits
    .map((h) => `${h.kind.padEnd(8)} ${(h.code ?? '').padEnd(36)} ${String(h.conceptId ?? '').padEnd(10)} ${strip(h.snippet).slice(0, 100)}`)
    .join('\n') + `\n(${r.hits.length} results in ${r.tookMs} ms)`;
}
