// The whole merge: every importer's records → one consistent codebook, keeping every source's
// word as provenance and every disagreement as a conflict.
import type { ConceptRecord, ImportResult } from '../model/records';
import type { ManifestEntry } from '../sources/manifest';
import { mergeBranching, type MergedBranch } from './branching';
import type { Conflict } from './conflicts';
import { Identity, type Claim } from './identity';
import { mergeItems, type MergedItem } from './items';
import { mergeModules, type MergedModule } from './modules';
import { attachStandard, mergeOptions, optionOfLabel, type MergedOption } from './options';
import { inferAnswerIds } from './infer-answer-ids';
import { inferAnswerIdsFromValues } from './infer-from-values';
import { labelOnlyOptions } from './label-options';
import { bareCompositeLabels } from './composite-option-labels';
import { citeAnswerPages } from './answer-label-pages';
import { answerPages } from './printed-answer-pages';
import { answerIdsFromPdfs, type UntiedAnswerId } from './pdf-answer-ids';
import { genericAnswerIds } from './generic-answer-ids';
import { questionIdsFromPdfs } from './printed-question-ids';
import { computeCeilings, type Ceilings } from './ceilings';
import { namesFromDocuments } from './module-titles';
import { moduleOrdering } from './ordering';
import { mergeVersions, type MergedVersion } from './versions';
import { mergeSources, type MergedSources } from './provenance-sources';
import { answerLabelsOf } from './printed-answer-lists';
import { helpFromPdfs } from './printed-help';
import { sameWordingSources } from './same-wording-sources';
import { preferPrintedWording } from './printed-wording';
import { dropFieldPrompts } from './field-prompts';
import { unjoinParentWording } from './joined-parent-wording';
import { scopeSpanishToEnglish } from './spanish-scope';
import { questionsWithPrints } from './question-wordings';
import { tieTemplates, withTemplateTies } from './printed-templates';
import { SourceIndex } from './sources-index';
import { spanishFromPdfs } from './spanish-from-pdf';
import { alignedPrintLinks } from './spanish-print-links';
import { untieDroppedSpanish } from './dropped-spanish-prints';
import { spanishOfSameWording } from './spanish-same-wording';
import { dropSpanishOfOtherWording, holdSpanishOfOtherWording, settleHeldSpanish } from './answer-spanish-pairs';
import { guardSpanish, newGuardState, type SpanishMismatch } from './spanish-guard';
import { applyCodeAliases, resolveCodeTies } from './code-aliases';
import { withCodeCorrections } from './code-corrections';
import { withTruncatedCodes } from './truncated-codes';
import { retieByConceptId, RETIE_FIELD } from './retie-by-concept-id';
import { confirmAnswerIds, confirmedIdConflicts } from './confirm-answer-ids';

export interface SourceResult {
  entry: ManifestEntry;
  result: ImportResult;
}

export interface MergedCodebook {
  index: SourceIndex;
  modules: MergedModule[];
  items: Map<string, MergedItem>;
  /** module slug → item keys in instrument order */
  order: Map<string, string[]>;
  options: MergedOption[];
  branching: MergedBranch[];
  versions: MergedVersion[];
  sources: MergedSources;
  conflicts: Conflict[];
  notes: string[];
  meta: { key: string; value: string; source: string }[];
  /** Printed answer IDs of the instruments that no answer could be tied to, with the reason. */
  untiedAnswerIds: UntiedAnswerId[];
  /** What the raw files give per item, for the report's ceilings. */
  ceilings: Ceilings;
}

function spanishNote(m: SpanishMismatch): string {
  const at = m.prov.source + (m.prov.at ? ` (${m.prov.at})` : '');
  return `Spanish dropped (${m.why}, score ${m.score.toFixed(2)}): ${m.subject} [${at}] EN "${m.en}" / ES "${m.es}"`;
}

/** Answers that only appear inside option lists still become items. */
function conceptsFromOptions(results: ImportResult[]): ConceptRecord[] {
  const out: ConceptRecord[] = [];
  for (const r of results) {
    for (const o of r.options) {
      out.push({ ...o.question, kind: 'question', prov: o.prov });
      if (o.answer.code || o.answer.conceptId != null) {
        out.push({ ...o.answer, kind: 'answer', text: o.label?.en && !o.labelHereOnly ? { en: o.label.en } : undefined, prov: o.prov });
      }
    }
  }
  return out;
}

/**
 * Questions a version table alone names (COPE versions list some concept IDs no other source
 * has) still become items, so each release keeps every question it asked.
 */
function conceptsOnlyInVersions(results: ImportResult[], known: ConceptRecord[]): ConceptRecord[] {
  const ids = new Set(known.map((c) => c.conceptId).filter((id) => id != null));
  const out: ConceptRecord[] = [];
  for (const r of results) {
    for (const v of r.versions) {
      for (const q of v.questions) {
        if (q.ref.conceptId == null || q.ref.code || ids.has(q.ref.conceptId)) continue;
        ids.add(q.ref.conceptId);
        out.push({ conceptId: q.ref.conceptId, kind: 'question', module: v.module, prov: v.prov });
      }
    }
  }
  return out;
}

export function mergeAll(entries: ManifestEntry[], sourceResults: SourceResult[]): MergedCodebook {
  const index = new SourceIndex(entries);
  const raw = sourceResults.map((s) => s.result);
  const ties = withTruncatedCodes(withCodeCorrections(resolveCodeTies(raw), raw), raw);
  const confirmed = confirmAnswerIds(sourceResults.map((s) => applyCodeAliases(s.result, ties.canonical)));
  let results = confirmed.results;
  const notes = sourceResults.flatMap((s) => s.result.notes.map((n) => `${s.entry.id}: ${n}`));
  notes.push(...ties.notes, `${confirmed.confirmed.length} answer IDs a source pairs with an answer tied where another source lists them as the question's answer (conflicts code)`, ...confirmed.notes);
  const all = <K extends keyof ImportResult>(k: K): ImportResult[K] => results.flatMap((r) => r[k] as unknown[]) as ImportResult[K];

  const mods = mergeModules(all('modules'), index);
  const known = [...all('concepts'), ...conceptsFromOptions(results)];
  let concepts = [...known, ...conceptsOnlyInVersions(results, known)];
  const claims: Claim[] = [...mods.claims];
  for (const c of concepts) if (c.code && c.conceptId != null) claims.push({ ref: c, prov: c.prov });
  for (const o of all('options')) {
    if (o.answer.code && o.answer.conceptId != null) claims.push({ ref: o.answer, prov: o.prov });
  }
  const generic = genericAnswerIds(concepts);
  concepts.push(...generic);
  for (const c of generic) claims.push({ ref: c, prov: c.prov });
  notes.push(`${generic.length} generic PMI answer codes paired with the concept ID whose "PMI: ..." label names them`);
  const printedQuestions = questionIdsFromPdfs(all('printed'), concepts, new Identity(index, claims), mods.resolver);
  concepts.push(...printedQuestions);
  for (const c of printedQuestions) claims.push({ ref: c, prov: c.prov });
  notes.push(`instrument PDFs: ${printedQuestions.length} printed question IDs given to the coded question worded the same that no source gives an ID`);
  // Answer IDs printed in the instruments, tied to codes through the identity the other sources give.
  const fromPdfs = answerIdsFromPdfs(all('printed'), all('options'), concepts, new Identity(index, claims));
  concepts.push(...fromPdfs.concepts);
  for (const c of fromPdfs.concepts) claims.push({ ref: c, prov: c.prov });
  const u = fromPdfs.untied;
  notes.push(`instrument PDFs: ${fromPdfs.concepts.length} printed answer IDs tied to answer codes; not tied: ${u.noQuestion} (question unknown), ${u.noMatch} (no code's wording matches), ${u.ambiguous} (several codes match), ${u.sharedCode} (generic code shared by many questions)`);
  const stated = new Identity(index, claims);
  const inferred = inferAnswerIds(all('branching'), stated);
  notes.push(`${inferred.length} answer concept IDs inferred from branching rules two sources state alike (marked inferred in provenance)`);
  let identity = inferred.length ? new Identity(index, [...claims, ...inferred]) : stated;
  const retied = retieByConceptId(results, concepts, identity);
  ({ results, concepts } = retied);
  notes.push(`${retied.count} references giving a concept ID with another concept's code tied by the ID (conflicts ${RETIE_FIELD})`);
  let conflicts: Conflict[] = [...mods.conflicts, ...identity.conflicts, ...retied.conflicts];
  let { items, unresolvedModules } = mergeItems(concepts, identity, mods.resolver, index, conflicts);
  let opts = mergeOptions(all('options'), identity, index, conflicts);
  // A second pass when answers' value concepts name ID-only answers of the same question.
  const fromValues = inferAnswerIdsFromValues(opts.options, items);
  notes.push(`${fromValues.length} answer concept IDs inferred from value concepts that are ID-only answers of the same question (marked inferred)`);
  if (fromValues.length) {
    identity = new Identity(index, [...claims, ...inferred, ...fromValues]);
    conflicts = [...mods.conflicts, ...identity.conflicts, ...retied.conflicts];
    ({ items, unresolvedModules } = mergeItems(concepts, identity, mods.resolver, index, conflicts));
    opts = mergeOptions(all('options'), identity, index, conflicts);
  }
  conflicts.push(...confirmedIdConflicts(confirmed.confirmed, items, identity));
  for (const [name, n] of unresolvedModules) notes.push(`module name "${name}" is not known (${n} records): add it to codebooks/model/modules.ts`);
  for (const m of mods.unresolved) notes.push(`${m.prov.source}: module record ${m.code ?? m.name?.en ?? m.conceptId} matches no known module`);
  if (opts.unkeyed) notes.push(`${opts.unkeyed} option rows name no question and were skipped`);
  const branch = mergeBranching(all('branching'), identity);
  if (branch.unresolved) notes.push(`${branch.unresolved} branching rules name no child question and were skipped`);

  for (const a of ties.aliases) {
    const item = items.get(identity.key({ code: a.code }) ?? '');
    if (item) (item.aliases ??= []).push({ code: a.alias, prov: a.prov });
  }
  const order = moduleOrdering(concepts, items, identity, mods.resolver, index);
  const versions = mergeVersions(all('versions'), identity, mods.resolver, notes);
  const sources = mergeSources(all('instruments'), all('printed'), all('documents'), items, order, mods.resolver, entries, notes, answerLabelsOf(opts.options), branch.rules);
  conflicts.push(...sources.conflicts);
  namesFromDocuments(mods.modules, sources.documents);
  // After the PDFs are linked (by the wordings the sources give), so questions sharing the printed wording keep their links.
  const questions = questionsWithPrints(items, all('documents'), mods.resolver);
  const reworded = preferPrintedWording(items, questions, conflicts);
  notes.push(`${reworded.length} questions took the English wording their survey's PDF prints over a wording it does not print or another question's (in the conflicts report)`);
  const prompts = dropFieldPrompts(questions, index, conflicts);
  notes.push(`${prompts.length} questions whose chosen English was an entry field's prompt took the wording their survey's PDF prints: ${prompts.join(', ')}`);
  const unjoined = unjoinParentWording(items, questions, conflicts);
  notes.push(`${unjoined.length} follow-ups whose chosen English was their parent's wording joined to theirs took their own, which their survey's PDF prints: ${unjoined.join(', ')}`);
  const scoped = scopeSpanishToEnglish(items, conflicts);
  notes.push(`${scoped.length} questions' Spanish cut to the lines their English covers (a payload's lead-in or note left out): ${scoped.join(', ')}`);
  // Spanish that cannot translate its English is dropped before the PDFs fill the gaps, and again after.
  const guardState = newGuardState();
  const mismatches = guardSpanish(items, opts.options, conflicts, guardState);
  notes.push(`${untieDroppedSpanish(sources, mismatches)} Spanish prints untied: worded as a Spanish value the guard dropped`);
  const held = holdSpanishOfOtherWording(items, guardState);
  const spanish = spanishFromPdfs(sources.printed, items, opts.options, order);
  const settled = settleHeldSpanish(held, conflicts);
  notes.push(`${held.length} questions' Spanish translated another wording of the question ("this condition"): ${settled.replaced} took their Spanish PDF's print, ${held.length - settled.replaced - settled.restored} another source's, ${settled.restored} kept it (nothing else)`);
  // The links a re-tied print gave its first item go; its pair's item gets them below.
  const gone = new Set(spanish.retied.map((r) => `${r.from}|${r.print.record.prov.source}|${r.print.record.text}`));
  sources.links = sources.links.filter((l) => !gone.has(`${l.itemKey}|${l.source}|${l.printedText}`));
  sources.links.push(...alignedPrintLinks(sources));
  notes.push(`${spanish.retied.length} Spanish prints tied by a close wording re-tied to their English print's item`);
  notes.push(`instrument PDFs gave ${helpFromPdfs(sources.printed, items)} help texts (English and Spanish)`);
  const { filled: twins, labels: loopLabels } = spanishOfSameWording(items, opts.options);
  for (const k of twins) spanish.gaps.delete(k);
  notes.push(`${twins.length} questions took the Spanish of another question of their survey worded the same in English (the other of two, or an earlier repeat of their loop); ${loopLabels} answers of those repeats their loop's Spanish label`);
  notes.push(`Spanish instrument PDFs gave ${spanish.texts} question texts and ${spanish.labels} answer labels no other source had; ${spanish.unsure} questions left without Spanish because their pairing was not certain`);
  const labelled = labelOnlyOptions(concepts, items, opts.options, identity, index, sources.printed);
  for (const i of labelled.items) items.set(i.key, i);
  const untiedAnswerIds = fromPdfs.untiedList.filter((u) => !labelled.tiedIds.has(u.answerId));
  notes.push(`instrument PDFs: ${labelled.tiedIds.size} printed answer IDs given to answers known only by their label; ${untiedAnswerIds.length} printed answer IDs remain untied`);
  opts.options.push(...labelled.options);
  // Standard values named by label only (workbench rows) for the answers just made from labels.
  const labelledOf = new Map<string, MergedOption[]>();
  for (const o of labelled.options) labelledOf.set(o.questionKey, [...(labelledOf.get(o.questionKey) ?? []), o]);
  for (const r of opts.labelOnly) {
    const target = optionOfLabel(labelledOf.get(identity.key(r.question) ?? '') ?? [], r.label?.en);
    if (target) attachStandard(target, r);
  }
  mismatches.push(...guardSpanish(items, opts.options, conflicts, guardState));
  notes.push(`${mismatches.length} Spanish wordings dropped as no translation of their English (in the conflicts report)`);
  notes.push(`${dropSpanishOfOtherWording(items, conflicts, guardState).length} answers' Spanish dropped: its own record gives another English than the one chosen (in the conflicts report)`);
  for (const m of mismatches) notes.push(spanishNote(m));
  // Pages first: a composite's conflict then cites the page its chosen label's fact cites. Both
  // read the answers' pages from one reading of the documents.
  const pagesOf = answerPages(sources.documents);
  notes.push(`${citeAnswerPages(opts.options, items, sources.printed, pagesOf)} answer labels from PDFs cite the page the answer is printed on, after their question's`);
  notes.push(`${bareCompositeLabels(opts.options, items, sources.printed, pagesOf, conflicts)} options labelled "<question> - <answer>" took the answer as their question's English instrument prints it (or another source labels it)`);
  const ceilings = computeCeilings({ concepts, options: all('options'), branching: all('branching'), printed: sources.printed, claims: [...claims, ...inferred, ...fromValues] }, opts.options, identity, spanish.gaps);
  // Older codes worded as a printed question of their survey: the PDF gives their source too.
  const sameWording = sameWordingSources(sources.links, sources.printed, items);
  sources.links.push(...sameWording.links);
  for (const k of sameWording.keys) ceilings.source.add(k);
  for (const k of twins) ceilings.spanish.add(k);
  // Last, so no wording is taken from a template: it only gives the items their printed place and source.
  const templates = tieTemplates(sources.printed, items, sources.citations);
  sources.printed = withTemplateTies(sources.printed, templates);
  sources.links.push(...templates.links);
  for (const k of templates.keys) if (templates.links.some((l) => l.itemKey === k)) ceilings.source.add(k);
  notes.push(`instrument PDFs: ${templates.keys.length} questions tied to a print that stands for several ("Did [a, b, …] help?")`);
  const meta = all('meta').map((m) => ({ key: m.key, value: m.value, source: m.prov.source }));

  return { index, modules: mods.modules, items, order, options: opts.options, branching: branch.rules, versions, sources, conflicts, notes, meta, untiedAnswerIds, ceilings };
}
