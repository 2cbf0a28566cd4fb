import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, findIn, until, waitForText } from '../../../../elements/test/dom.js';
import { call, DEMO, staffToken } from '../../../test/real-server.js';
import { deepActive, focusOn, tabTo } from '../../../test/editor-test.js';
import {
  mountWidget,
  showsForbidden,
  showsSignedOutAndOffline,
  type WidgetAttrs,
} from '../../../test/widget-test.js';
import './project-updates.js';
import type { WusheProjectUpdates } from './project-updates.js';
import type { WusheProjectUpdatedEvent } from '../../events/wushe-project-updated.js';

const mount = (attrs: WidgetAttrs = {}) =>
  mountWidget<WusheProjectUpdates>('wushe-project-updates', attrs);

interface ShownProject {
  status: string;
  quiet: boolean;
  updates: { body: string }[];
}
const project = async (id: string) =>
  (await call<ShownProject>('GET', `/v1/projects/${id}`, undefined, 'publishable')).body;

/** The card of the project titled `title`. */
const card = (el: HTMLElement, title: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')].find((node) =>
    node.querySelector('h3')!.textContent.includes(title),
  );

describe('<wushe-project-updates>', () => {
  it('has no axe violations, loading and with projects', async () => {
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    await expect(el).to.be.accessible();
    await findIn(el, '[part="item"]');
    await expect(el).to.be.accessible();
  });

  it('posts a progress update for a quiet project by keyboard: public, and no longer quiet', async () => {
    const el = await mount({ token: await staffToken('nancun.staff'), division: DEMO.nancun });
    await findIn(el, '[part="item"][data-quiet]');
    const quiet = $(el, '[part="item"][data-quiet]');
    const id = quiet.dataset.id!;
    quiet.querySelector<HTMLButtonElement>('[part="post"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await focusOn(() => el.shadowRoot!.querySelector(`#update-${id}`), 'the update field');
    await expect(el).to.be.accessible();
    const text = `本月送餐 ${Date.now().toString(36)} 份，新增两名志愿者。`;
    await sendKeys({ type: text });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal($(el, `[data-id="${id}"] [part="confirm"]`));
    const updated = oneEvent<WusheProjectUpdatedEvent>(el, 'wushe-project-updated');
    await sendKeys({ press: 'Enter' });
    const { detail } = await updated;
    expect(detail).to.include({ projectId: id, action: 'update' });
    expect(detail.updateId).to.match(/^pup_/);
    await until(
      () => !$(el, `[data-id="${id}"]`).hasAttribute('data-quiet'),
      'the quiet mark gone',
    );
    await waitForText(el, '[part="announcer"]', '已发布进展');
    const shown = await project(id);
    expect(shown.quiet).to.equal(false);
    expect(shown.updates[0]!.body).to.equal(text);
  });

  it('offers only the moves the lifecycle allows, and makes one by keyboard', async () => {
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    await findIn(el, '[part="item"]');
    const proposed = card(el, '共享小院')!;
    const id = proposed.dataset.id!;
    const moves = () =>
      [...$(el, `[data-id="${id}"]`).querySelectorAll<HTMLElement>('[part="move"]')].map(
        (button) => button.dataset.status,
      );
    expect(moves()).to.deep.equal(['approved', 'rejected', 'cancelled']);
    const approve = () => $(el, `[data-id="${id}"] [part="move"][data-status="approved"]`);
    await tabTo(approve, 'the approve move');
    const moved = oneEvent<WusheProjectUpdatedEvent>(el, 'wushe-project-updated');
    await sendKeys({ press: 'Enter' });
    expect((await moved).detail).to.include({
      projectId: id,
      action: 'status',
      status: 'approved',
    });
    await until(() => moves().join() === 'in_progress,cancelled', 'the next moves');
    await waitForText(el, '[part="announcer"]', '已标记为已立项');
    expect((await project(id)).status).to.equal('approved');
  });

  it('tells a move the server refuses on the project itself (an organization’s member, 403)', async () => {
    const el = await mount({ token: await staffToken('jinxiu.elders') });
    await findIn(el, '[part="item"]');
    const target = card(el, '智能养老')!;
    const id = target.dataset.id!;
    const before = (await project(id)).status;
    target.querySelector<HTMLButtonElement>('[part="move"]')!.click();
    await waitForText(el, `[data-id="${id}"] [part="action-error"]`, '无权管理');
    expect((await project(id)).status).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('shows the forbidden state when the server refuses the list (403)', async () => {
    await showsForbidden('wushe-project-updates', '无权管理', DEMO.jinxiu);
  });

  it('shows the signed-out state for an ended session, and offline when unreachable', async () => {
    await showsSignedOutAndOffline(mount);
  });

  it('shows the empty state where no project runs, in three locales and elder mode', async () => {
    const token = await staffToken('jinxiu.staff');
    const empty = await mount({ token, division: '440113001003', lang: 'en' });
    await waitForText(empty, '[part="state-empty"]', 'No projects here');
    const hk = await mount({ token, lang: 'zh-HK' });
    await waitForText(hk, '[part="title"]', '項目進展');
    const elder = await mount({ token, elder: true });
    await findIn(elder, '[part="item"]');
    expect(parseFloat(getComputedStyle($(elder, '.base')).fontSize)).to.be.at.least(18);
    await expect(elder).to.be.accessible();
  });
});
