// Walks a DSTU2 Questionnaire's group/question/option nesting in document order into a flat
// list, checking the shape as it goes. Nested items keep a link to what encloses them.
import { SourceError } from '../../errors';
import { isObj, objects, optString, type Obj } from './json';
import { translation } from './translation';

export interface Place {
  /** JSON path, e.g. group.question[3].option[1] */
  path: string;
  /** How errors name the place: the path, plus the line of its linkId when known. */
  where: string;
}

export interface WalkedGroup extends Place {
  kind: 'group';
  code: string | null;
  title: string | null;
  text: string | null;
  /** The nearest enclosing group that carries a concept code (not the root). */
  topic: WalkedGroup | null;
}

export interface WalkedOption extends Place {
  code: string;
  display: string | null;
  es: string | null;
}

export interface WalkedQuestion extends Place {
  kind: 'question';
  code: string | null;
  linkId: string | null;
  text: string | null;
  es: string | null;
  type: string;
  repeats: boolean;
  options: WalkedOption[];
  topic: WalkedGroup | null;
  /** The question this one is nested inside, if any. */
  parent: WalkedQuestion | null;
  /** Set when the question sits inside an option: asked when `parent` is answered so. */
  shownWhen: WalkedOption | null;
}

export type Walked = WalkedGroup | WalkedQuestion;

interface Context {
  topic: WalkedGroup | null;
  parent: WalkedQuestion | null;
  shownWhen: WalkedOption | null;
}

export function walkQuestionnaire(file: string, root: Obj, lines: Map<string, number>): Walked[] {
  const out: Walked[] = [];
  const place = (path: string, node: Obj): Place => {
    const line = typeof node.linkId === 'string' ? lines.get(node.linkId) : undefined;
    return { path, where: line ? `${path} (line ${line})` : path };
  };
  const code = (p: Place, node: Obj): string | null => {
    const concepts = objects(file, p.where, node, 'concept');
    return concepts.length ? optString(file, `${p.where}.concept[0]`, concepts[0]!, 'code') : null;
  };

  // Children in the order their keys appear in the file.
  const children = (p: Place, node: Obj, ctx: Context) => {
    for (const key of Object.keys(node)) {
      if (key === 'group') objects(file, p.where, node, key).forEach((g, i) => visitGroup(`${p.path}.group[${i}]`, g, ctx));
      if (key === 'question') objects(file, p.where, node, key).forEach((q, i) => visitQuestion(`${p.path}.question[${i}]`, q, ctx));
    }
  };

  const visitGroup = (path: string, node: Obj, ctx: Context) => {
    const p = place(path, node);
    if (node.option !== undefined) throw new SourceError(file, p.where, 'option', 'answer options outside a question');
    const g: WalkedGroup = {
      kind: 'group',
      ...p,
      code: code(p, node),
      title: optString(file, p.where, node, 'title'),
      text: optString(file, p.where, node, 'text'),
      topic: ctx.topic,
    };
    out.push(g);
    const isRoot = path === 'group';
    children(p, node, { ...ctx, topic: !isRoot && g.code ? g : ctx.topic });
  };

  const visitQuestion = (path: string, node: Obj, ctx: Context) => {
    const p = place(path, node);
    const type = optString(file, p.where, node, 'type');
    if (!type) throw new SourceError(file, p.where, 'type', 'is missing');
    if (node.repeats !== undefined && typeof node.repeats !== 'boolean') throw new SourceError(file, p.where, 'repeats', 'expected true or false');
    const q: WalkedQuestion = {
      kind: 'question',
      ...p,
      code: code(p, node),
      linkId: optString(file, p.where, node, 'linkId'),
      text: optString(file, p.where, node, 'text'),
      es: translation(file, p.where, node, 'text', 'es'),
      type,
      repeats: node.repeats === true,
      options: [],
      ...ctx,
    };
    const opts = objects(file, p.where, node, 'option');
    if (opts.length && !q.code) throw new SourceError(file, p.where, 'concept', 'answer options belong to a question that has no code');
    out.push(q);
    for (const [i, o] of opts.entries()) {
      const op = { path: `${path}.option[${i}]`, where: `${p.where}.option[${i}]` };
      const c = optString(file, op.where, o, 'code');
      if (!c) throw new SourceError(file, op.where, 'code', 'the answer option has no code');
      if (q.options.some((x) => x.code === c)) throw new SourceError(file, op.where, 'code', `answer ${c} is listed twice for ${q.code}`);
      const option: WalkedOption = { ...op, code: c, display: optString(file, op.where, o, 'display'), es: translation(file, op.where, o, 'display', 'es') };
      q.options.push(option);
      // Not DSTU2, but if items are nested in an option, they are asked for that answer.
      if (isObj(o) && (o.question !== undefined || o.group !== undefined)) children(op, o, { topic: ctx.topic, parent: q, shownWhen: option });
    }
    children(p, node, { topic: ctx.topic, parent: q, shownWhen: null });
  };

  visitGroup('group', root, { topic: null, parent: null, shownWhen: null });
  return out;
}
