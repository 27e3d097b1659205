// i18next's t() takes tens of microseconds a call (it copies its options, resolves the key in each
// fallback language, then interpolates and picks the plural), and the catalog's first render
// makes hundreds of calls, most of them repeated ("Module code", "Current", "· 83 questions").
// A call's answer depends only on its arguments, the language and the loaded strings, so the
// answer is kept until one of those changes. Only calls whose arguments are plain values are kept
// (a function, a React element or returnObjects is passed through as before).
import type { i18n as I18n } from 'i18next';

const MAX_KEPT = 5000;

type Plain = string | number | boolean | null | undefined;

const isPlain = (v: unknown): v is Plain => v === null || (typeof v !== 'object' && typeof v !== 'function');

/** The arguments as a cache key, or null when one of them is not a plain value. */
export function translationKey(language: string | undefined, args: readonly unknown[]): string | null {
  for (const a of args) {
    if (isPlain(a) || (Array.isArray(a) && a.every(isPlain))) continue;
    if (typeof a !== 'object' || Object.getPrototypeOf(a) !== Object.prototype) return null;
    const o = a as Record<string, unknown>;
    if (o.returnObjects) return null;
    for (const v of Object.values(o)) if (!isPlain(v) && !(Array.isArray(v) && v.every(isPlain))) return null;
  }
  return `${language ?? ''}\u0000${JSON.stringify(args)}`;
}

/** Makes `i18n.t` (which every fixed t of react-i18next calls) answer repeated calls from memory. */
export function memoizeTranslations(i18n: I18n): void {
  const translate = i18n.t.bind(i18n) as unknown as (...args: unknown[]) => unknown;
  let kept = new Map<string, unknown>();
  const forget = () => void (kept = new Map());
  for (const event of ['languageChanged', 'loaded', 'initialized']) i18n.on(event, forget);
  i18n.store.on('added', forget);
  i18n.store.on('removed', forget);
  i18n.t = ((...args: unknown[]) => {
    const key = translationKey(i18n.language, args);
    if (key === null) return translate(...args);
    if (kept.has(key)) return kept.get(key);
    const value = translate(...args);
    // Interpolated queries and counts make new keys all session long: start afresh past a bound.
    if (kept.size >= MAX_KEPT) forget();
    kept.set(key, value);
    return value;
  }) as unknown as I18n['t'];
}
