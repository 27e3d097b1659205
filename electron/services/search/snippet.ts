// Snippets are returned as safe HTML: the text escaped, matches wrapped in <mark>.
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

export function escapeHtml(s: string): string {
  return SPECIAL.test(s) ? s.replace(/[&<>"']/g, (c) => ESC[c]!) : s;
}

/** FTS5 marks matches with \u0002 … \u0003; anything else is escaped. */
export function highlight(raw: string): string {
  return escapeHtml(raw.replace(/[\u0000\u0001\u0004-\u001f]/g, ' ')).replace(/\u0002/g, '<mark>').replace(/\u0003/g, '</mark>');
}
