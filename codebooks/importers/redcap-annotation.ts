// What the app's REDCap export puts in "Field Annotation" that REDCap's own columns cannot hold:
// the PPI code as spelled (REDCap names are lower case), the concept IDs, the topic, and each
// choice's PPI code and IDs. One fact per line, readable by a person; read back by the importer.
export interface AnnotatedAnswer {
  code: string | null;
  conceptId: number | null;
  standardConceptId: number | null;
}

export interface Annotation {
  code: string | null;
  conceptId: number | null;
  topic: string | null;
  /** By REDCap choice code. */
  answers: Map<string, AnnotatedAnswer>;
}

const num = (s: string | undefined) => (s ? Number(s) : null);

export function writeAnnotation(a: Annotation, extra: string[] = []): string {
  const lines: string[] = [];
  if (a.code) lines.push(`PPI code: ${a.code}`);
  if (a.conceptId != null) lines.push(`PPI concept ID: ${a.conceptId}`);
  if (a.topic) lines.push(`PPI topic: ${a.topic}`);
  for (const [choice, x] of a.answers) {
    const facts = [x.code ? `PPI code ${x.code}` : null, x.conceptId != null ? `PPI concept ID ${x.conceptId}` : null, x.standardConceptId != null ? `standard concept ID ${x.standardConceptId}` : null];
    if (facts.some(Boolean)) lines.push(`Choice ${choice}: ${facts.filter(Boolean).join(', ')}`);
  }
  return [...lines, ...extra].join('\n');
}

export function readAnnotation(text: string): Annotation {
  const a: Annotation = { code: null, conceptId: null, topic: null, answers: new Map() };
  for (const line of text.split(/\r?\n/)) {
    const m = /^PPI (code|concept ID|topic): (.+)$/.exec(line.trim());
    if (m) {
      if (m[1] === 'code') a.code = m[2]!.trim();
      else if (m[1] === 'topic') a.topic = m[2]!.trim();
      else if (/^\d+$/.test(m[2]!.trim())) a.conceptId = Number(m[2]);
      continue;
    }
    const c = /^Choice ([^:]+): (.+)$/.exec(line.trim());
    if (!c) continue;
    const facts = c[2]!;
    a.answers.set(c[1]!.trim(), {
      code: /PPI code (\S+?)(?:,|$)/.exec(facts)?.[1] ?? null,
      conceptId: num(/PPI concept ID (\d+)/.exec(facts)?.[1]),
      standardConceptId: num(/standard concept ID (\d+)/.exec(facts)?.[1]),
    });
  }
  return a;
}
