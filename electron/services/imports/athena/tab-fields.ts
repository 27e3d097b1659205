// Reading a tab-separated Athena line without splitting it into strings: where its tabs are, and
// whole numbers read in place. A line the fast way does not take as it is (a double quote, another
// number of fields, a value that is not plain) goes the strict way (fieldsOf and values.ts), which
// stores it or names its error; so both ways accept the same rows and give the same messages.

/** Fills `at` with the places of the line's tabs: true only with exactly at.length tabs and no double quote. */
export function tabsAt(text: string, at: Int32Array): boolean {
  let from = 0;
  for (let k = 0; k < at.length; k++) {
    const i = text.indexOf('\t', from);
    if (i < 0) return false;
    at[k] = i;
    from = i + 1;
  }
  return text.indexOf('\t', from) < 0 && text.indexOf('"') < 0;
}

/** The whole number written in text[from, to) (an optional minus, 1 to 15 digits: always a safe integer), else NaN. */
export function numberIn(text: string, from: number, to: number): number {
  const neg = text.charCodeAt(from) === 45;
  let i = neg ? from + 1 : from;
  if (to - i < 1 || to - i > 15) return NaN;
  let d = 0;
  for (; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    d = d * 10 + c;
  }
  return neg ? -d : d;
}

/** True when the file's columns are exactly `required`, in that order: the fast way reads fields by place. */
export function standardLayout(columns: readonly string[], delimiter: string, required: readonly string[]): boolean {
  return delimiter === '\t' && columns.length === required.length && columns.every((c, i) => c === required[i]);
}
