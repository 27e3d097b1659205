// DDI-Codebook 2.5 XML (namespace ddi:codebook:2_5): one <var> per question with its question
// text in English and Spanish, help text as instructions, categories (PPI answer codes and
// labels in both languages), PPI code and concept IDs as <concept>, branching as <backward>,
// source instruments as notes on each variable and as related material of the study.
import type { ExportContext } from './context';
import { parentOf, type ExportForm, type FormQuestion, type FormSource } from './form';
import { OMOP_SYSTEM, PPI_SYSTEM } from './fhir';

const esc = (s: string) =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** <tag attrs>text</tag>, or nothing when there is no text. */
function el(tag: string, text: string | null | undefined, attrs: Record<string, string | undefined> = {}): string[] {
  if (text == null || text.trim() === '') return [];
  const a = Object.entries(attrs).filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${esc(v!)}"`).join('');
  return [`<${tag}${a}>${esc(text)}</${tag}>`];
}

const both = (tag: string, t: { en: string | null; es: string | null }) => [...el(tag, t.en, { 'xml:lang': 'en' }), ...el(tag, t.es, { 'xml:lang': 'es' })];

const indent = (lines: string[], n: number) => lines.map((l) => ' '.repeat(n) + l);

export function sourceCitation(s: FormSource): string {
  return [s.instrument && s.instrument !== s.name ? `${s.name} (${s.instrument})` : s.name, s.organization, s.year, s.url].filter(Boolean).join(', ');
}

function variable(q: FormQuestion, i: number, parent: FormQuestion | null, ids: Map<FormQuestion, number>): string[] {
  const n = i + 1;
  const answerIds = (a: FormQuestion['answers'][number]) =>
    [a.conceptId != null ? `PPI concept ID ${a.conceptId}` : null, a.standardConceptId != null ? `standard concept ID ${a.standardConceptId}` : null].filter(Boolean).join('; ');
  const condition = parent && q.condition
    ? `${q.condition.when === 'shown' ? 'Asked when' : 'Not asked when'} ${parent.code ?? parent.conceptId} is ${q.condition.answerCodes.join(' or ')}`
    : null;
  const body = [
    ...both('labl', { en: q.text.en ?? q.code, es: q.text.es }),
    `<qstn ID="Q${n}"${q.fieldType === 'multiple' ? ' responseDomainType="multiple"' : ''}>`,
    ...indent([
      ...both('qstnLit', q.text),
      ...(condition ? el('backward', condition, { qstn: `Q${ids.get(parent!)! + 1}` }) : []),
      ...q.prose.flatMap((p) => el('ivuInstr', `Branching: ${p}`, { 'xml:lang': 'en' })),
      ...both('ivuInstr', q.help),
    ], 2),
    '</qstn>',
    ...q.answers.flatMap((a) => [
      '<catgry>',
      ...indent([...el('catValu', a.code ?? (a.conceptId != null ? String(a.conceptId) : null)), ...both('labl', a.text), ...el('txt', answerIds(a))], 2),
      '</catgry>',
    ]),
    ...el('concept', q.code, { vocab: 'PPI', vocabURI: PPI_SYSTEM }),
    ...el('concept', q.conceptId != null ? String(q.conceptId) : null, { vocab: 'OMOP concept ID', vocabURI: OMOP_SYSTEM }),
    `<varFormat type="${q.answers.length > 0 || q.fieldType === 'text' || q.fieldType === 'date' ? 'character' : 'numeric'}"/>`,
    ...q.sources.flatMap((s) => el('notes', `Source instrument: ${sourceCitation(s)}${s.originalText ? `. Original wording: ${s.originalText}` : ''}`, { type: 'source instrument', subject: s.instrument ?? undefined })),
  ];
  const name = q.code ?? (q.conceptId != null ? String(q.conceptId) : `item_${n}`);
  return [`<var ID="V${n}" name="${esc(name)}"${q.fieldType === 'single' || q.fieldType === 'multiple' ? ' nature="nominal"' : ''}>`, ...indent(body, 2), '</var>'];
}

export function formToDdi(form: ExportForm, ctx: ExportContext): string {
  const parent = parentOf(form);
  const ids = new Map(form.questions.map((q, i) => [q, i]));
  const instruments = new Map<string, FormSource>();
  for (const q of form.questions) for (const s of q.sources) instruments.set(sourceCitation(s), s);
  const what = form.kind === 'list' ? 'Variable list' : 'All of Us Research Program participant survey';
  const study = [
    '<citation>',
    '  <titlStmt>',
    ...indent([...el('titl', form.title.en ?? form.name, { 'xml:lang': 'en' }), ...el('parTitl', form.title.es, { 'xml:lang': 'es' }), ...el('IDNo', form.code ?? form.name, { agency: form.code ? 'PPI' : undefined })], 4),
    '  </titlStmt>',
    '  <prodStmt>',
    ...indent([...el('producer', 'All of Us Research Program'), ...el('software', ctx.appName, { version: ctx.appVersion })], 4),
    '  </prodStmt>',
    ...indent(el('notes', `${what}${form.release ? `, release ${form.release}` : ''}; PPI codebook as of ${ctx.codebookAsOf ?? 'unknown'}; exported ${ctx.exportedAt}.`), 2),
    '</citation>',
    ...(instruments.size
      ? ['<othrStdyMat>', ...[...instruments.keys()].flatMap((c) => indent(el('relMat', c, { type: 'source instrument' }), 2)), '</othrStdyMat>']
      : []),
  ];
  const vars = form.questions.flatMap((q, i) => variable(q, i, parent(q), ids));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<codeBook xmlns="ddi:codebook:2_5" version="2.5" ID="${esc(`PPI-${form.name}`.replace(/[^\w.-]+/g, '-'))}" xml:lang="en">`,
    '  <stdyDscr>',
    ...indent(study, 4),
    '  </stdyDscr>',
    '  <dataDscr>',
    ...indent(vars, 4),
    '  </dataDscr>',
    '</codeBook>',
    '',
  ].join('\n');
}
