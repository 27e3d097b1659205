// Wordings of one series, alike but for a word or two ("Please indicate if your daughter(s)
// has/have ever been diagnosed …" and "… if your son(s) …", FHH 2018): a wording-overlap match
// scores them alike on each other's pages, and the boilerplate they share can tip it to the
// wrong one (FHH 2018 English put the daughters' and grandparents' lists on p.12, the sons'
// question). A page printing a twin's own words and none of this wording's is the twin's.
import { foldText, shingles } from './page-match';

/** The 3-grams holding the words one wording has and its twin has not, and the twin's. */
export interface TwinWords {
  own: string[];
  twin: string[];
  /** Of `own`, those within a word of the run ("your daughter s", not "s has have"). */
  core: string[];
}

/** Both sides of a pair of twins. */
interface Pair extends TwinWords {
  twinCore: string[];
}

/** Longest differing run (words: "daughter(s) has/have" is four) for two wordings to be twins. */
const MAX_RUN = 4;
/** Fewest words the twins share around their runs: less is two different questions. */
const MIN_SHARED = 8;
/** Fewest words the twins share between two runs ("… your daughter(s) … these respiratory …"). */
const MIN_CORE = 3;

/** For each wording, what tells it from each of its twins among the other items' wordings (an
 *  item's own wordings, "(hours per day)" and "(minutes per day)", are no rivals). */
export function twinWords(wordings: Iterable<{ item: number; text: string }>): Map<string, TwinWords[]> {
  const owners = new Map<string, Set<number>>();
  for (const w of wordings) {
    const f = foldText(w.text);
    if (f.split(' ').length >= MIN_SHARED) owners.set(f, (owners.get(f) ?? new Set()).add(w.item));
  }
  const folded = [...owners.keys()];
  const split = folded.map((w) => w.split(' '));
  const out = new Map<string, TwinWords[]>();
  for (let a = 0; a < split.length; a++) {
    for (let b = a + 1; b < split.length; b++) {
      if ([...owners.get(folded[a]!)!].some((i) => owners.get(folded[b]!)!.has(i))) continue;
      for (const { twinCore, ...pair } of apart(split[a]!, split[b]!)) {
        push(out, folded[a]!, pair);
        push(out, folded[b]!, { own: pair.twin, twin: pair.own, core: twinCore });
      }
    }
  }
  return out;
}

function push(out: Map<string, TwinWords[]>, key: string, t: TwinWords): void {
  const list = out.get(key);
  if (list) list.push(t);
  else out.set(key, [t]);
}

/** Where `a` and `b` differ, one run or two (the relative and the kind of condition), each run's
 *  own 3-grams on either side; none unless twins. */
function apart(a: string[], b: string[]): Pair[] {
  if (Math.abs(a.length - b.length) > 2 * MAX_RUN) return [];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  if (midA.length <= MAX_RUN && midB.length <= MAX_RUN) return head + tail >= MIN_SHARED ? run(a, b, head, midA.length, midB.length) : [];
  if (midA.length > 2 * MAX_RUN + 12 || midB.length > 2 * MAX_RUN + 12) return [];
  const core = commonRun(midA, midB);
  if (!core || core.length < MIN_CORE || head + tail + core.length < MIN_SHARED) return [];
  const [firstA, firstB] = [core.atA, core.atB];
  const [lastA, lastB] = [midA.length - core.atA - core.length, midB.length - core.atB - core.length];
  if (Math.max(firstA, firstB, lastA, lastB) > MAX_RUN) return [];
  return [...run(a, b, head, firstA, firstB), ...run(a, b, head + firstA + core.length, lastA, lastB, head + firstB + core.length)];
}

/** The pair for one run: `runA` words of `a` at `atA`, `runB` of `b` at `atB`; none when either is empty. */
function run(a: string[], b: string[], atA: number, runA: number, runB: number, atB = atA): Pair[] {
  if (runA < 1 || runB < 1) return [];
  // The 3-grams that hold a word of the run: from two words before it to two words after it.
  const around = (w: string[], at: number, n: number, margin = 2) => shingles(w.slice(Math.max(0, at - margin), at + n + margin));
  const gramsA = new Set(shingles(a));
  const gramsB = new Set(shingles(b));
  const own = around(a, atA, runA).filter((g) => !gramsB.has(g));
  const twin = around(b, atB, runB).filter((g) => !gramsA.has(g));
  const core = around(a, atA, runA, 1).filter((g) => !gramsB.has(g));
  const twinCore = around(b, atB, runB, 1).filter((g) => !gramsA.has(g));
  return own.length && twin.length ? [{ own, twin, core, twinCore }] : [];
}

/** The longest run of words both middles share, and where. */
function commonRun(a: string[], b: string[]): { atA: number; atB: number; length: number } | null {
  let best: { atA: number; atB: number; length: number } | null = null;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let n = 0;
      while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) n++;
      if (n && (!best || n > best.length)) best = { atA: i, atB: j, length: n };
    }
  }
  return best;
}

/** The pages (0-based, by their 3-grams) printing some twin's own words and none of the wording's,
 *  where the document prints the wording's own words against that twin somewhere: when it does not
 *  (PMH prints "… first told you had this condition?" under each cancer), the twins are not told
 *  apart there. Words the wording repeats of the answer that opens it (`said`) are that answer's
 *  heading, not its own print ("o Hypertension (high blood pressure):", PMH 2018 p.3; its
 *  follow-ups are on p.4). `owns`: a page prints the words right around the wording's runs
 *  ("your daughter(s)", not "has/have ever"), which a page taken instead must (page-match.ts): PFHH
 *  English p.69 prints "who in your family has had other mental health … condition? Select all …",
 *  not FHH's "… a kidney condition? Select all that apply". */
export function twinsPages(pages: readonly ReadonlySet<string>[], twins: readonly TwinWords[], said: ReadonlySet<string>) {
  const out = new Set<number>();
  const holds = (p: number, grams: string[]) => grams.some((g) => pages[p]!.has(g));
  for (const t of twins) {
    const own = t.own.filter((g) => !said.has(g));
    if (!own.length || !pages.some((_, p) => holds(p, own))) continue;
    for (let p = 0; p < pages.length; p++) if (holds(p, t.twin) && !holds(p, own)) out.add(p);
  }
  const core = twins.flatMap((t) => t.core.filter((g) => !said.has(g)));
  return { pages: out, owns: (p: number) => holds(p, core) };
}
