import { expect } from '@open-wc/testing';
import { until } from '../../test/dom.js';

/*
 * The loader (`wushe.js`) in a real page: it defines a widget when its tag is in the page or added
 * later, and only those. (Unbuilt, it has no chunk graph, so it adds no preload hints here; the
 * demo's end-to-end tests and `npm run bench:loading -w @wushe/demo` drive the built one.)
 */
describe('the wushe.js loader', () => {
  it('defines the tags in the page, then tags added later, and nothing else', async () => {
    document.body.append(document.createElement('wushe-survey-results'));
    await import('../loader.js');
    await customElements.whenDefined('wushe-survey-results');
    expect(customElements.get('wushe-donate-button')).to.equal(undefined);

    const later = document.createElement('div');
    later.innerHTML = '<p><wushe-donate-button></wushe-donate-button></p>';
    document.body.append(later);
    await until(
      () => customElements.get('wushe-donate-button') !== undefined,
      'the donate button added after the loader ran is defined',
    );
    expect(customElements.get('wushe-needs-list')).to.equal(undefined);
  });

  it('loads a tag on request through whenDefined()', async () => {
    const { whenDefined } = await import('../loader.js');
    expect(await whenDefined('wushe-provider')).to.equal(customElements.get('wushe-provider'));
  });
});
