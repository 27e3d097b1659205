// First: takes or starts the catalog's request before the rest of the script initializes.
import { catalogSettled } from './features/catalog/catalog-preload';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import { startTheme } from './app/theme';
import './styles.css';

initI18n();
startTheme();
// On the catalog, the first render waits for its answer (the static shell of index.html is on
// screen meanwhile): the page then renders once, complete, with no loading frame before it.
void catalogSettled().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
