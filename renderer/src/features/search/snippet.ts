// The search service returns snippets as escaped HTML whose only tags are <mark> and </mark>.
// Parsing them into text segments lets React render them without any HTML injection: anything
// else that looks like a tag stays literal text.
export interface SnippetSegment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function unescapeHtml(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);
}

export function parseSnippet(html: string): SnippetSegment[] {
  const out: SnippetSegment[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part) out.push({ text: unescapeHtml(part), mark });
  }
  return out;
}

/** The snippet as plain text, to tell which language's text it was cut from. */
export function snippetText(html: string): string {
  return parseSnippet(html)
    .map((s) => s.text)
    .join('');
}

/** Which language a snippet was taken from (its text appears in that language's wording). */
export function snippetLanguage(html: string, text: { en: string | null; es: string | null }): 'en' | 'es' | null {
  const plain = snippetText(html).replace(/…/g, '').trim().toLowerCase();
  if (!plain) return null;
  const probe = plain.slice(0, 40);
  if (text.en?.toLowerCase().includes(probe)) return 'en';
  if (text.es?.toLowerCase().includes(probe)) return 'es';
  return null;
}
