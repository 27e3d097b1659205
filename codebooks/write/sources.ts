// Writes versions, instruments and their citations, documents, printed questions and the
// question ↔ instrument links.
import type Database from 'better-sqlite3';
import type { MergedCodebook } from '../merge/merge';
import type { Ids } from './items';

export function writeVersions(db: Database.Database, cb: MergedCodebook, ids: Ids): void {
  const v = db.prepare('INSERT INTO module_versions (module_id, version, label, date, kind, source) VALUES (?, ?, ?, ?, ?, ?)');
  const vi = db.prepare('INSERT OR IGNORE INTO module_version_items (version_id, item_id, position, at) VALUES (?, ?, ?, ?)');
  for (const ver of cb.versions) {
    const m = ids.module.get(ver.slug);
    if (m === undefined) continue;
    const kind = cb.index.format({ source: ver.source }) === 'fhir-questionnaire' ? 'questionnaire' : 'wave';
    const id = Number(v.run(m, ver.version, ver.label, ver.date, kind, ver.source).lastInsertRowid);
    ver.itemKeys.forEach((k, pos) => {
      const item = ids.item.get(k);
      if (item !== undefined) vi.run(id, item, pos + 1, ver.itemAt.get(k) ?? null);
    });
  }
}

export function writeSources(db: Database.Database, cb: MergedCodebook, ids: Ids): void {
  const s = cb.sources;
  const ins = db.prepare('INSERT INTO instruments (key, short_name, name, organization, url, year, description) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const alias = db.prepare('INSERT INTO instrument_aliases (instrument_id, alias, evidence) VALUES (?, ?, ?)');
  const instrumentId = new Map<string, number>();
  for (const i of s.instruments) {
    const id = Number(ins.run(i.key, i.shortName, i.name, i.organization, i.url, i.year, i.description).lastInsertRowid);
    instrumentId.set(i.key, id);
    for (const a of i.aliases) alias.run(id, a, i.aliasEvidence.get(a) ?? null);
  }
  const cit = db.prepare('INSERT INTO instrument_citations (instrument_id, module_id, number, citation, year, url, source, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const c of s.citations) {
    cit.run(instrumentId.get(c.instrumentKey), c.module ? (ids.module.get(c.module) ?? null) : null, c.number, c.citation, c.year, c.url, c.source, c.at);
  }
  const doc = db.prepare('INSERT INTO documents (module_id, language, edition, title, pages, sha256, file, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const docFile = db.prepare('INSERT INTO document_files (document_id, file, source) VALUES (?, ?, ?)');
  const docId = new Map<string, number>();
  for (const d of s.documents) {
    const first = d.files[0]!;
    const id = Number(doc.run(d.module ? (ids.module.get(d.module) ?? null) : null, d.language, d.edition, d.title, d.pages, d.sha256, first.file, first.source).lastInsertRowid);
    docId.set(d.sha256, id);
    for (const f of d.files) docFile.run(id, f.file, f.source);
  }
  const pq = db.prepare(`INSERT INTO printed_questions (document_id, item_id, sequence, page, text, answers, footnotes, original_text,
    branching_prose, link_score, link_method) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const p of s.printed) {
    const d = p.documentSha ? docId.get(p.documentSha) : undefined;
    if (d === undefined) continue; // workgroup sheets are not documents; their facts live in question_sources
    const r = p.record;
    pq.run(d, p.itemKey ? (ids.item.get(p.itemKey) ?? null) : null, r.sequence, r.page ?? null, r.text, JSON.stringify(r.answers ?? []),
      JSON.stringify(r.footnotes), r.originalText ?? null, r.branchingProse ?? null, p.score, p.method);
  }
  const link = db.prepare('INSERT INTO question_sources (item_id, instrument_id, original_text, printed_text, source, at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const l of s.links) {
    const item = ids.item.get(l.itemKey);
    if (item === undefined) continue;
    link.run(item, l.instrumentKey ? (instrumentId.get(l.instrumentKey) ?? null) : null, l.originalText, l.printedText, l.source, l.at);
  }
  // Branching prose printed in the instruments, kept beside the structured rules.
  const br = db.prepare(`INSERT INTO branching (child_id, parent_id, answer_ids, shown_when, prose, source, at) VALUES (?, NULL, '[]', 'shown', ?, ?, ?)`);
  for (const p of s.printed) {
    if (!p.itemKey || !p.record.branchingProse || p.record.language !== 'en') continue;
    const item = ids.item.get(p.itemKey);
    if (item !== undefined) br.run(item, p.record.branchingProse, p.record.prov.source, p.record.page != null ? `page ${p.record.page}` : null);
  }
}

export function writeExternalCodesAndConflicts(db: Database.Database, cb: MergedCodebook, ids: Ids): void {
  const x = db.prepare('INSERT INTO external_codes (item_id, system, code, url, source) VALUES (?, ?, ?, ?, ?)');
  for (const i of cb.items.values()) for (const e of i.externalCodes) x.run(ids.item.get(i.key), e.system, e.code, e.url, e.source);
  const c = db.prepare('INSERT INTO conflicts (subject, item_id, field, chosen, chosen_source, other, other_source) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const k of cb.conflicts) {
    const item = ids.item.get(`c:${k.subject.toLowerCase()}`) ?? ids.item.get(`i:${k.subject}`) ?? null;
    const where = (p: { source: string; at?: string } | null) => (p ? p.source + (p.at ? ` (${p.at})` : '') : null);
    c.run(k.subject, item, k.field, k.chosen, where(k.chosenSource), k.other, where(k.otherSource));
  }
}
