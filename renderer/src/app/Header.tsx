// The header: app title, the sections, and the two language choices (interface and content).
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchPalette } from '../features/search/SearchPalette';
import { ListsNavLink } from '../features/lists/ListsNavLink';
import { UI_LANGUAGES } from './i18n';
import { sectionOf, type Route } from './router';
import { SECTIONS } from './sections';
import { CONTENT_LANGUAGES, useShellStore } from './shell-store';
import { THEMES, useThemeStore, type Theme } from './theme';


export const Header = memo(function Header({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const contentLanguage = useShellStore((s) => s.contentLanguage);
  const setContentLanguage = useShellStore((s) => s.setContentLanguage);
  const { theme, setTheme } = useThemeStore();
  const section = sectionOf(route);
  return (
    <header className="app-header">
      <h1>
        <a href="#/surveys">{t('app.title')}</a>
      </h1>
      <nav aria-label={t('nav.label')}>
        {SECTIONS.map((s) => (
          <a key={s.id} href={s.href} aria-current={section === s.id ? 'page' : undefined}>
            {t(s.label)}
          </a>
        ))}
        <ListsNavLink current={section === 'lists'} />
      </nav>
      <SearchPalette />
      <div className="header-tools">
        <label>
          {t('app.contentLanguage')}{' '}
          <select value={contentLanguage} onChange={(e) => setContentLanguage(e.target.value as (typeof CONTENT_LANGUAGES)[number])}>
            {CONTENT_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`app.contentLanguageValue.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('app.uiLanguage')}{' '}
          <select value={i18n.resolvedLanguage} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('app.theme')}{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)} data-testid="theme">
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`app.themeValue.${th}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
});
