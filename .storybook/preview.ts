import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
import staffManifest from '../packages/staff-elements/custom-elements.json' with { type: 'json' };
import { settle } from './settle.js';

// JSDoc on each element (@summary, @csspart, @cssproperty, @event, @slot) becomes its docs and controls.
// The staff widgets' manifest joins the resident widgets' (both built by `cem analyze`).
setCustomElementsManifest({
  ...manifest,
  modules: [...manifest.modules, ...staffManifest.modules],
});

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Every story is an accessibility test: a violation fails it in `npm run test-storybook`.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  // Storybook runs `afterEach` hooks in reverse order, so this one (the preview's, composed after
  // the addons') runs before the a11y addon's: axe sees the state the story is about (loaded data,
  // an error, an empty list), not the loading placeholder every widget shows first.
  afterEach: async ({ canvasElement, abortSignal }) => {
    await settle(canvasElement, abortSignal);
  },
};
export default preview;
