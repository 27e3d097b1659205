// The build report as text for the terminal.
import type { BuildReport, Share } from './report';
import { formatUnlabelled } from './option-labels';
import { formatCeilings } from './ceiling-report';

const pct = (s: Share) => `${(s.share * 100).toFixed(1)}%`.padStart(6);
const pctOrDash = (s: Share | null | undefined) => (s ? pct(s) : '     -');

export function formatReport(r: BuildReport): string {
  const lines: string[] = [];
  if (r.partial) {
    const n = r.partial.missing.length;
    lines.push(`PARTIAL BUILD: ${n} source file${n === 1 ? ' was' : 's were'} missing and left out on request (--partial); facts they give may be missing:`);
    for (const m of r.partial.missing) lines.push(`  ${m.file}: ${m.reason}`);
    lines.push('');
  }
  lines.push(`Codebook database built in ${r.buildSeconds.toFixed(1)} s (codebook as of ${r.codebookAsOf ?? 'unknown'})`);
  lines.push(Object.entries(r.counts).map(([k, v]) => `${k} ${v}`).join(', '));
  lines.push('');
  lines.push('module                     status   questions topics answers  spanish source  concept answers branching pdf en pdf es');
  for (const m of r.modules) {
    lines.push(
      `${m.slug.padEnd(26)} ${m.status.padEnd(8)} ${String(m.questions).padStart(9)} ${String(m.topics).padStart(6)} ${String(m.answers).padStart(7)}  ` +
        `${pct(m.withSpanish)} ${pct(m.withSource)} ${pct(m.withConceptId)} ${pct(m.withAnswers)} ${pct(m.withBranching)}   ` +
        `${pctOrDash(m.inPdfEn)} ${pctOrDash(m.inPdfEs)}`,
    );
  }
  const sc = r.surveyCoverage;
  if (sc) {
    lines.push(
      `${'surveys (not minute/admin)'.padEnd(26)} ${''.padEnd(8)} ${String(sc.questions).padStart(9)} ${''.padStart(6)} ${''.padStart(7)}  ` +
        `${pct(sc.withSpanish)} ${pct(sc.withSource)} ${pct(sc.withConceptId)} ${pct(sc.withAnswers)} ${pct(sc.withBranching)}`,
    );
  }
  const c = r.coverage;
  lines.push(
    `${'all'.padEnd(26)} ${''.padEnd(8)} ${String(c.questions).padStart(9)} ${''.padStart(6)} ${''.padStart(7)}  ` +
      `${pct(c.withSpanish)} ${pct(c.withSource)} ${pct(c.withConceptId)} ${pct(c.withAnswers)} ${pct(c.withBranching)}   ` +
      `${pctOrDash(r.pageIndex?.en)} ${pctOrDash(r.pageIndex?.es)}`,
  );
  if (r.pageIndex) {
    const p = r.pageIndex;
    lines.push(`questions on a PDF page (modules with PDFs): English ${p.en.count}/${p.en.of} ${pct(p.en).trim()}, Spanish ${p.es.count}/${p.es.of} ${pct(p.es).trim()}; of those with wording in the language: English ${pct(p.enWorded).trim()}, Spanish ${pct(p.esWorded).trim()} (${Object.entries(p.byMethod).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  }
  const a = r.answerCoverage;
  lines.push(`answer options ${a.options}: with code ${pct(a.withCode).trim()}, PPI concept ID ${pct(a.withConceptId).trim()}, standard concept ID ${pct(a.withStandardConceptId).trim()}, Spanish label ${pct(a.withSpanish).trim()}`);
  if (r.unlabelledOptions) lines.push(formatUnlabelled(r.unlabelledOptions));
  if (r.ceilings?.length) lines.push('', ...formatCeilings(r.ceilings));
  lines.push('');
  lines.push(`conflicts: ${r.conflicts.total} (${Object.entries(r.conflicts.byField).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  lines.push(`sources: ${r.sources.used} used, ${r.sources.missing.length} missing${r.sources.missing.map((m) => `\n  missing ${m.id}: ${m.reason}`).join('')}`);
  if (r.sources.withoutImporter.length) lines.push(`no importer yet for: ${r.sources.withoutImporter.join(', ')}`);
  if (r.notes.length) lines.push(`notes: ${r.notes.length} (see the JSON report)`);
  return lines.join('\n');
}
