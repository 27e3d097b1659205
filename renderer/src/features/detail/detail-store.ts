// The detail page's state: which facts have their provenance open ("where does this come from?").
// Kept across items so a reader comparing questions keeps the same facts open.
import { create } from 'zustand';

interface DetailState {
  openFacts: string[];
  toggleFact(field: string): void;
  isOpen(field: string): boolean;
}

export const useDetailStore = create<DetailState>((set, get) => ({
  openFacts: [],
  toggleFact: (field) => set((s) => ({ openFacts: s.openFacts.includes(field) ? s.openFacts.filter((f) => f !== field) : [...s.openFacts, field] })),
  isOpen: (field) => get().openFacts.includes(field),
}));
