// The concept lookup's state: the last string looked up and whether it names a concept. `resolve`
// answers the route value of the concept card (the string itself, which the card resolves the
// same way), or null when no concept has that ID or code.
import { createStore } from 'zustand/vanilla';
import type { ItemDetail } from '../../../../electron/contract/models';
import { looksLikeIdOrCode } from './lookup';

export type ShowItem = (idOrCode: string) => Promise<ItemDetail | null>;

export interface LookupState {
  text: string;
  status: 'idle' | 'resolving' | 'found' | 'not-found';
  target: string | null;
  resolve(text: string): Promise<string | null>;
  reset(): void;
}

export function createLookupStore(show: ShowItem) {
  let seq = 0;
  return createStore<LookupState>((set) => ({
    text: '',
    status: 'idle',
    target: null,
    resolve: async (raw) => {
      const text = raw.trim();
      const mine = ++seq;
      if (!looksLikeIdOrCode(text)) {
        set({ text, status: 'not-found', target: null });
        return null;
      }
      set({ text, status: 'resolving', target: null });
      let item: ItemDetail | null = null;
      try {
        item = await show(text);
      } catch {
        item = null; // a failed lookup falls back to searching the text
      }
      const target = item ? text : null;
      if (mine === seq) set({ status: target ? 'found' : 'not-found', target });
      return target;
    },
    reset: () => {
      seq++;
      set({ text: '', status: 'idle', target: null });
    },
  }));
}
