// What an English word left in the Spanish interface looks like: every English string of
// locales/en/*.json that its Spanish counterpart changes (with {{placeholders}} matching anything),
// and the data-derived labels the interface shows as words (field types, relationship names,
// provenance fields and places, dates as the PDFs print them), read from the database and the
// contract, never typed here. Text inside an element marked lang="en" (content) or <code> is not
// the interface's and is not looked at.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Relationship } from '../../../electron/contract/models';
import { fromDb } from './explorer';
import { PROJECT_ROOT } from './serve';

export interface Pattern {
  source: string;
  regex: string;
}

function leaves(o: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (typeof o === 'string') out.set(prefix, o);
  else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Placeholders that stand for numbers match digits only ("{{count}} answer" is not "prefer not to answer").
const NUMERIC = new Set(['count', 'total', 'n', 'formatted', 'page', 'pages', 'index', 'position', 'ms', 'facts', 'rows', 'questions', 'files', 'repos', 'row', 'other', 'year']);
const template = (s: string) =>
  s
    .split(/(\{\{\s*[\w.]+\s*\}\})/)
    .map((part, i) => (i % 2 === 0 ? escape(part) : NUMERIC.has(part.replace(/[{}\s]/g, '')) ? '[\\d.,\\s\u00a0]+' : '.+?'))
    .join('');

/** Patterns (anchored to a whole text node, give or take punctuation) of English interface text. */
export function englishOnlyPatterns(): Pattern[] {
  const out: Pattern[] = [];
  for (const file of readdirSync(join(PROJECT_ROOT, 'locales', 'en'))) {
    const read = (lang: string) => JSON.parse(readFileSync(join(PROJECT_ROOT, 'locales', lang, file), 'utf8')) as unknown;
    const en = leaves(read('en'), '', new Map());
    const es = leaves(read('es'), '', new Map());
    for (const [key, value] of en) {
      // Strings the same in both (PDF, CSV, LOINC) and ones too short to be a word are left out.
      if (es.get(key) === value || value.replace(/\{\{[^}]+\}\}/g, '').replace(/[^\p{L}]/gu, '').length < 3) continue;
      out.push({ source: `${file}:${key}`, regex: template(value) });
    }
  }
  const data = fromDb((db) => ({
    fieldTypes: (db.prepare('SELECT DISTINCT field_type AS v FROM items WHERE field_type IS NOT NULL').all() as { v: string }[]).map((r) => r.v),
    fields: (db.prepare('SELECT DISTINCT field AS v FROM provenance').all() as { v: string }[]).map((r) => r.v),
  }));
  for (const v of data.fieldTypes) out.push({ source: `items.field_type ${v}`, regex: escape(v) });
  for (const v of data.fields) out.push({ source: `provenance.field ${v}`, regex: escape(v) });
  for (const v of Relationship.shape.relationship.options) out.push({ source: `relationship ${v}`, regex: escape(v) });
  out.push({ source: 'provenance place', regex: '(row|page) \\d+.*' });
  return out;
}

/** An English date as the instrument PDFs print it, anywhere in a text ("versión del May 30, 2017"). */
export const ENGLISH_DATE = '\\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.? (\\d{1,2}, )?\\d{4}\\b';

/** Text nodes of the page that are interface text and read as English: "text ← source". */
export async function englishLeftovers(page: Page, patterns: Pattern[]): Promise<string[]> {
  return page.evaluate(
    ({ patterns, date }) => {
      const whole = patterns.map((p) => ({ source: p.source, re: new RegExp(`^[\\s(·:,.—-]*(${p.regex})[\\s):·,.…—-]*$`) }));
      const dateRe = new RegExp(date);
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent?.trim() ?? '';
        const el = n.parentElement;
        if (!text || !el || el.closest('[lang="en"], code, script, style, option[value="en"]')) continue;
        const hit = whole.find((p) => p.re.test(text));
        if (hit) found.push(`${text} ← ${hit.source}`);
        else if (dateRe.test(text)) found.push(`${text} ← an English date`);
      }
      return [...new Set(found)];
    },
    { patterns, date: ENGLISH_DATE },
  );
}
