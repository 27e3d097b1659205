// Phenome-Health/ddharmon-ui aou.csv: a sample of the official codebook in REDCap form. States
// each item's answer codes (choices "Code, Label | ...") and its branching logic, read here only
// when it is a plain disjunction of `[parent] = 'Answer'` or `[parent(Answer)] = '1'` terms.
import type { Claim } from '../claims';
import { csvRows } from '../raw';

const TERM = /^\[([^\]()]+)(?:\(([^)]+)\))?\]\s*=\s*'([^']*)'$/;

export async function redcapSample(): Promise<Claim[]> {
  const source = 'ddharmon-ui:aou.csv';
  const claims: Claim[] = [];
  for (const { row, v } of await csvRows(source)) {
    const child = v['Item Concept'];
    if (!child) continue;
    const at = `data row ${row}`;
    for (const choice of (v['Choices, Calculations, OR Slider Labels'] ?? '').split(' | ')) {
      const answer = choice.slice(0, choice.indexOf(',')).trim();
      // A text field's one "choice" is its own code: no answer.
      if (answer && choice.includes(',') && answer.toLowerCase() !== child.toLowerCase()) claims.push({ source, at, fact: 'option', item: { code: child }, answer: { code: answer } });
    }
    const logic = (v['Branching Logic (Show field only if...)'] ?? '').trim();
    if (!logic) continue;
    const terms = logic.split(/\s+or\s+/).map((t) => TERM.exec(t.trim()));
    if (terms.some((t) => !t)) continue;
    for (const t of terms) {
      const [, parent, checked, value] = t!;
      const answer = checked ?? value;
      if (!parent || !answer || (checked && value !== '1')) continue;
      claims.push({ source, at, fact: 'branching', item: { code: child }, parent: { code: parent }, answer: { code: answer }, shown: 'shown' });
    }
  }
  return claims;
}
