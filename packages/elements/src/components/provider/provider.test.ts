import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../../internal/define.js';
import { WusheProvider } from './provider.js';

describe('<wushe-provider>', () => {
  it('is accessible', async () => {
    const el = await fixture<WusheProvider>(
      html`<wushe-provider community="440113104001"><button>一个按钮</button></wushe-provider>`,
    );
    await expect(el).to.be.accessible();
  });

  it('mirrors attributes as properties', async () => {
    const el = await fixture<WusheProvider>(
      html`<wushe-provider
        api-base="http://127.0.0.1:8787"
        publishable-key="pk_test_x"
        lang="en"
      ></wushe-provider>`,
    );
    expect(el.apiBase).to.equal('http://127.0.0.1:8787');
    expect(el.publishableKey).to.equal('pk_test_x');
    expect(el.lang).to.equal('en');
    el.community = '440113104001';
    await el.updateComplete;
    expect(el.getAttribute('community')).to.equal('440113104001');
  });

  it('shows what it wraps', async () => {
    const el = await fixture<WusheProvider>(html`<wushe-provider><p>内容</p></wushe-provider>`);
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});

describe('defineElement', () => {
  it('does not throw when a tag is defined twice', () => {
    expect(() => defineElement('wushe-provider', WusheProvider)).not.to.throw();
    expect(() => defineElement('wushe-provider', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('wushe-provider')).to.equal(WusheProvider);
  });

  it('warns once when another version holds the tag', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      customElements.define('wushe-test-foreign', class extends HTMLElement {});
      // Each copy of another version that loads tries again: one warning is enough.
      defineElement('wushe-test-foreign', class extends HTMLElement {});
      defineElement('wushe-test-foreign', class extends HTMLElement {});
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('<wushe-test-foreign>');
  });
});
