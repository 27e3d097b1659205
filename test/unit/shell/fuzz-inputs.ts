// Seeded hostile inputs for the fuzz test: odd strings, odd JSON values, and near-valid arguments
// of every channel (a valid one with a field dropped, retyped or replaced by something odd).
import { pick, type Rng } from '../../../bench/random';
import type { Channel } from '../../../electron/contract/methods';

const STRINGS = [
  '', ' ', 'a', '1585860', '-1', '9'.repeat(30), 'Smoking_SmokeFrequency', 'lifestyle', 'the-basics', '¿Fuma?', 'fumar cigarrillos',
  '../../etc/passwd', '..\\..\\windows', '%2e%2e%2f', 'C:\\boot.ini', '\u0000', 'a\u0000b', '\u202e', '\uFEFF', '\uD800', '😀'.repeat(50),
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'; DROP TABLE items; --", '" OR 1=1 --', 'NEAR(a b)', '"*', '*', 'a*"', 'AND OR NOT',
  '__proto__', 'constructor', 'prototype', 'x'.repeat(201), 'x'.repeat(5000), '=cmd|calc!A0', 'app://evil/', 'file:///etc/passwd', 'all',
];

export function oddString(r: Rng): string {
  const s = pick(r, STRINGS);
  return r() < 0.2 ? s + pick(r, STRINGS) : s;
}

export function oddValue(r: Rng, depth = 0): unknown {
  const k = Math.floor(r() * (depth > 2 ? 6 : 9));
  switch (k) {
    case 0: return oddString(r);
    case 1: return pick(r, [0, -1, 1.5, 2 ** 31, -(2 ** 53), 1e308, 500, 501]);
    case 2: return pick(r, [true, false]);
    case 3: return null;
    case 4: return undefined;
    case 5: return pick(r, ['csv', 'xlsx', 'json', 'sql', 'python', 'r', 'citation', 'exe', 'en', 'es', 'any', 'question', 'module']);
    case 6: return Array.from({ length: Math.floor(r() * 4) }, () => oddValue(r, depth + 1));
    case 7: return Object.fromEntries(Array.from({ length: Math.floor(r() * 4) }, () => [oddString(r), oddValue(r, depth + 1)]));
    default: return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
  }
}

const ACTIONS: Record<string, unknown>[] = [
  { op: 'create', name: 'Fuzz list' },
  { op: 'rename', listId: 'x', name: 'y' },
  { op: 'delete', listId: 'x' },
  { op: 'annotate-list', listId: 'x', note: 'n' },
  { op: 'add', item: '1585860', answers: 'all' },
  { op: 'add', newListName: 'Fuzz', item: 'Smoking_SmokeFrequency', answers: ['SmokeFrequency_NotAtAll'] },
  { op: 'remove', listId: 'x', entryId: 'y' },
  { op: 'move', listId: 'x', entryId: 'y', to: 0 },
  { op: 'annotate', listId: 'x', entryId: 'y', note: '' },
  { op: 'choose-answers', listId: 'x', entryId: 'y', answers: 'all' },
  { op: 'import', json: '{"format":"ppi-explorer-variable-list"}' },
  { op: 'dismiss-notices' },
];

/** A valid argument of each channel, as the renderer would send it. */
function validArg(r: Rng, channel: Channel): unknown {
  switch (channel) {
    case 'item:show': case 'pdf:question-pages': return pick(r, ['1585860', 'Smoking_SmokeFrequency', '1585857']);
    case 'survey:outline': case 'survey:present': return pick(r, ['lifestyle', 'the-basics', 'overall-health']);
    case 'instrument:show': case 'pdf:document': return pick(r, ['NHIS', 'BRFSS', 'made-up']);
    case 'search:query': return { query: pick(r, ['smoke', 'fumar', '1585860', 'insurance']), options: { lang: pick(r, ['en', 'es', 'any']), limit: 5 } };
    case 'lists:change': return structuredClone(pick(r, ACTIONS));
    case 'lists:export': return { listId: 'x', format: pick(r, ['csv', 'json', 'sql']) };
    case 'file:save': return { filename: 'made-up.csv', encoding: 'utf8', content: 'a,b' };
    default: return undefined;
  }
}

/** Valid, near-valid (one field changed) or plainly odd, in about equal parts. */
export function fuzzArg(r: Rng, channel: Channel): unknown {
  const roll = r();
  if (roll < 0.3) return validArg(r, channel);
  if (roll < 0.7) {
    const base = validArg(r, channel);
    if (base === null || typeof base !== 'object') return oddValue(r);
    const obj = base as Record<string, unknown>;
    const keys = Object.keys(obj);
    const key = r() < 0.8 && keys.length ? pick(r, keys) : oddString(r);
    if (r() < 0.2) delete obj[key];
    else obj[key] = oddValue(r);
    return obj;
  }
  return oddValue(r);
}
