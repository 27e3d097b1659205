// Trainer mode's state: the module's walk and where it stands, the content language, codes shown,
// and the overlays. Kept outside React so the keyboard handler reads the latest state.
import { create } from 'zustand';
import type { PresentationRow } from '../../../../electron/contract/presentation';
import { back, choose, decide, jump, next, prepareWalk, startWalk, type Walk, type WalkState } from './walker';

export type Lang = 'en' | 'es' | 'both';
export const LANGS: Lang[] = ['en', 'es', 'both'];

interface TrainerStore {
  walk: Walk | null;
  s: WalkState;
  lang: Lang;
  codes: boolean;
  help: boolean;
  index: boolean;
  load(rows: PresentationRow[], startCode?: string): void;
  pick(answer: number): void;
  next(): void;
  back(): void;
  jumpTo(row: number): void;
  decide(applies: boolean): void;
  set(p: Partial<Pick<TrainerStore, 'lang' | 'codes' | 'help' | 'index'>>): void;
}

const EMPTY: WalkState = { path: [], chosen: {}, applies: {}, done: true };

export const useTrainerStore = create<TrainerStore>((set, get) => {
  const step = (f: (w: Walk, s: WalkState) => WalkState) => {
    const { walk, s } = get();
    if (walk) set({ s: f(walk, s) });
  };
  return {
    walk: null,
    s: EMPTY,
    lang: 'en',
    codes: false,
    help: false,
    index: false,
    load: (rows, startCode) => {
      const walk = prepareWalk(rows);
      let s = startWalk(walk);
      const code = startCode?.toLowerCase();
      const at = code ? rows.findIndex((r, i) => walk.screens[i] && r.code?.toLowerCase() === code) : -1;
      if (at >= 0) s = jump(walk, s, at);
      set({ walk, s, help: false, index: false });
    },
    pick: (a) => step((w, s) => choose(w, s, a)),
    next: () => step(next),
    back: () => step((_, s) => back(s)),
    jumpTo: (row) => step((w, s) => jump(w, s, row)),
    decide: (applies) => step((w, s) => decide(w, s, applies)),
    set: (p) => set(p),
  };
});
