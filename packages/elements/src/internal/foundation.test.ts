import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import { createClient, DivisionsResource, NeedsResource } from '@wushe/sdk';
import { createReplayClient, type ReplayClientOptions } from '@wushe/sdk/fixtures';
import volunteerRegister from '@wushe/sdk/recordings/volunteer-register.json' with { type: 'json' };
import { realServer } from '../../test/real-server.js';
import '../components/provider/provider.js';
import { WusheProvider } from '../components/provider/provider.component.js';
import { defineElement } from './define.js';
import { FormController } from './form.js';
import { RemoteController } from './remote.js';
import { WusheElement } from './wushe-element.js';
import { tokens } from '../styles/tokens.js';
import { until } from '../../test/dom.js';

/** A minimal widget on the shared foundation: loads the district tree, and has a small form. */
class TestWidget extends WusheElement {
  static override styles = tokens;
  readonly remote = new RemoteController(this, {
    task: (_args, { signal }) => new DivisionsResource(this.requester).list({}, { signal }),
    args: () => this.configArgs(),
  });
  readonly form = new FormController(this, {
    initial: { title: '', mobile: '', idNumber: '' },
    draftKey: () => 'wushe.test.draft',
    sensitive: ['idNumber'],
  });

  override render() {
    const { status, value } = this.remote;
    return html`<div part="base" class="base">
      <p part="status">
        ${status === 'ready' ? value?.name : status === 'loading' ? this.strings.loading : this.strings.errorTitle}
      </p>
      <label for="title">标题</label>
      <input
        id="title"
        .value=${this.form.values.title}
        @input=${(e: Event) => this.form.set('title', (e.target as HTMLInputElement).value)}
      />
      <p id="title-error">${this.form.errorFor('title') ?? ''}</p>
      <button @click=${() => void this.send()}>${this.strings.submit}</button>
    </div>`;
  }

  send() {
    return this.form.submit(({ title, mobile }) =>
      new NeedsResource(this.requester).create({
        communityId: '440113104001',
        kind: 'service',
        category: 'other',
        title,
        description: '测试的需求描述至少十个字。',
        anonymous: false,
        contact: { name: '测试', mobile },
        consent: { policyVersion: '2026-01', agreed: true },
      }),
    );
  }
}
defineElement('wushe-test-widget', TestWidget);

/** The district tree as the real server answered it (recording `volunteer-register`). */
const recorded = (options: ReplayClientOptions = {}) =>
  createReplayClient(volunteerRegister, options);

/** A widget whose task records each run and waits until the test lets it finish. */
class ArgsWidget extends LitElement {
  static override properties = { word: { type: String } };
  declare word: string;
  readonly runs: { word: string; signal: AbortSignal; finish: () => void }[] = [];
  readonly remote = new RemoteController(this, {
    task: ([word]: readonly [string], { signal }) =>
      new Promise<string>((resolve) => {
        this.runs.push({ word, signal, finish: () => resolve(word.toUpperCase()) });
      }),
    args: () => (this.word ? ([this.word] as const) : undefined),
  });
  override render() {
    return html`${this.remote.value ?? ''}`;
  }
}
defineElement('wushe-test-args', ArgsWidget);

const settle = async (el: TestWidget) => {
  for (let i = 0; i < 50 && el.remote.status === 'loading'; i++)
    await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
};

describe('the shared element foundation', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible', async () => {
    const el = await fixture<TestWidget>(
      html`<wushe-test-widget .client=${recorded()}></wushe-test-widget>`,
    );
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('takes its configuration from an ancestor provider', async () => {
    const client = recorded();
    const provider = await fixture(
      html`<wushe-provider .client=${client} community="440113104001"
        ><wushe-test-widget></wushe-test-widget
      ></wushe-provider>`,
    );
    const el = provider.querySelector('wushe-test-widget') as TestWidget;
    await settle(el);
    expect(el.config.community).to.equal('440113104001');
    expect(el.config.client).to.equal(client);
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent.trim()).to.equal('番禺区');
  });

  it('reaches a provider that is defined after the widget (a bundle upgrading its chunks in any order)', async () => {
    const client = recorded();
    const host = await fixture(
      html`<div>
        <wushe-late-provider community="440113104001"
          ><wushe-test-widget></wushe-test-widget
        ></wushe-late-provider>
      </div>`,
    );
    const el = host.querySelector('wushe-test-widget') as TestWidget;
    await settle(el);
    expect(el.config.community).to.equal('');
    class LateProvider extends WusheProvider {}
    defineElement('wushe-late-provider', LateProvider);
    const provider = host.querySelector('wushe-late-provider') as LateProvider;
    provider.client = client;
    await provider.updateComplete;
    await settle(el);
    expect(el.config.community).to.equal('440113104001');
    expect(el.config.client).to.equal(client);
  });

  it("lets a widget's own attributes win over the provider's", async () => {
    const provider = await fixture(
      html`<wushe-provider .client=${recorded()} community="440113104001" lang="zh-CN"
        ><wushe-test-widget community="440113104002" lang="en"></wushe-test-widget
      ></wushe-provider>`,
    );
    const el = provider.querySelector('wushe-test-widget') as TestWidget;
    expect(el.config.community).to.equal('440113104002');
    expect(el.locale).to.equal('en');
  });

  it('loads a non-default locale lazily, then renders in it', async () => {
    const el = await fixture<TestWidget>(
      html`<wushe-test-widget lang="zh-HK" .client=${recorded()}></wushe-test-widget>`,
    );
    await settle(el);
    for (let i = 0; i < 50 && el.shadowRoot!.querySelector('button')!.textContent !== '提交'; i++)
      await new Promise((r) => setTimeout(r, 20));
    el.lang = 'en';
    for (let i = 0; i < 50 && el.shadowRoot!.querySelector('button')!.textContent !== 'Submit'; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Submit');
  });

  it('shows the error state and reports it with a wushe-error event that leaves the shadow root', async () => {
    const client = recorded({ state: 'error', maxRetries: 0 });
    const heard = oneEvent(document, 'wushe-error');
    const el = await fixture<TestWidget>(
      html`<wushe-test-widget .client=${client}></wushe-test-widget>`,
    );
    const event = await heard;
    await settle(el);
    expect(event.detail).to.include({ code: 'internal_error', status: 500 });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.remote.status).to.equal('error');
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent.trim()).to.equal(
      '暂时无法加载',
    );
  });

  it('runs a RemoteController when its args change (as @lit/task does), aborting the run in flight', async () => {
    const el = await fixture<ArgsWidget>(html`<wushe-test-args></wushe-test-args>`);
    expect(el.runs).to.have.length(0);
    expect(el.remote.status).to.equal('idle');
    el.word = 'one';
    await el.updateComplete;
    el.word = 'two';
    await el.updateComplete;
    expect(el.runs.map((run) => run.word)).to.deep.equal(['one', 'two']);
    expect(el.runs[0]!.signal.aborted).to.equal(true);
    expect(el.remote.status).to.equal('loading');
    el.runs[0]!.finish();
    el.runs[1]!.finish();
    await until(() => el.remote.status === 'ready', 'the second run');
    expect(el.remote.value).to.equal('TWO');
    // An update that changes nothing the task depends on does not run it again.
    el.requestUpdate();
    await el.updateComplete;
    expect(el.runs).to.have.length(2);
    void el.remote.run();
    expect(el.runs.map((run) => run.word)).to.deep.equal(['one', 'two', 'two']);
  });

  it('keeps what was typed, puts field errors on their fields, and drafts across a reload', async () => {
    const { apiBase, publishableKey } = await realServer();
    const client = createClient({ baseUrl: apiBase, publishableKey });
    const el = await fixture<TestWidget>(
      html`<wushe-test-widget .client=${client}></wushe-test-widget>`,
    );
    el.form.set('title', '短');
    el.form.set('mobile', '123');
    el.form.set('idNumber', '11010519491231002X');
    await el.send();
    await el.updateComplete;
    expect(el.form.values.title).to.equal('短');
    expect(el.form.errorFor('title')).to.equal('至少需要 4 个字');
    expect(el.form.errorFor('contact.mobile')).to.contain('11 位手机号码');
    expect(el.shadowRoot!.querySelector('#title-error')!.textContent).to.equal('至少需要 4 个字');
    const draft = JSON.parse(sessionStorage.getItem('wushe.test.draft')!) as Record<string, string>;
    expect(draft).to.deep.equal({ title: '短', mobile: '123' });

    const again = await fixture<TestWidget>(
      html`<wushe-test-widget .client=${client}></wushe-test-widget>`,
    );
    expect(again.form.restored).to.equal(true);
    expect(again.form.values.title).to.equal('短');
    expect(again.form.values.idNumber).to.equal('');
    again.form.set('title', '为长者修理轮椅');
    again.form.set('mobile', '13812345678');
    const created = await again.send();
    expect(created?.status).to.equal('pending_review');
    expect(sessionStorage.getItem('wushe.test.draft')).to.equal(null);
  });

  it('grows text and targets in elder mode (适老化)', async () => {
    const el = await fixture<TestWidget>(
      html`<wushe-test-widget elder .client=${recorded()}></wushe-test-widget>`,
    );
    const button = el.shadowRoot!.querySelector('button')!;
    const base = getComputedStyle(el.shadowRoot!.querySelector('.base')!);
    expect(parseFloat(base.fontSize)).to.be.at.least(18);
    expect(parseFloat(base.lineHeight) / parseFloat(base.fontSize)).to.be.at.least(1.3);
    expect(button.getBoundingClientRect().height).to.be.at.least(60);
    expect(button.getBoundingClientRect().width).to.be.at.least(60);
  });

  it('stands up to hostile page CSS and adds nothing to the page', async () => {
    const sheetsBefore = document.styleSheets.length;
    const adoptedBefore = document.adoptedStyleSheets.length;
    const hostile = document.createElement('style');
    hostile.textContent =
      'html{font-size:62.5%} *{line-height:3;box-sizing:content-box} button{display:none}';
    document.head.append(hostile);
    try {
      const el = await fixture<TestWidget>(
        html`<wushe-test-widget .client=${recorded()}></wushe-test-widget>`,
      );
      const button = el.shadowRoot!.querySelector('button')!;
      expect(getComputedStyle(button).display).to.not.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.base')!).fontSize).to.equal('16px');
      expect(
        parseFloat(getComputedStyle(el.shadowRoot!.querySelector('p')!).lineHeight),
      ).to.be.below(30);
      expect(document.adoptedStyleSheets.length).to.equal(adoptedBefore);
    } finally {
      hostile.remove();
    }
    expect(document.styleSheets.length).to.equal(sheetsBefore);
  });
});
