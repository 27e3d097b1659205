// An answer printed without its box, at the indent of the wrapped text of the answer above it
// (COPE Nov 2020 ES p.6: "❏ Úlceras o ampollas … de los pies" / "Ninguna de las opciones
// anteriores"), reads as that answer's second line: nothing in the layout tells the two apart (a
// rule on capitals and short lines split 98 prints wrongly). So only a last line that the same
// document prints elsewhere as an answer of its own, boxed and on one line, is split off.
import type { Block } from './blocks';

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.\s]+$/, '').replace(/\s+/g, ' ').trim();

/** The blocks of each segment, with such lines as answers of their own (same list position). */
export function splitUnboxedAnswers(segments: Block[][]): Block[][] {
  const alone = new Set<string>();
  for (const blocks of segments) for (const b of blocks) if (b.kind === 'bullet' && b.lines.length === 1) alone.add(fold(b.lines[0]!.body));
  return segments.map((blocks) =>
    blocks.flatMap((b) => {
      const last = b.lines.at(-1)!;
      if (b.kind !== 'bullet' || b.lines.length < 2 || !/^[¿¡]?\p{Lu}/u.test(last.text) || !alone.has(fold(last.text))) return [b];
      return [{ ...b, lines: b.lines.slice(0, -1) }, { ...b, lines: [{ ...last, body: last.text, bodyX: last.x }] }];
    }),
  );
}
