// Which releases each module has, and which source files define each one. One rule per kind of
// source (docs/releases.md): Data Browser version rows, FHIR questionnaires, dated instrument PDF
// editions, allofus COPE forms, and the newest snapshot (current instrument PDFs and codebooks).
import type Database from 'better-sqlite3';
import { editionDate, monthLabel, monthNumber, moduleCodeMonth, printedDate, versionDate } from './dates';

export type Role = 'version-table' | 'questionnaire' | 'codebook-form' | 'instrument-pdf' | 'snapshot';

export interface Evidence {
  role: Role;
  source: string;
  at: string | null;
  language: 'en' | 'es' | null;
  complete: boolean;
  note: string | null;
  versionId?: number;
  documentId?: number;
}

export interface Candidate {
  moduleId: number;
  slug: string;
  key: string;
  label: string;
  date: string | null;
  dateBasis: string | null;
  sortKey: string | null;
  snapshot: boolean;
  evidence: Evidence[];
}

/** Sources that describe a module as it stands in their snapshot (not a dated release). */
export const CURRENT_SNAPSHOT = ['data-browser:survey_metadata.csv', 'data-browser:bhp_survey_metadata.csv', 'data-browser:ehwb_survey_metadata.csv', 'data-browser:pfhh_qa_metadata.csv', 'allofus:aou_codebook.rda', 'ddharmon-ui:aou.csv'];
/** The last Data Browser snapshot that still lists the retired health-history modules. */
export const RETIRED_SNAPSHOT = ['data-browser@5552db7:survey_metadata.csv', 'allofus:aou_codebook.rda', 'ddharmon-ui:aou.csv'];
const VERSION_TABLE = 'data-browser:survey_version_metadata.csv';

interface ModuleRow { id: number; slug: string; code: string | null; status: string }
interface VersionRow { id: number; version: string; label: string | null; kind: string; source: string; n: number }
interface DocRow { id: number; language: 'en' | 'es'; edition: string | null; printed_version: string | null; file: string; source: string }

export function releaseCandidates(db: Database.Database, notes: string[]): Candidate[] {
  const modules = db.prepare('SELECT id, slug, code, status FROM modules ORDER BY id').all() as ModuleRow[];
  const versions = db.prepare(`SELECT v.id, v.version, v.label, v.kind, v.source, (SELECT count(*) FROM module_version_items x WHERE x.version_id = v.id) AS n
    FROM module_versions v WHERE v.module_id = ? ORDER BY v.id`);
  const docs = db.prepare('SELECT id, language, edition, printed_version, file, source FROM documents WHERE module_id = ? ORDER BY id');
  const inSnapshot = db.prepare(`SELECT count(*) AS n FROM provenance k JOIN provenance m ON m.item_id = k.item_id AND m.source = k.source AND m.field = 'module' AND m.context_id IS NULL
    WHERE k.source = ? AND k.field = 'kind' AND k.value IN ('question', 'topic') AND k.context_id IS NULL AND m.value = ?`);
  const out: Candidate[] = [];
  for (const mod of modules) {
    const list: Candidate[] = [];
    const add = (c: Omit<Candidate, 'moduleId' | 'slug'>) => {
      const full = { ...c, moduleId: mod.id, slug: mod.slug };
      list.push(full);
      return full;
    };
    const vs = versions.all(mod.id) as VersionRow[];
    const ds = docs.all(mod.id) as DocRow[];
    // Dated PDF editions, English and Spanish of one edition together.
    const editions = new Map<string, Candidate>();
    const undatedDocs: DocRow[] = [];
    for (const d of ds) {
      const ed = d.edition ? editionDate(d.edition) : null;
      const printed = !ed && d.printed_version ? printedDate(d.printed_version) : null;
      const pdf: Evidence = { role: 'instrument-pdf', source: d.source, at: d.file, language: d.language, complete: false, note: null, documentId: d.id };
      if (!ed && !printed) {
        undatedDocs.push(d);
        continue;
      }
      const key = ed ? ed.sortKey : printed!.slice(0, 4);
      const existing = editions.get(key);
      if (existing) {
        existing.evidence.push(pdf);
        continue;
      }
      const basis = ed ? `edition named in ${d.file}` : `"Version: ${d.printed_version}" printed in ${d.file}`;
      editions.set(key, add({ key: ed ? ed.date.toLowerCase() + (ed.month ? '' : '-' + d.edition!.split(/\s+/)[0]!.toLowerCase().replace(/[^a-z]/g, '')) : `${key}`, label: ed ? ed.label : `${key} edition`, date: ed ? ed.date : printed, dateBasis: basis, sortKey: ed ? ed.sortKey : printed, snapshot: false, evidence: [pdf] }));
    }
    // Data Browser version rows (COPE waves 1-6): each is paired with the PDF edition of the same
    // rank when there are as many monthly editions as versions; the PDF gives the month.
    const waves = vs.filter((v) => v.source === VERSION_TABLE).sort((a, b) => Number(a.version) - Number(b.version));
    const monthly = [...editions.values()].filter((c) => c.date && /^\d{4}-\d{2}$/.test(c.date)).sort((a, b) => a.sortKey!.localeCompare(b.sortKey!));
    const paired = waves.length > 0 && waves.length === monthly.length;
    if (waves.length && !paired) notes.push(`${mod.slug}: ${waves.length} Data Browser versions but ${monthly.length} monthly PDF editions: versions left undated`);
    waves.forEach((w, i) => {
      const ev: Evidence = { role: 'version-table', source: w.source, at: `version ${w.version}`, language: null, complete: true, note: null, versionId: w.id };
      if (paired) {
        const c = monthly[i]!;
        c.evidence.unshift(ev);
        c.dateBasis = `month of ${c.evidence.find((e) => e.role === 'instrument-pdf')!.at}, paired with Data Browser version ${w.version} by rank`;
      } else add({ key: `v${w.version}`, label: `Version ${w.version}`, date: null, dateBasis: null, sortKey: null, snapshot: false, evidence: [ev] });
    });
    // FHIR questionnaires: a release of their own, unless their date falls in the month of another.
    for (const v of vs.filter((x) => x.kind === 'questionnaire')) {
      const date = versionDate(v.version);
      const ev: Evidence = { role: 'questionnaire', source: v.source, at: `version ${v.version}`, language: null, complete: true, note: v.label, versionId: v.id };
      const same = date ? list.find((c) => c.date && c.date.length === 7 && date.startsWith(c.date)) : undefined;
      if (same) {
        same.evidence.push(ev);
        continue;
      }
      const codeMonth = date ? null : moduleCodeMonth(mod.code);
      add({
        key: `q${v.version.toLowerCase().replace(/[^a-z0-9.]/g, '')}`,
        label: date ? `Questionnaire ${v.version} (${monthLabel(date.slice(0, 7))})` : codeMonth ? monthLabel(codeMonth) : `Questionnaire ${v.version}`,
        date: date ?? codeMonth,
        dateBasis: date ? `date spelled by the version of ${v.source}` : codeMonth ? `month in the module code ${mod.code}` : null,
        sortKey: date ?? codeMonth,
        snapshot: false,
        evidence: [ev],
      });
    }
    // allofus forms named by a month ("COPE (July)") join the release of that month, if one.
    for (const v of vs.filter((x) => x.kind === 'wave' && x.source !== VERSION_TABLE)) {
      const month = monthNumber(v.version);
      const same = month ? list.filter((c) => c.date && c.date.length === 7 && Number(c.date.slice(5)) === month) : [];
      if (same.length === 1) same[0]!.evidence.push({ role: 'codebook-form', source: v.source, at: v.label ?? v.version, language: null, complete: false, note: null, versionId: v.id });
      else notes.push(`${mod.slug}: ${v.source} form "${v.label ?? v.version}" matches ${same.length} releases by month: not used`);
    }
    // The newest snapshot: undated (current) PDFs and the newest codebooks of the module.
    const snapshotSources = mod.status === 'current' ? CURRENT_SNAPSHOT : waves.length === 0 && undatedDocs.length > 0 ? RETIRED_SNAPSHOT : [];
    const snap: Evidence[] = undatedDocs.map((d) => ({ role: 'instrument-pdf', source: d.source, at: d.file, language: d.language, complete: false, note: 'undated instrument', documentId: d.id }));
    for (const s of snapshotSources) {
      if ((inSnapshot.get(s, mod.slug) as { n: number }).n > 0) snap.push({ role: 'snapshot', source: s, at: null, language: 'en', complete: false, note: null });
    }
    if (snap.length) {
      const current = mod.status === 'current';
      add({ key: current ? 'current' : 'last', label: current ? 'current' : 'last release', date: null, dateBasis: null, sortKey: null, snapshot: true, evidence: snap });
    } else if (undatedDocs.length) notes.push(`${mod.slug}: undated PDFs without a snapshot release`);
    out.push(...list);
  }
  return out;
}
