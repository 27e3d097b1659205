// SEXPTYPE numbers of R's serialization format (R Internals, "Serialization Formats").
export const SXP = {
  NIL: 0,
  SYM: 1,
  LIST: 2,
  CLO: 3,
  ENV: 4,
  PROM: 5,
  LANG: 6,
  SPECIAL: 7,
  BUILTIN: 8,
  CHAR: 9,
  LGL: 10,
  INT: 13,
  REAL: 14,
  CPLX: 15,
  STR: 16,
  DOT: 17,
  VEC: 19,
  EXPR: 20,
  BCODE: 21,
  EXTPTR: 22,
  WEAKREF: 23,
  RAW: 24,
  S4: 25,
  // Pseudo-types that exist only in the stream.
  ALTREP: 238,
  ATTRLIST: 239,
  ATTRLANG: 240,
  BASEENV: 241,
  EMPTYENV: 242,
  BCREPREF: 243,
  BCREPDEF: 244,
  GENERICREF: 245,
  CLASSREF: 246,
  PERSIST: 247,
  PACKAGE: 248,
  NAMESPACE: 249,
  BASENAMESPACE: 250,
  MISSINGARG: 251,
  UNBOUNDVALUE: 252,
  GLOBALENV: 253,
  NILVALUE: 254,
  REF: 255,
} as const;

/** Flags word of one item: type in the low byte, then object, attribute and tag bits, levels above. */
export interface Flags {
  type: number;
  hasAttr: boolean;
  hasTag: boolean;
  levels: number;
  raw: number;
}

export function decodeFlags(raw: number): Flags {
  return {
    type: raw & 0xff,
    hasAttr: (raw & (1 << 9)) !== 0,
    hasTag: (raw & (1 << 10)) !== 0,
    levels: raw >>> 12,
    raw,
  };
}

/** CHARSXP encoding bits (in `levels`). */
export const CHAR_BYTES = 1 << 1;
export const CHAR_LATIN1 = 1 << 2;
export const CHAR_UTF8 = 1 << 3;
export const CHAR_ASCII = 1 << 6;

export const NA_INTEGER = -2147483648;
