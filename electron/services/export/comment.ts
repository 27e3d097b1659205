// Text that goes into generated code. Comments take one line of anything; codes inside a query
// string are kept to characters that cannot end the string they sit in (Python, R or SQL).
export const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
export const safeCode = (s: string | null) => (s ?? '(no code)').replace(/[^\w.\-()/ ]/g, '?');
