// Light, dark, or the system's: the reader's choice (kept in localStorage under "theme" by the
// footer's switch, src/site/theme-switch.ts), set before the first paint so no page flashes.
(function () {
  var choice = null;
  try {
    choice = localStorage.getItem('theme');
  } catch (e) {}
  var system = matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
  document.documentElement.dataset.theme = choice === 'light' || choice === 'dark' ? choice : system;
})();
