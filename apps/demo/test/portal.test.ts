import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  closeClean,
  DEMO,
  openPage,
  publicCall,
  shot,
  stack,
  unique,
  usePortal,
  widgetsReady,
  widgetsSettled,
} from './support.js';

const portal = usePortal();

/** The portal's plain pages and the wushe elements each must show. */
const PAGES = [
  { path: '/', name: 'home', tags: ['wushe-needs-list', 'wushe-donation', 'wushe-donate-button'] },
  { path: '/volunteer.html', name: 'volunteer', tags: ['wushe-volunteer-signup'] },
  { path: '/donate.html', name: 'donate', tags: ['wushe-donation'] },
  { path: '/survey.html', name: 'survey', tags: ['wushe-survey'] },
  { path: '/results.html', name: 'results', tags: ['wushe-survey-results'] },
] as const;

describe('the portal pages', () => {
  for (const { path, name, tags } of PAGES) {
    it(`${path} loads only wushe.js, upgrades its widgets and logs no error`, async () => {
      const watched = await openPage(portal.browser);
      const scripts: string[] = [];
      watched.page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await watched.page.goto(`${stack.portal}${path}`);
      const found = await widgetsReady(watched.page);
      expect(found).toEqual(expect.arrayContaining(['wushe-provider', ...tags]));
      // One script tag, the bundle's; anything else it loads comes from beside it.
      const tagsInHtml = await watched.page.evaluate(() =>
        [...document.scripts].map((script) => `${script.type} ${script.getAttribute('src')}`),
      );
      expect(tagsInHtml).toEqual(['module /wushe/wushe.js']);
      expect(scripts.every((script) => script.startsWith('/wushe/'))).toBe(true);
      await widgetsSettled(watched.page);
      expect(await axeViolations(watched.page)).toEqual([]);
      await shot(watched.page, `portal-${name}`);
      await closeClean(watched);
    });
  }

  it('the home page shows the community’s public needs from the demo seed', async () => {
    const watched = await portal.open('/');
    const cards = watched.page.locator('wushe-needs-list [part="card"]');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    // A 锦绣香江 need of the seed, published and open.
    await expect
      .poll(() => watched.page.locator('wushe-needs-list').getByText('独居长者').count())
      .toBeGreaterThan(0);
    await closeClean(watched);
  });

  it('the staff desk loads its queues through the server-side key, and no key is in the page', async () => {
    const { body: waiting } = await publicCall<{ id: string }>('POST', '/v1/needs', {
      communityId: DEMO.community,
      kind: 'wish',
      category: 'elderly_care',
      title: unique('一台老人手机'),
      description: '独居的关伯想要一台大字大声的老人手机，方便和子女视频。',
      valueFen: 30_000,
      anonymous: false,
      contact: { name: '关伯', mobile: '13800138103' },
      consent: { policyVersion: '2026-01', agreed: true },
    });
    const watched = await openPage(portal.browser);
    const requests: { url: string; authorization: string | undefined }[] = [];
    watched.page.on('request', (request) =>
      requests.push({ url: request.url(), authorization: request.headers().authorization }),
    );
    await watched.page.goto(`${stack.portal}/staff.html`);
    await watched.page.locator('body[data-ready="true"]').waitFor();
    await watched.page.locator(`#review-list [data-need="${waiting.id}"]`).waitFor();
    expect(await watched.page.locator('#follow-up-list table tbody tr').count()).toBeGreaterThan(0);
    const html = await watched.page.content();
    expect(html).not.toContain(stack.secretKey);
    expect(requests.some((request) => request.url.includes('/staff-api/v1/needs'))).toBe(true);
    expect(requests.every((request) => !request.authorization?.includes('sk_'))).toBe(true);
    expect(await axeViolations(watched.page)).toEqual([]);
    await shot(watched.page, 'portal-staff');
    await closeClean(watched);
  });
});
