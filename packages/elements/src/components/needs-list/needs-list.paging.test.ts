import { expect, fixture, html } from '@open-wc/testing';
import { createReplayClient, createReplayFetch, DemoIds } from '@wushe/sdk/fixtures';
import needsMany from '@wushe/sdk/recordings/needs-many.json' with { type: 'json' };
import {
  $,
  cards,
  focused,
  has,
  inside,
  live,
  make,
  settle,
  sleep,
  until,
} from '../../../test/needs-list-helpers.js';
import type { WusheNeedsList } from './needs-list.js';

/** Recorded pages of 410 needs (in one community), counting the pages asked for after the first. */
function counted(delayMs = 0) {
  const transport = createReplayFetch(needsMany, delayMs ? { state: 'slow', delayMs } : {});
  const pages: string[] = [];
  const counting: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname === '/v1/needs' && url.searchParams.has('cursor')) pages.push(url.search);
    return transport(input, init);
  };
  return { client: createReplayClient(needsMany, { transport: counting }), pages };
}

/** A list of the community the recording `needs-many` is about. */
const many = (client = createReplayClient(needsMany), attrs: { paging?: string } = {}) =>
  make(client, { ...attrs, community: DemoIds.manyCommunity });

const sentinel = (el: WusheNeedsList) => $(el, '.sentinel');

describe('<wushe-needs-list> paging', () => {
  it('is accessible with more needs to load', async () => {
    const el = await many();
    expect(has(el, '[part=load-more]')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('loads more: appends the next page, moves focus to it and announces it (410 needs)', async () => {
    const el = await many(undefined, { paging: 'button' });
    expect(cards(el)).to.have.length(20);
    const first = cards(el)[0]!.dataset.id;
    $<HTMLButtonElement>(el, '[part=load-more]').click();
    await until(() => cards(el).length === 40, 'the second page');
    expect(cards(el)[0]!.dataset.id).to.equal(first);
    expect(new Set(cards(el).map((card) => card.dataset.id)).size).to.equal(40);
    await until(() => focused(el) === cards(el)[20], 'focus on the first new card');
    expect(live(el)).to.contain('已加载 20 条需求');
    $<HTMLButtonElement>(el, '[part=load-more]').click();
    await until(() => cards(el).length === 60, 'the third page');
  });

  it('scrolls on: the sentinel coming into view loads the next page once, announced, focus kept', async () => {
    const { client, pages } = counted();
    const el = await many(client);
    expect(cards(el)).to.have.length(20);
    expect(pages).to.have.length(0);
    const button = $<HTMLButtonElement>(el, '[part=load-more]');
    button.focus();
    sentinel(el).scrollIntoView({ block: 'end' });
    await until(() => cards(el).length === 40, 'the next page');
    // Give the observer time to fire again: the sentinel moved 20 cards down, so nothing more.
    await sleep(300);
    expect(cards(el)).to.have.length(40);
    expect(pages).to.have.length(1);
    expect(live(el)).to.contain('已加载 20 条需求');
    expect(focused(el) === button).to.equal(true);
    // Scrolling to the end again loads the page after.
    sentinel(el).scrollIntoView({ block: 'end' });
    await until(() => cards(el).length === 60, 'the page after');
    await sleep(300);
    expect(pages).to.have.length(2);
    window.scrollTo(0, 0);
  });

  it('never loads a page twice: the button pressed while scrolling loads', async () => {
    const { client, pages } = counted(150);
    const el = await many(client);
    sentinel(el).scrollIntoView({ block: 'end' });
    await until(
      () => $(el, '[part=load-more]').getAttribute('aria-disabled') === 'true',
      'the load',
    );
    $<HTMLButtonElement>(el, '[part=load-more]').click();
    await until(() => cards(el).length === 40, 'the next page');
    await sleep(400);
    expect(pages).to.have.length(1);
    expect(cards(el)).to.have.length(40);
    window.scrollTo(0, 0);
  });

  it('with paging="button", or without IntersectionObserver, only the button loads', async () => {
    const { client, pages } = counted();
    const el = await many(client, { paging: 'button' });
    expect(has(el, '.sentinel')).to.equal(false);
    $(el, '[part=load-more]').scrollIntoView({ block: 'end' });
    await sleep(300);
    expect(pages).to.have.length(0);

    const observer = window.IntersectionObserver;
    // @ts-expect-error -- a browser without it
    delete window.IntersectionObserver;
    try {
      const plain = counted();
      const old = await many(plain.client);
      sentinel(old).scrollIntoView({ block: 'end' });
      await sleep(300);
      expect(plain.pages).to.have.length(0);
      $<HTMLButtonElement>(old, '[part=load-more]').click();
      await until(() => cards(old).length === 40, 'the page the button asked for');
    } finally {
      window.IntersectionObserver = observer;
      window.scrollTo(0, 0);
    }
  });

  it('drops a page still loading when the filters change: it belonged to the old list', async () => {
    const { client } = counted(200);
    const el = await many(client, { paging: 'button' });
    $<HTMLButtonElement>(el, '[part=load-more]').click();
    await until(
      () => $(el, '[part=load-more]').getAttribute('aria-disabled') === 'true',
      'the load',
    );
    el.category = 'elderly_care';
    await settle(el);
    await sleep(500);
    expect(cards(el)).to.have.length(20);
    for (const card of cards(el)) expect(card.textContent).to.contain('养老服务');
  });

  it('renders only what is visible once more than 200 needs are loaded', async () => {
    const el = await fixture<WusheNeedsList>(
      html`<wushe-needs-list
        community=${DemoIds.manyCommunity}
        page-size="100"
        paging="button"
        .client=${createReplayClient(needsMany)}
      ></wushe-needs-list>`,
    );
    await settle(el);
    // lit-virtualizer's resize observer may report this benign notice while it measures.
    const original = window.onerror;
    window.onerror = (message, ...rest): boolean =>
      (typeof message === 'string' && message.includes('ResizeObserver loop')) ||
      Boolean(original?.(message, ...rest));
    try {
      for (const count of [200, 300]) {
        $<HTMLButtonElement>(el, '[part=load-more]').click();
        await until(() => inside(el).pages.needs.length === count, `${count}`);
      }
      await until(() => has(el, 'lit-virtualizer'), 'the virtualizer', 5000);
      await until(() => cards(el).length > 0, 'virtual cards');
      expect(cards(el).length).to.be.lessThan(300);
      expect(has(el, '[part=load-more]')).to.equal(true);
      // From the button, focus still lands on the first new card, scrolled into the rendered range.
      $<HTMLButtonElement>(el, '[part=load-more]').click();
      await until(() => inside(el).pages.needs.length === 400, '400');
      await until(() => focused(el)?.getAttribute('part') === 'card', 'focus on a new card');
      const id = (focused(el) as HTMLElement).dataset.id;
      expect(inside(el).pages.needs[300]!.id).to.equal(id);
      await expect(el).to.be.accessible();
      // Scrolling through leaves no pile of lit's orphan end markers in the virtualizer (lit-html
      // 3.3's repeat leaves one per removed card; the list sweeps them).
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await sleep(100);
      const comments = [...$(el, 'lit-virtualizer').childNodes].filter(
        (node) => node.nodeType === Node.COMMENT_NODE,
      );
      expect(cards(el).length).to.be.greaterThan(0);
      expect(comments.length).to.be.lessThan(cards(el).length * 2 + 10);
    } finally {
      await sleep(100);
      window.onerror = original;
      window.scrollTo(0, 0);
    }
  });
});
