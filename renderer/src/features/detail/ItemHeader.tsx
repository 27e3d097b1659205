// The detail's head: ancestry breadcrumb (module → topic → question → answer), the title, and
// the identifiers with copy buttons and their provenance.
import { useTranslation } from 'react-i18next';
import type { ItemDetail } from '../../../../electron/contract/models';
import { linkToItem, linkToSurvey } from '../../app/router';
import { shownLanguages, useShellStore } from '../../app/shell-store';
import { CopyableCode } from '../../components/CopyButton';
import { useDataLabels } from '../../app/data-labels';
import { ProvenanceToggle } from './Provenance';
import { AliasCodes, AliasNote } from './ItemAliases';
import { Worded, wordedIn } from '../../components/Worded';

export const refKey = (r: { code: string | null; conceptId: number | null }) => r.code ?? (r.conceptId === null ? null : String(r.conceptId));

export function ItemHeader({ item }: { item: ItemDetail }) {
  const { t } = useTranslation('detail');
  const lang = shownLanguages(useShellStore((s) => s.contentLanguage))[0]!;
  const labels = useDataLabels();
  // An answer no source gives a wording says so, with its ID, rather than showing a bare number.
  const worded = wordedIn(item.text, lang);
  const title = worded?.text ?? (item.kind === 'answer' ? t('labelUnknown', { id: item.conceptId ?? item.code }) : (item.code ?? String(item.conceptId)));
  return (
    <header className="detail-head">
      <nav aria-label={t('ancestry')} className="breadcrumb" data-testid="ancestry">
        <ol>
          <li>
            <a href="#/surveys">{t('catalog')}</a>
          </li>
          {item.ancestry.map((a, i) => {
            const key = refKey(a);
            const href = a.kind === 'module' && item.survey ? linkToSurvey(item.survey.slug) : key ? linkToItem(key) : null;
            const label = a.kind === 'module' && item.survey?.name ? item.survey.name : <Worded text={a.text} lang={lang} fallback={key ?? '?'} />;
            return <li key={i}>{href ? <a href={href}>{label}</a> : label}</li>;
          })}
          <li aria-current="page">{item.kind === 'module' ? (item.survey?.name ?? title) : (item.code ?? item.conceptId)}</li>
        </ol>
      </nav>
      <p className="kind-line">
        <span className="tag">{t(`kind.${item.kind}`)}</span>
        {item.fieldType && <span className="tag">{labels.fieldType(item.fieldType)}</span>}
        {item.survey && (
          <a href={linkToSurvey(item.survey.slug)}>{t('inSurvey', { name: item.survey.name ?? item.survey.slug })}</a>
        )}
      </p>
      <h2 tabIndex={-1} lang={worded?.lang}>
        {title}
      </h2>
      <AliasNote item={item} />
      <dl className="ids">
        <div>
          <dt>{t('ids.code')}</dt>
          <dd>
            <CopyableCode value={item.code} what={t('ids.code')} />
            <ProvenanceToggle field="code" provenance={item.provenance} label={t('ids.code')} />
          </dd>
        </div>
        <AliasCodes item={item} />
        <div>
          <dt>{t('ids.conceptId')}</dt>
          <dd>
            <CopyableCode value={item.conceptId} what={t('ids.conceptId')} />
            <ProvenanceToggle field="conceptId" provenance={item.provenance} label={t('ids.conceptId')} />
          </dd>
        </div>
        {item.kind === 'answer' && (
          <div data-testid="standard-concept-ids">
            <dt>{t('ids.standardConceptId')}</dt>
            <dd>
              {item.standardConceptIds?.length ? (
                item.standardConceptIds.map((id) => <CopyableCode key={id} value={id} what={t('ids.standardConceptId')} />)
              ) : (
                <CopyableCode value={null} what={t('ids.standardConceptId')} />
              )}
            </dd>
          </div>
        )}
        {item.externalCodes.map((c) => (
          <div key={`${c.system}:${c.code}`}>
            <dt>{c.system}</dt>
            <dd>
              <CopyableCode value={c.code} what={c.system} />
            </dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
