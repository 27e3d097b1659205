// A search snippet with its matches highlighted, rendered as React text nodes (never as HTML).
// Only the matches are elements: the text between them is bare text nodes (fewer nodes to style).
import { parseSnippet } from './snippet';

export function Snippet({ html, lang }: { html: string; lang?: string | undefined }) {
  return (
    <span className="snippet" lang={lang}>
      {parseSnippet(html).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}
    </span>
  );
}
