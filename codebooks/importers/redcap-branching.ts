// Parses simple REDCap branching logic into a structured rule. Understood: one parent field and
//   [q] = 'a' or [q] = 'b'          → shown when q is a or b
//   [q(a)] = '1' or [q(b)] = '1'    → shown when checkbox a or b of q is ticked
//   [q] <> 'a' and [q(b)] = '0'     → hidden when q is a or b
// Anything else (other operators, several parents, parentheses, mixed and/or) returns null and
// the caller keeps the text as prose only.
export interface ParsedBranching {
  parent: string;
  answers: string[];
  when: 'shown' | 'hidden';
}

const TERM =
  /\s*\[\s*([A-Za-z0-9_]+)\s*(?:\(\s*([^()\]]+?)\s*\))?\s*\]\s*(=|<>|!=)\s*(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?))\s*/y;
const JOIN = /(or|and)(?=[\s[])/iy;

export function parseBranching(logic: string): ParsedBranching | null {
  const text = logic.trim();
  if (!text) return null;
  const terms: { parent: string; answer: string; positive: boolean }[] = [];
  const joins = new Set<string>();
  let pos = 0;
  for (;;) {
    TERM.lastIndex = pos;
    const m = TERM.exec(text);
    if (!m) return null;
    pos = TERM.lastIndex;
    const [, field, choice, op] = m;
    const value = (m[4] ?? m[5] ?? m[6] ?? '').trim();
    let positive = op === '=';
    let answer = value;
    if (choice !== undefined) {
      // A checkbox term: '1' is ticked, '0' is not.
      if (value !== '1' && value !== '0') return null;
      if (value === '0') positive = !positive;
      answer = choice;
    }
    if (!answer) return null;
    terms.push({ parent: field!, answer, positive });
    if (pos >= text.length) break;
    JOIN.lastIndex = pos;
    const j = JOIN.exec(text);
    if (!j) return null;
    joins.add(j[1]!.toLowerCase());
    pos = JOIN.lastIndex;
  }
  const parent = terms[0]!.parent;
  if (terms.some((t) => t.parent.toLowerCase() !== parent.toLowerCase())) return null;
  const answers = [...new Set(terms.map((t) => t.answer))];
  const allPositive = terms.every((t) => t.positive);
  const allNegative = terms.every((t) => !t.positive);
  if (allPositive && !joins.has('and')) return { parent, answers, when: 'shown' };
  if (allNegative && !joins.has('or')) return { parent, answers, when: 'hidden' };
  return null;
}
