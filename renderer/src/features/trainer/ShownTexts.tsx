// Texts as the trainer shows them, each in its language; one shown in the other language because
// the chosen one has none is marked as such, so nobody takes it for the participant's wording.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShownText } from './trainer-text';

export function ShownTexts({ texts }: { texts: ShownText[] }) {
  const { t, i18n } = useTranslation('trainer');
  return (
    <>
      {texts.map((x) => (
        <Fragment key={x.lang}>
          <span lang={x.lang} className={`trainer-lang-${x.lang}`}>
            {x.text}
          </span>
          {x.fallback && (
            <span className="trainer-fallback" lang={i18n.resolvedLanguage} data-testid="trainer-fallback">
              {t(`fallback.${x.lang}`)}
            </span>
          )}
        </Fragment>
      ))}
    </>
  );
}
