/** Case- and accent-insensitive form of a text, for the filters that match as the user types. */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
