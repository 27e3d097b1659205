// Provenance on demand: a toggle beside a fact lists every source's value of that field (file and
// row, page or JSON path), marking the chosen one; the full list sits at the end of the page.
import { useTranslation } from 'react-i18next';
import type { Provenance } from '../../../../electron/contract/models';
import { useDetailStore } from './detail-store';
import { useDataLabels } from '../../app/data-labels';

export function ProvenanceToggle({ field, provenance, label }: { field: string; provenance: Provenance[]; label: string }) {
  const { t } = useTranslation('detail');
  const open = useDetailStore((s) => s.openFacts.includes(field));
  const toggle = useDetailStore((s) => s.toggleFact);
  const rows = provenance.filter((p) => p.field === field);
  if (rows.length === 0) return null;
  const id = `prov-${field.replace(/\W/g, '-')}`;
  return (
    <>
      <button type="button" className="prov-toggle" aria-expanded={open} aria-controls={id} onClick={() => toggle(field)}>
        {t('provenance.short', { count: rows.length })}
        <span className="visually-hidden">: {t('provenance.toggle', { what: label, count: rows.length })}</span>
      </button>
      {open && (
        <div id={id} className="prov-inline">
          <ProvenanceTable rows={rows} caption={t('provenance.of', { what: label })} />
        </div>
      )}
    </>
  );
}

export function ProvenanceTable({ rows, caption, withField = false }: { rows: Provenance[]; caption: string; withField?: boolean }) {
  const { t } = useTranslation('detail');
  const labels = useDataLabels();
  return (
    <table className="data provenance" data-testid="provenance">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {withField && <th scope="col">{t('provenance.field')}</th>}
          <th scope="col">{t('provenance.value')}</th>
          <th scope="col">{t('provenance.source')}</th>
          <th scope="col">{t('provenance.at')}</th>
          <th scope="col">{t('provenance.chosen')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p, i) => (
          <tr key={i} className={p.chosen ? 'chosen' : undefined}>
            {withField && <td>{labels.provenanceField(p.field)}</td>}
            <td>{labels.provenanceValue(p.field, p.value)}</td>
            <td><code>{p.source}</code></td>
            <td>{p.at ? labels.provenanceAt(p.at) : '—'}</td>
            <td>{p.chosen ? t('provenance.yes') : <span className="muted">{t('provenance.no')}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ProvenanceSection({ provenance }: { provenance: Provenance[] }) {
  const { t } = useTranslation('detail');
  if (provenance.length === 0) return null;
  const sources = new Set(provenance.map((p) => p.source)).size;
  return (
    <section aria-labelledby="provenance-title">
      <details className="provenance-all">
        <summary>
          <h3 id="provenance-title">{t('provenance.title', { facts: provenance.length, sources })}</h3>
        </summary>
        <ProvenanceTable rows={provenance} caption={t('provenance.titleShort')} withField />
      </details>
    </section>
  );
}
