// The wording in English and Spanish side by side (or one, by the content-language choice), with
// help text, each with its provenance.
import { useTranslation } from 'react-i18next';
import type { ItemDetail } from '../../../../electron/contract/models';
import { shownLanguages, useShellStore } from '../../app/shell-store';
import { ProvenanceToggle } from './Provenance';

export function ItemTexts({ item }: { item: ItemDetail }) {
  const { t } = useTranslation('detail');
  const langs = shownLanguages(useShellStore((s) => s.contentLanguage));
  return (
    <section aria-labelledby="wording-title">
      <h3 id="wording-title">{t('wording')}</h3>
      <div className={`side-by-side langs-${langs.length}`}>
        {langs.map((l) => (
          <div key={l} className="lang-column" data-testid={`text-${l}`}>
            <h4>{t(`language.${l}`)}</h4>
            {item.text[l] ? (
              <p lang={l} className="wording">
                {item.text[l]}
              </p>
            ) : (
              // A source's text of another wording is kept as a fact, not shown as this one's.
              <p className="muted">{t(l === 'es' && item.provenance.some((f) => f.field === 'text.es') ? 'noPairedText' : 'noText')}</p>
            )}
            <ProvenanceToggle field={`text.${l}`} provenance={item.provenance} label={t(`language.${l}`)} />
            {item.helpText[l] && (
              <p lang={l} className="help-text">
                <span className="muted">{t('helpText')}: </span>
                {item.helpText[l]}
              </p>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
