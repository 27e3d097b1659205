// The R values an .rda file can hold, as far as this reader understands them. Vectors keep R's
// missing values as null; attributes keep their names (names, class, levels, row.names...).

export type RAttributes = ReadonlyMap<string, RValue>;

interface Base {
  attributes: RAttributes;
}

export type RValue =
  | ({ type: 'null' } & Base)
  | ({ type: 'logical'; data: (boolean | null)[] } & Base)
  | ({ type: 'integer'; data: (number | null)[] } & Base)
  | ({ type: 'double'; data: (number | null)[] } & Base)
  | ({ type: 'complex'; data: ({ re: number; im: number } | null)[] } & Base)
  | ({ type: 'character'; data: (string | null)[] } & Base)
  | ({ type: 'raw'; data: Uint8Array } & Base)
  | ({ type: 'list'; data: RValue[] } & Base)
  | ({ type: 'pairlist'; data: { tag: string | null; value: RValue }[] } & Base)
  | ({ type: 'symbol'; name: string } & Base)
  /** Anything the reader skips over but does not interpret (environments, closures, calls...). */
  | ({ type: 'opaque'; sexptype: number; what: string } & Base);

export type RType = RValue['type'];

export const NO_ATTRIBUTES: RAttributes = new Map();

export const R_NULL: RValue = { type: 'null', attributes: NO_ATTRIBUTES };

export function attr(value: RValue, name: string): RValue | undefined {
  return value.attributes.get(name);
}

/** The class attribute as a list of names (empty when there is none). */
export function classOf(value: RValue): string[] {
  const cls = attr(value, 'class');
  return cls?.type === 'character' ? cls.data.filter((c): c is string => c !== null) : [];
}

/** The names attribute, or null when absent. */
export function namesOf(value: RValue): (string | null)[] | null {
  const names = attr(value, 'names');
  return names?.type === 'character' ? names.data : null;
}
