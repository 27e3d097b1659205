// The Snowball stemmers the app uses, by content language: search-stems.ts makes them, and the
// renderer's build keeps only these in snowball-stemmers' file (scripts/slim-snowball.ts).
export const STEMMER_NAMES = { en: 'english', es: 'spanish' } as const;
