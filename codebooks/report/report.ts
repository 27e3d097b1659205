// The build report: counts per module, coverage, conflicts, missing files. Computed from the
// finished database itself, so it states what users will actually see.
import type Database from 'better-sqlite3';
import type { ModuleCeilings } from './ceiling-report';
import { share, type Share } from './share';
import { unlabelledOptions, type UnlabelledOptions } from './option-labels';

export type { Share };
export interface ModuleReport {
  slug: string;
  name: string | null;
  status: string;
  questions: number;
  topics: number;
  answers: number;
  withSpanish: Share;
  withSource: Share;
  withConceptId: Share;
  withAnswers: Share;
  withBranching: Share;
  /** Questions found on a page of the module's English / Spanish PDFs (null: the module has none). */
  inPdfEn: Share | null;
  inPdfEs: Share | null;
}
export interface MissingSource {
  id: string;
  /** The file as the manifest names it, relative to the sources folder. */
  file: string;
  reason: string;
}
export interface BuildReport {
  builtAt: string;
  buildSeconds: number;
  codebookAsOf: string | null;
  counts: Record<string, number>;
  coverage: { questions: number; withSpanish: Share; withSource: Share; withConceptId: Share; withAnswers: Share; withBranching: Share };
  /** The same over the questions of the survey modules only (not consents, contact forms, feedback or minute surveys). */
  surveyCoverage: BuildReport['coverage'];
  /** Answer options (question, answer pairs): with the answer's PPI concept ID, its standard concept ID, a Spanish label, a code. */
  answerCoverage: { options: number; withConceptId: Share; withStandardConceptId: Share; withSpanish: Share; withCode: Share };
  modules: ModuleReport[];
  /** Per survey module, answer options whose own label is missing in English. */
  unlabelledOptions?: UnlabelledOptions[];
  /** Per survey module, Spanish, source and answer-ID coverage beside the ceiling the raw files allow. */
  ceilings?: ModuleCeilings[];
  /** The page index over all modules that have PDFs, with how each page was found. */
  pageIndex: { en: Share; es: Share; enWorded: Share; esWorded: Share; byMethod: Record<string, number> };
  conflicts: { total: number; byField: Record<string, number>; examples: { subject: string; field: string; chosen: string | null; chosenSource: string | null; other: string; otherSource: string }[] };
  sources: { used: number; missing: MissingSource[]; withoutImporter: string[] };
  /** Set only when a build was asked to go on without some sources (--partial). */
  partial: { missing: MissingSource[] } | null;
  notes: string[];
}


const QUESTION_FLAGS = `
  SELECT i.id,
    i.text_es IS NOT NULL AS es,
    EXISTS (SELECT 1 FROM question_sources s WHERE s.item_id = i.id AND s.instrument_id IS NOT NULL) AS src,
    i.concept_id IS NOT NULL AS cid,
    EXISTS (SELECT 1 FROM options o WHERE o.question_id = i.id) AS ans,
    EXISTS (SELECT 1 FROM branching b WHERE b.child_id = i.id) AS br
  FROM items i WHERE i.kind = 'question'`;

function shares(rows: { es: number; src: number; cid: number; ans: number; br: number }[]) {
  const n = rows.length;
  const sum = (k: 'es' | 'src' | 'cid' | 'ans' | 'br') => rows.reduce((a, r) => a + r[k], 0);
  return {
    withSpanish: share(sum('es'), n),
    withSource: share(sum('src'), n),
    withConceptId: share(sum('cid'), n),
    withAnswers: share(sum('ans'), n),
    withBranching: share(sum('br'), n),
  };
}

function answerCoverage(db: Database.Database): BuildReport['answerCoverage'] {
  const r = db
    .prepare(`SELECT count(*) n, count(a.concept_id) cid, count(coalesce(o.standard_concept_id, a.standard_concept_id)) std,
        count(coalesce(o.label_es, a.text_es)) es, count(a.code) code FROM options o JOIN items a ON a.id = o.answer_id`)
    .get() as { n: number; cid: number; std: number; es: number; code: number };
  return { options: r.n, withConceptId: share(r.cid, r.n), withStandardConceptId: share(r.std, r.n), withSpanish: share(r.es, r.n), withCode: share(r.code, r.n) };
}

const PDF_SHARE = (byModule: boolean) => `
  SELECT ${byModule ? 'im.module_id AS m, ' : ''}count(*) AS of, count(CASE WHEN EXISTS (SELECT 1 FROM question_pages qp JOIN documents d ON d.id = qp.document_id
           WHERE qp.item_id = im.item_id AND d.module_id = im.module_id AND d.language = ?) THEN 1 END) AS n
    FROM item_modules im JOIN items i ON i.id = im.item_id
   WHERE i.kind = 'question' AND (? = 0 OR (CASE ? WHEN 'en' THEN i.text_en ELSE i.text_es END) IS NOT NULL)
     AND EXISTS (SELECT 1 FROM documents d WHERE d.module_id = im.module_id AND d.language = ?)${byModule ? ' GROUP BY im.module_id' : ''}`;

/** Share of the questions (only those with wording in `lang` when `wordedOnly`) of all modules with PDFs of `lang` found in them. */
function pdfShare(db: Database.Database, lang: 'en' | 'es', wordedOnly = false): Share {
  const r = db.prepare(PDF_SHARE(false)).get(lang, wordedOnly ? 1 : 0, lang, lang) as { of: number; n: number };
  return share(r.n, r.of);
}

/** The same per module, in one pass (a module without PDFs of `lang` is absent). */
function pdfShares(db: Database.Database, lang: 'en' | 'es'): Map<number, Share> {
  const rows = db.prepare(PDF_SHARE(true)).all(lang, 0, lang, lang) as { m: number; of: number; n: number }[];
  return new Map(rows.map((r) => [r.m, share(r.n, r.of)]));
}

/** Rows of a query whose first column is a module ID, by module. */
function byModule<T extends { m: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) (out.get(r.m) ?? out.set(r.m, []).get(r.m)!).push(r);
  return out;
}

function surveyCoverage(db: Database.Database, byId: Map<number, { es: number; src: number; cid: number; ans: number; br: number }>) {
  const ids = db
    .prepare(`SELECT DISTINCT im.item_id AS id FROM item_modules im JOIN modules m ON m.id = im.module_id WHERE m.category = 'survey'`)
    .all() as { id: number }[];
  const rows = ids.map((r) => byId.get(r.id)).filter((f): f is NonNullable<typeof f> => !!f);
  return { questions: rows.length, ...shares(rows) };
}

export function computeReport(
  db: Database.Database,
  extra: Pick<BuildReport, 'buildSeconds' | 'codebookAsOf' | 'sources' | 'notes' | 'partial'>,
): BuildReport {
  type Flags = { id: number; es: number; src: number; cid: number; ans: number; br: number };
  const flags = db.prepare(QUESTION_FLAGS).all() as Flags[];
  const byId = new Map(flags.map((f) => [f.id, f]));
  const modules = db
    .prepare(`SELECT id, slug, name_en, status FROM modules
      ORDER BY CASE category WHEN 'survey' THEN 0 WHEN 'minute' THEN 1 ELSE 2 END, position IS NULL, position, slug`)
    .all() as {
    id: number; slug: string; name_en: string | null; status: string;
  }[];
  // Grouped once rather than queried per module: item_modules has no index by module.
  const members = byModule(db.prepare(`SELECT im.module_id AS m, i.id, i.kind FROM item_modules im JOIN items i ON i.id = im.item_id`).all() as { m: number; id: number; kind: string }[]);
  const answers = new Map((db.prepare(`SELECT im.module_id AS m, count(DISTINCT o.answer_id) n FROM options o JOIN item_modules im ON im.item_id = o.question_id GROUP BY im.module_id`).all() as { m: number; n: number }[]).map((r) => [r.m, r.n]));
  const inPdf = { en: pdfShares(db, 'en'), es: pdfShares(db, 'es') };
  const moduleReports = modules.map((m): ModuleReport => {
    const rows = members.get(m.id) ?? [];
    const qs = rows.filter((r) => r.kind === 'question').map((r) => byId.get(r.id)!).filter(Boolean);
    return {
      slug: m.slug,
      name: m.name_en,
      status: m.status,
      questions: qs.length,
      topics: rows.filter((r) => r.kind === 'topic').length,
      answers: answers.get(m.id) ?? 0,
      ...shares(qs),
      inPdfEn: inPdf.en.get(m.id) ?? null,
      inPdfEs: inPdf.es.get(m.id) ?? null,
    };
  });
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const byField: Record<string, number> = {};
  for (const r of db.prepare('SELECT field, count(*) n FROM conflicts GROUP BY field ORDER BY n DESC').all() as { field: string; n: number }[]) byField[r.field] = r.n;
  const examples = db
    .prepare(`SELECT subject, field, chosen, chosen_source chosenSource, other, other_source otherSource FROM conflicts
      WHERE id IN (SELECT min(id) FROM conflicts GROUP BY field) OR id % 97 = 0 ORDER BY field LIMIT 40`)
    .all() as BuildReport['conflicts']['examples'];
  return {
    builtAt: new Date().toISOString(),
    ...extra,
    counts: {
      modules: count('SELECT count(*) n FROM modules'),
      topics: count(`SELECT count(*) n FROM items WHERE kind = 'topic'`),
      questions: flags.length,
      answers: count(`SELECT count(*) n FROM items WHERE kind = 'answer'`),
      options: count('SELECT count(*) n FROM options'),
      branchingRules: count('SELECT count(*) n FROM branching'),
      structuredBranchingRules: count('SELECT count(*) n FROM branching WHERE parent_id IS NOT NULL'),
      instruments: count('SELECT count(*) n FROM instruments'),
      questionSourceLinks: count('SELECT count(*) n FROM question_sources'),
      documents: count('SELECT count(*) n FROM documents'),
      printedQuestions: count('SELECT count(*) n FROM printed_questions'),
      printedLinked: count('SELECT count(*) n FROM printed_questions WHERE item_id IS NOT NULL'),
      versions: count('SELECT count(*) n FROM module_versions'),
      provenanceFacts: count('SELECT count(*) n FROM provenance'),
    },
    coverage: { questions: flags.length, ...shares(flags) },
    surveyCoverage: surveyCoverage(db, byId),
    answerCoverage: answerCoverage(db),
    unlabelledOptions: unlabelledOptions(db),
    modules: moduleReports,
    pageIndex: {
      en: pdfShare(db, 'en'),
      es: pdfShare(db, 'es'),
      enWorded: pdfShare(db, 'en', true),
      esWorded: pdfShare(db, 'es', true),
      byMethod: Object.fromEntries((db.prepare('SELECT method, count(*) n FROM question_pages GROUP BY method').all() as { method: string; n: number }[]).map((r) => [r.method, r.n])),
    },
    conflicts: { total: count('SELECT count(*) n FROM conflicts'), byField, examples },
  };
}
