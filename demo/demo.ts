/**
 * The demo page's language switch. The widgets follow the nearest `lang` attribute, so setting it on
 * <html> switches every widget at once; nothing else is needed.
 */
const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-lang]')];

function use(lang: string): void {
  document.documentElement.lang = lang;
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}

for (const button of buttons) button.addEventListener('click', () => use(button.dataset.lang!));
