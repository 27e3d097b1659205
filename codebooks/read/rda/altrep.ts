import { NO_ATTRIBUTES, type RValue } from './values';

/**
 * Expands a serialized ALTREP object into the ordinary vector it stands for. R writes ALTREP
 * only for classes that serialize their state: compact sequences (row.names 1:n), wrappers
 * (a vector plus metadata) and deferred strings (numbers to be formatted as text).
 * Returns a problem description instead of a value when the class or state is not understood.
 */
export function expandAltrep(className: string, state: RValue): RValue | string {
  switch (className) {
    case 'compact_intseq':
    case 'compact_realseq': {
      if (state.type !== 'double' || state.data.length !== 3 || state.data.some((v) => v === null)) {
        return `${className} state should be 3 numbers (length, start, step)`;
      }
      const [n, start, step] = state.data as number[];
      if (!Number.isInteger(n) || n! < 0) return `${className} length ${n} is not a count`;
      const data = Array.from({ length: n! }, (_, i) => start! + i * step!);
      return className === 'compact_intseq'
        ? { type: 'integer', data, attributes: NO_ATTRIBUTES }
        : { type: 'double', data, attributes: NO_ATTRIBUTES };
    }
    case 'wrap_integer':
    case 'wrap_real':
    case 'wrap_logical':
    case 'wrap_string':
    case 'wrap_complex':
    case 'wrap_raw':
    case 'wrap_list': {
      // State is the pair (wrapped vector, metadata); only the vector matters here.
      const wrapped = state.type === 'pairlist' ? state.data[0]?.value : state.type === 'list' ? state.data[0] : undefined;
      if (!wrapped) return `${className} state does not hold the wrapped vector`;
      return { ...wrapped, attributes: NO_ATTRIBUTES };
    }
    case 'deferred_string': {
      const arg = state.type === 'pairlist' ? state.data[0]?.value : undefined;
      if (!arg || (arg.type !== 'integer' && arg.type !== 'double')) return 'deferred_string state does not hold numbers';
      const data = arg.data.map((v) => (v === null ? null : formatNumber(v)));
      return { type: 'character', data, attributes: NO_ATTRIBUTES };
    }
    default:
      return `ALTREP class "${className}" is not supported`;
  }
}

/** Close to R's as.character for numbers (15 significant digits). */
function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Inf' : '-Inf';
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
  return String(Number(v.toPrecision(15)));
}
