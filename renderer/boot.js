// Runs before the first paint (a blocking script in <head>, so the static shell and then the app
// paint in the right language and colours): the interface language and theme that i18n.ts and
// theme.ts keep, with the same keys and the same defaults (the system's).
(function () {
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
})();
