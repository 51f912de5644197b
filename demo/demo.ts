/**
 * The demo page's own script: the language and theme switches, the map's view, and the map linked to
 * the roster. The widgets follow the nearest `lang` attribute and the custom properties in scope, so
 * setting `lang` and a theme class on <html> changes every widget at once; nothing else is needed.
 */
import registry from '../src/widgets.json';

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

// Every widget in the registry is on this page: one the page does not place yet (a sixth, fresh from
// `npm run new-widget`) gets a section of its own at the end, with the attributes the registry's
// `demo` gives it, until someone writes it into the page. The e2e run checks every widget is here.
interface DemoEntry {
  name: string;
  tag: string;
  demo?: { heading?: string; attributes?: Record<string, string> };
}
for (const widget of (registry.widgets as DemoEntry[]).filter((w) => !document.querySelector(w.tag))) {
  const section = document.createElement('section');
  const heading = document.createElement('h2');
  heading.id = `more-${widget.name}`;
  heading.textContent = widget.demo?.heading ?? widget.name;
  section.setAttribute('aria-labelledby', heading.id);
  const element = document.createElement(widget.tag);
  element.setAttribute('heading-level', '3');
  for (const [name, value] of Object.entries(widget.demo?.attributes ?? {})) element.setAttribute(name, value);
  section.append(heading, element);
  document.querySelector('main')!.append(section);
}
