/** Appends `value` to the list under `key` (grouping without copying the list on every add). */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Keeps, in place and in order, the elements of `list` that `keep` accepts (no spread: lists may be long). */
export function keepInPlace<T>(list: T[], keep: (x: T) => boolean): void {
  let n = 0;
  for (const x of list) if (keep(x)) list[n++] = x;
  list.length = n;
}
