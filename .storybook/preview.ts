import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import './preview.css';

setCustomElementsManifest(manifest);

/** Wraps each story in an element carrying the chosen language: the widgets follow the nearest `lang`. */
const withLanguage: Decorator = (story, context) =>
  html`<div lang=${context.globals.locale ?? 'en-GB'} class="story">${story()}</div>`;

const preview: Preview = {
  decorators: [withLanguage],
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
    }
  },
  initialGlobals: { locale: 'en-GB' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true }
  },
  tags: ['autodocs']
};

export default preview;
