// Survey modules: one per slug, whatever name, code or concept id each source uses for it.
import type { ModuleRecord, Provenance } from '../model/records';
import { MODULE_ALIASES, moduleCategory, moduleSlugFor, snapSlug, type ModuleCategory, type ModuleStatus } from '../model/modules';
import type { Conflict } from './conflicts';
import { choose, type Fact } from './choose';
import type { Claim } from './identity';
import type { SourceIndex } from './sources-index';
import { push } from './group';

export interface MergedModule {
  slug: string;
  code: string | null;
  conceptId: number | null;
  name: { en: string | null; es: string | null };
  description: { en: string | null; es: string | null };
  status: ModuleStatus;
  category: ModuleCategory;
  order: number | null;
  statedQuestionCount: number | null;
  participantCount: number | null;
  facts: Fact[];
}

const SNAP_CODE = /^(snap_|july_snap)/i;

/** Resolves the many ways sources name a module to its slug. */
export class ModuleResolver {
  private readonly slugOfId = new Map<number, string>();

  constructor(idClaims: { conceptId: number; slug: string; rank: number }[], readonly conflicts: Conflict[]) {
    for (const c of [...idClaims].sort((a, b) => a.rank - b.rank)) {
      if (!this.slugOfId.has(c.conceptId)) this.slugOfId.set(c.conceptId, c.slug);
    }
  }

  slug(name: string | null | undefined): string | null {
    const n = name?.trim();
    if (!n) return null;
    if (/^\d+$/.test(n)) return this.slugOfId.get(Number(n)) ?? null;
    return moduleSlugFor(n) ?? (SNAP_CODE.test(n) ? snapSlug(n) : newModuleSlug(n));
  }
}

/** A module no alias knows (a new minute survey, an imported form) keeps a slug of its own name. */
export function newModuleSlug(name: string): string | null {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return /[a-z]/.test(slug) ? slug : null;
}

function slugOf(r: ModuleRecord): string | null {
  if (r.slug) return r.slug;
  for (const n of [r.code, r.name?.en]) {
    const s = n ? (moduleSlugFor(n) ?? (SNAP_CODE.test(n) ? snapSlug(n) : null)) : null;
    if (s) return s;
  }
  const named = r.code ?? r.name?.en;
  return named ? newModuleSlug(named) : null;
}

const isCodeLike = (name: string | null | undefined) => !!name && !/\s/.test(name) && name === name.toLowerCase();

export function mergeModules(records: ModuleRecord[], index: SourceIndex) {
  const conflicts: Conflict[] = [];
  const unresolved: ModuleRecord[] = [];
  const bySlug = new Map<string, ModuleRecord[]>();
  for (const r of records) {
    const slug = slugOf(r);
    if (!slug) unresolved.push(r);
    else push(bySlug, slug, r);
  }
  const idClaims: { conceptId: number; slug: string; rank: number }[] = [];
  const claims: Claim[] = [];
  const modules: MergedModule[] = [];
  for (const [slug, list] of bySlug) {
    const pick = <T extends string | number>(field: string, get: (r: ModuleRecord) => T | null | undefined, loose = false) =>
      choose<T>(slug, field, list.map((r) => ({ value: get(r) ?? null, prov: r.prov })), index, conflicts, loose);
    const conceptId = pick('conceptId', (r) => r.conceptId);
    const code = pick('code', (r) => r.code);
    for (const r of list) if (r.conceptId != null) idClaims.push({ conceptId: r.conceptId, slug, rank: index.rank('conceptId', r.prov) });
    const alias = MODULE_ALIASES.find((m) => m.slug === slug);
    const m: MergedModule = {
      slug,
      code: code.value,
      conceptId: conceptId.value,
      // A name that is only a lower-case code ("cope") is a last resort, not a title.
      name: { en: pick('name.en', (r) => (isCodeLike(r.name?.en) ? null : r.name?.en), true).value ?? pick('name.en', (r) => r.name?.en).value, es: pick('name.es', (r) => r.name?.es, true).value },
      description: {
        en: pick('description.en', (r) => r.description?.en, true).value,
        es: pick('description.es', (r) => r.description?.es, true).value,
      },
      status: alias?.status ?? 'retired',
      category: moduleCategory(slug),
      order: pick('order', (r) => r.order).value,
      statedQuestionCount: pick('questionCount', (r) => r.questionCount).value,
      participantCount: pick('participantCount', (r) => r.participantCount).value,
      facts: [],
    };
    m.facts = [conceptId, code].flatMap((c) => c.facts);
    if (m.code && m.conceptId != null) {
      const prov: Provenance = conceptId.facts.find((f) => f.chosen)!.prov;
      claims.push({ ref: { code: m.code, conceptId: m.conceptId }, prov });
    }
    modules.push(m);
  }
  return { modules, resolver: new ModuleResolver(idClaims, conflicts), claims, conflicts, unresolved };
}
