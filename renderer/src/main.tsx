// First: starts the catalog's request before the rest of the script initializes.
import './features/catalog/catalog-preload';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import { startTheme } from './app/theme';
import './styles.css';

initI18n();
startTheme();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
