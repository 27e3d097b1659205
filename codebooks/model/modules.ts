// The one place that says which names the sources use for the same survey module. Sources name
// modules by code (TheBasics), by title (The Basics), by file name (basics.csv) or by a variant
// spelling (Healthcare Access & Utilization); the merge resolves them all to one slug here.
// Names shown to users and concept ids come from the sources, not from this table.
import { looseText } from '../merge/conflicts';

export type ModuleStatus = 'current' | 'retired';

export interface ModuleAlias {
  slug: string;
  status: ModuleStatus;
  aliases: readonly string[];
}

export const MODULE_ALIASES: readonly ModuleAlias[] = [
  { slug: 'basics', status: 'current', aliases: ['The Basics', 'TheBasics', 'Basics', 'the_basics', 'Demographics'] },
  { slug: 'overall-health', status: 'current', aliases: ['Overall Health', 'OverallHealth', 'overall_health'] },
  { slug: 'lifestyle', status: 'current', aliases: ['Lifestyle', 'Personal Habits'] },
  {
    slug: 'hcau',
    status: 'current',
    aliases: [
      'Health Care Access and Utilization',
      'Health Care Access And Utilization',
      'Healthcare Access & Utilization',
      'Health Care Access & Utilization',
      'Healthcare Access and Utilization',
      'HealthcareAccess',
      'Healthcare Access',
      'healthcare_access',
    ],
  },
  { slug: 'sdoh', status: 'current', aliases: ['Social Factors of Health', 'Social Determinants of Health', 'SDOH'] },
  { slug: 'pfhh', status: 'current', aliases: ['Personal and Family Health History', 'PFHH', 'PaFHH'] },
  { slug: 'ehhwb', status: 'current', aliases: ['Emotional Health History and Well-Being', 'EHHWB', 'ehwb'] },
  { slug: 'bhp', status: 'current', aliases: ['Behavioral Health and Personality', 'BHP'] },
  { slug: 'fhh', status: 'retired', aliases: ['Family Health History', 'FamilyHistory', 'family_history', 'Family History'] },
  {
    slug: 'pmh',
    status: 'retired',
    aliases: ['Personal Medical History', 'PersonalMedicalHistory', 'personal_medical_history', 'personalmedicalhistory'],
  },
  {
    slug: 'cope',
    status: 'retired',
    aliases: ['COVID-19 Participant Experience (COPE)', 'COPE', 'COVID Participant Experience Survey'],
  },
  {
    slug: 'cope-vaccine',
    status: 'retired',
    aliases: [
      'Minute Survey on COVID-19 Vaccines',
      'Winter Minute Survey on COVID-19 Vaccines',
      'Summer Minute Survey on COVID-19 Vaccines',
      'Fall Minute Survey on COVID-19 Vaccines',
      'New Year Minute Survey on COVID-19 Vaccines',
      'COPE Minute Survey',
    ],
  },
];

/** Lower case, letters and digits only: "Healthcare Access & Utilization" → "healthcareaccessutilization". */
export const normalizeModuleName = looseText;

const bySlugOrAlias = new Map<string, string>();
for (const m of MODULE_ALIASES) {
  bySlugOrAlias.set(normalizeModuleName(m.slug), m.slug);
  for (const a of m.aliases) bySlugOrAlias.set(normalizeModuleName(a), m.slug);
}

/** The slug for a module name or code, or null when the name is not one of the aliases. */
export function moduleSlugFor(name: string): string | null {
  return bySlugOrAlias.get(normalizeModuleName(name)) ?? null;
}

/** Snap (minute) surveys are named by their module code, e.g. SNAP_PETS_TYPE_042019. */
export function snapSlug(moduleCode: string): string {
  return 'snap-' + moduleCode.toLowerCase().replace(/^snap_/, '').replace(/_/g, '-');
}

export type ModuleCategory = 'survey' | 'minute' | 'administrative';

// Consents, contact details, site pairing and feedback forms share the codebook with the
// surveys; the catalog lists them apart.
const ADMINISTRATIVE = /consent|pii|gror|feedback|pairing|program-update|stop-participating|dvehrsharing|^pmi$|genetic-ancestry/;

export function moduleCategory(slug: string): ModuleCategory {
  if (slug === 'cope-vaccine' || slug.startsWith('snap-')) return 'minute';
  if (MODULE_ALIASES.some((m) => m.slug === slug)) return 'survey';
  return ADMINISTRATIVE.test(slug) ? 'administrative' : 'minute';
}
