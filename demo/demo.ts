/**
 * The demo page's own script: the language and theme switches, the map's view, and the map linked to
 * the roster. The widgets follow the nearest `lang` attribute and the custom properties in scope, so
 * setting `lang` and a theme class on <html> changes every widget at once; nothing else is needed.
 */
const html = document.documentElement;
const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-lang]')];

function useLanguage(lang: string): void {
  html.lang = lang;
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}
for (const button of buttons) button.addEventListener('click', () => useLanguage(button.dataset.lang!));

const THEMES = ['theme-coventry', 'theme-solihull', 'theme-dark', 'theme-govuk'];
const theme = document.querySelector<HTMLSelectElement>('#theme')!;
theme.addEventListener('change', () => {
  html.classList.remove(...THEMES);
  if (theme.value) html.classList.add(theme.value);
});

const map = document.querySelector('shared-partnership-map')!;
const roster = document.querySelector('shared-partner-roster')!;
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="view"]')) {
  radio.addEventListener('change', () => {
    map.view = radio.value as typeof map.view;
    map.heading = radio.value === 'network' ? 'Our partnerships' : 'Adoption Central England';
  });
}

// A council chosen on the map is highlighted in the roster, and one chosen in the roster on the map.
map.addEventListener('shared-select', (event) => {
  if (event.detail.kind === 'council') roster.council = event.detail.id;
});
roster.addEventListener('shared-select', (event) => {
  map.council = event.detail.id;
  map.partnership = null;
});
