// Intl formatters, made once per locale and options: constructing one costs far more than using
// it, and the catalog alone formats hundreds of numbers and dates on its first render.
const dates = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<F>(cache: Map<string, F>, locale: string | undefined, options: object | undefined, make: () => F): F {
  const key = `${locale ?? ''}|${JSON.stringify(options ?? {})}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f;
}

export const dateFormat = (locale: string | undefined, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(dates, locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string | undefined, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached(numbers, locale, options, () => new Intl.NumberFormat(locale, options));
