import { expandAltrep } from './altrep';
import type { XdrCursor } from './cursor';
import { decodeFlags, SXP, type Flags } from './sexptypes';
import { NO_ATTRIBUTES, R_NULL, type RAttributes, type RValue } from './values';
import { readCharBody, readComplex, readIntegers, readLength, readLogicals, readReals, readStringElement } from './vectors';

export interface Serialized {
  version: number;
  /** R version that wrote the data, e.g. "4.3.1". */
  writtenBy: string;
  nativeEncoding: string | null;
  value: RValue;
}

const PAIRLIST_TYPES = new Set<number>([SXP.LIST, SXP.LANG, SXP.CLO, SXP.PROM, SXP.DOT, SXP.ATTRLIST, SXP.ATTRLANG]);
const MAX_DEPTH = 2000;

/** Reads one serialized R object in XDR format ("X\n", versions 2 and 3) from the cursor. */
export function unserialize(cur: XdrCursor): Serialized {
  const format = String.fromCharCode(...cur.take(2, 'the format mark'));
  if (format !== 'X\n') cur.fail(`only the XDR serialization format ("X") is supported, found ${JSON.stringify(format)}`, cur.pos - 2);
  const version = cur.int('the format version');
  const writer = cur.int('the writer version');
  cur.int('the minimal reader version');
  if (version !== 2 && version !== 3) cur.fail(`serialization version ${version} is not supported (only 2 and 3)`, cur.pos - 12);
  let nativeEncoding: string | null = null;
  if (version === 3) {
    const n = cur.int('the native encoding length');
    nativeEncoding = String.fromCharCode(...cur.take(n, 'the native encoding'));
  }
  const writtenBy = `${writer >>> 16}.${(writer >>> 8) & 0xff}.${writer & 0xff}`;
  const value = new ItemReader(cur, nativeEncoding).item('');
  return { version, writtenBy, nativeEncoding, value };
}

class ItemReader {
  private readonly refs: RValue[] = [];
  private depth = 0;

  constructor(
    private readonly cur: XdrCursor,
    private readonly native: string | null,
  ) {}

  /** Reads one item; `path` names it in errors (R notation, e.g. `aou_codebook[[3]][12]`). */
  item(path: string): RValue {
    const saved = this.cur.path;
    this.cur.path = path || '(top)';
    if (++this.depth > MAX_DEPTH) this.cur.fail('objects are nested too deeply (the data is corrupt)');
    const at = this.cur.pos;
    const value = this.withFlags(decodeFlags(this.cur.int('an item header')), path, at);
    this.depth--;
    this.cur.path = saved;
    return value;
  }

  private withFlags(f: Flags, path: string, at: number): RValue {
    const cur = this.cur;
    const opaque = (what: string): RValue => ({ type: 'opaque', sexptype: f.type, what, attributes: NO_ATTRIBUTES });
    switch (f.type) {
      case SXP.NILVALUE:
        return R_NULL;
      case SXP.REF: {
        const index = f.raw >>> 8 || cur.int('a reference index');
        const ref = this.refs[index - 1];
        return ref ?? cur.fail(`reference ${index} points to no earlier object (only ${this.refs.length} exist)`, at);
      }
      case SXP.SYM: {
        const nameAt = cur.pos;
        const nameFlags = decodeFlags(cur.int('a symbol name header'));
        if (nameFlags.type !== SXP.CHAR) cur.fail(`a symbol name should be a string, found type ${nameFlags.type}`, nameAt);
        const sym: RValue = { type: 'symbol', name: readCharBody(cur, nameFlags.levels, this.native) ?? 'NA', attributes: NO_ATTRIBUTES };
        this.refs.push(sym);
        return sym;
      }
      case SXP.GLOBALENV:
      case SXP.EMPTYENV:
      case SXP.BASEENV:
      case SXP.BASENAMESPACE:
      case SXP.UNBOUNDVALUE:
      case SXP.MISSINGARG:
        return opaque('special value');
      case SXP.PACKAGE:
      case SXP.NAMESPACE:
      case SXP.PERSIST: {
        if (cur.int('a name list marker') !== 0) cur.fail('a named persistent string list is not supported', at);
        const n = readLength(cur, 4);
        const names = Array.from({ length: n }, () => readStringElement(cur, this.native, () => this.item(path)));
        const value = opaque(`environment ${names.join(' ')}`);
        this.refs.push(value);
        return value;
      }
      case SXP.ENV: {
        cur.int('the environment lock flag');
        const env = opaque('environment');
        this.refs.push(env);
        for (const part of ['enclos', 'frame', 'hashtab', 'attributes']) this.item(`${path}<env ${part}>`);
        return env;
      }
      case SXP.ALTREP: {
        const info = this.item(`${path}<altrep class>`);
        const state = this.item(`${path}<altrep state>`);
        const attributes = this.attributes(this.item(`${path}<attributes>`), at);
        const cls = info.type === 'pairlist' ? info.data[0]?.value : undefined;
        if (cls?.type !== 'symbol') return cur.fail('an ALTREP object does not name its class', at);
        const expanded = expandAltrep(cls.name, state);
        if (typeof expanded === 'string') return cur.fail(expanded, at);
        return { ...expanded, attributes };
      }
    }
    if (PAIRLIST_TYPES.has(f.type)) return this.pairlist(f, path, at);
    const value = this.body(f, path, at, opaque);
    if (!f.hasAttr) return value;
    return { ...value, attributes: this.attributes(this.item(`${path}<attributes>`), at) } as RValue;
  }

  /** Vectors and other non-pairlist objects, without their attributes. */
  private body(f: Flags, path: string, at: number, opaque: (what: string) => RValue): RValue {
    const cur = this.cur;
    const a = NO_ATTRIBUTES;
    switch (f.type) {
      case SXP.LGL:
        return { type: 'logical', data: readLogicals(cur), attributes: a };
      case SXP.INT:
        return { type: 'integer', data: readIntegers(cur), attributes: a };
      case SXP.REAL:
        return { type: 'double', data: readReals(cur), attributes: a };
      case SXP.CPLX:
        return { type: 'complex', data: readComplex(cur), attributes: a };
      case SXP.STR: {
        const n = readLength(cur, 8);
        const data = new Array<string | null>(n);
        for (let i = 0; i < n; i++) {
          cur.path = `${path}[${i + 1}]`;
          data[i] = readStringElement(cur, this.native, () => this.item(`${path}[${i + 1}]<attributes>`));
        }
        cur.path = path;
        return { type: 'character', data, attributes: a };
      }
      case SXP.VEC:
      case SXP.EXPR: {
        const n = readLength(cur, 4);
        const data = Array.from({ length: n }, (_, i) => this.item(`${path}[[${i + 1}]]`));
        return f.type === SXP.VEC ? { type: 'list', data, attributes: a } : opaque('expression');
      }
      case SXP.RAW: {
        const n = readLength(cur, 1);
        return { type: 'raw', data: cur.take(n, 'raw bytes'), attributes: a };
      }
      case SXP.CHAR:
        return { type: 'character', data: [readCharBody(cur, f.levels, this.native)], attributes: a };
      case SXP.S4:
        return opaque('S4 object');
      case SXP.SPECIAL:
      case SXP.BUILTIN: {
        const n = readLength(cur, 1);
        return opaque(`builtin ${String.fromCharCode(...cur.take(n, 'a builtin name'))}`);
      }
      case SXP.EXTPTR: {
        const ptr = opaque('external pointer');
        this.refs.push(ptr);
        this.item(`${path}<protected>`);
        this.item(`${path}<tag>`);
        return ptr;
      }
      case SXP.WEAKREF: {
        const ref = opaque('weak reference');
        this.refs.push(ref);
        return ref;
      }
      default:
        return this.cur.fail(`object type ${f.type} is not supported by this reader`, at);
    }
  }

  /** A pairlist (or call, closure...): nodes of attributes?, tag?, value, read iteratively. */
  private pairlist(first: Flags, path: string, at: number): RValue {
    const data: { tag: string | null; value: RValue }[] = [];
    let attributes: RAttributes = NO_ATTRIBUTES;
    let f = first;
    for (;;) {
      const hasAttr = f.hasAttr || f.type === SXP.ATTRLIST || f.type === SXP.ATTRLANG;
      const nodeAttrs = hasAttr ? this.attributes(this.item(`${path}<attributes>`), at) : NO_ATTRIBUTES;
      if (data.length === 0) attributes = nodeAttrs;
      let tag: string | null = null;
      if (f.hasTag) {
        const t = this.item(`${path || '(top)'}<tag ${data.length + 1}>`);
        tag = t.type === 'symbol' ? t.name : null;
      }
      const childPath = tag === null ? `${path}[[${data.length + 1}]]` : path === '' ? tag : `${path}$${tag}`;
      data.push({ tag, value: this.item(childPath) });
      const nextAt = this.cur.pos;
      const next = decodeFlags(this.cur.int('the rest of a pairlist'));
      if (next.type === SXP.NILVALUE) break;
      if (PAIRLIST_TYPES.has(next.type)) {
        f = next;
        continue;
      }
      data.push({ tag: null, value: this.withFlags(next, `${path}<cdr>`, nextAt) });
      break;
    }
    if (first.type === SXP.LIST || first.type === SXP.ATTRLIST) return { type: 'pairlist', data, attributes };
    return { type: 'opaque', sexptype: first.type, what: 'language object', attributes };
  }

  private attributes(value: RValue, at: number): RAttributes {
    if (value.type === 'null') return NO_ATTRIBUTES;
    if (value.type !== 'pairlist') return this.cur.fail(`attributes should be a pairlist, found ${value.type}`, at);
    return new Map(value.data.map((d, i) => [d.tag ?? `${i + 1}`, d.value]));
  }
}
