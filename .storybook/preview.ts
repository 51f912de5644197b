import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { publicApi } from './public-api.js';
import './preview.css';

// Controls list what a page may set: no static fields, private members or internal state.
setCustomElementsManifest(publicApi(manifest));

/** Theme classes from demo/themes.css, chosen in the toolbar. */
const THEMES: Record<string, string> = { coventry: 'theme-coventry', solihull: 'theme-solihull', dark: 'theme-dark' };

/**
 * Wraps each story in an element carrying the chosen language and theme: the widgets follow the
 * nearest `lang`, and the theme class sets the documented custom properties (and, on the wrapper, the
 * theme's page background and text colour).
 */
const withLanguageAndTheme: Decorator = (story, context) => {
  const theme = THEMES[context.globals.theme as string] ?? '';
  return html`<div lang=${context.globals.locale ?? 'en-GB'} class="story ${theme}">${story()}</div>`;
};

const preview: Preview = {
  decorators: [withLanguageAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en-GB', title: 'English' },
          { value: 'cy', title: 'Cymraeg' }
        ],
        dynamicTitle: true
      }
    },
    theme: {
      description: 'Example theme (demo/themes.css)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'coventry', title: 'Coventry (example)' },
          { value: 'solihull', title: 'Solihull (example)' },
          { value: 'dark', title: 'Dark' }
        ],
        dynamicTitle: true
      }
    }
  },
  initialGlobals: { locale: 'en-GB', theme: 'default' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true }
  },
  tags: ['autodocs']
};

export default preview;
