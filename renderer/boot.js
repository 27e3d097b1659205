// Runs before the first paint, a blocking script in <head> (the build writes the endpoint's names
// in place of the __PPI_*__ words: scripts/boot-shell.ts). Three things, each as early as can be:
// the kept interface language and theme (so the static shell and then the app paint in them), the
// catalog's request, and, in a worker running this same file, the first Intl formats.
(function () {
  if (typeof document === 'undefined') warmIntl(String(self.name));
  else {
    startWorker(languageAndTheme());
    requestCatalog();
  }

  /** <html lang> and data-theme as i18n.ts and theme.ts keep them, with the same keys and the same
   *  defaults (the system's); returns the language. */
  function languageAndTheme() {
    var root = document.documentElement;
    var lang = null;
    var theme = null;
    try {
      lang = localStorage.getItem('ppi.uiLanguage');
      theme = localStorage.getItem('ppi.theme');
    } catch (e) {
      // storage refused: the system's choices
    }
    if (lang !== 'en' && lang !== 'es') lang = /^es/i.test(navigator.language || '') ? 'es' : 'en';
    if (theme !== 'light' && theme !== 'dark') theme = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    root.setAttribute('lang', lang);
    root.setAttribute('data-theme', theme);
    return lang;
  }

  function startWorker(lang) {
    try {
      new Worker(document.currentScript.src, { name: lang });
    } catch (e) {
      // no worker: the page makes its first formats itself
    }
  }

  /** The first Intl number or date format of a process loads ICU's data (tens of ms, over 100 on a
   *  busy machine). Made here, on the worker's thread while the page's script loads, the page's own
   *  first formats (the catalog's counts and dates) cost a fraction of a millisecond. */
  function warmIntl(lang) {
    new Intl.NumberFormat(lang).format(1234.5);
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(0);
    new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(0);
    new Intl.PluralRules(lang).select(2);
    self.close();
  }

  /** When the app opens on the catalog, its request leaves now, while the app's script is still
   *  being read; features/catalog/catalog-preload.ts takes the answer ({ ok, value } | { ok, error }).
   *  window.api in Electron (the preload), else the browser mode's endpoint with the page's token. */
  function requestCatalog() {
    if (!/^(#\/?(surveys\/?)?)?(\?.*)?$/.test(location.hash)) return;
    try {
      if (window.api) {
        window.__ppiCatalog = window.api.listSurveys();
        return;
      }
      var token = new URLSearchParams(location.search).get(__PPI_TOKEN_PARAM__) || sessionStorage.getItem(__PPI_TOKEN_PARAM__) || '';
      var headers = { 'Content-Type': 'application/json' };
      headers[__PPI_TOKEN_HEADER__] = token;
      window.__ppiCatalog = fetch(__PPI_API_PREFIX__ + __PPI_CATALOG_CHANNEL__, { method: 'POST', headers: headers, body: '{}' }).then(function (r) {
        return r.ok ? r.json() : { ok: false, error: { code: 'failed', message: 'the browser mode answered HTTP ' + r.status } };
      });
    } catch (e) {
      // the app sends its own request
    }
  }
})();
