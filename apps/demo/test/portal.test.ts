import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  closeClean,
  openPage,
  shot,
  stack,
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
  {
    path: '/me.html',
    name: 'me',
    tags: ['wushe-my-volunteering', 'wushe-points-store', 'wushe-my-needs', 'wushe-my-donations'],
  },
  { path: '/projects.html', name: 'projects', tags: ['wushe-projects', 'wushe-resources'] },
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
      // The shared frame marks this page, and only this page, in the menu.
      const current = await watched.page
        .locator('.site-nav [aria-current="page"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(current).toEqual([path]);
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

  it('every page’s footer sends staff to the console, and shows the back-office proof', async () => {
    for (const path of [
      '/',
      '/volunteer.html',
      '/me.html',
      '/donate.html',
      '/survey.html',
      '/results.html',
    ]) {
      const html = await (await fetch(`${stack.portal}${path}`)).text();
      expect(html, path).toContain('<a href="/console/">工作人员入口（工作台）</a>');
      expect(html, path).toContain('<a href="/back-office/">');
      expect(html, path).not.toContain('staff.html');
    }
    // /console/ on the portal is the console wushe-server serves on the API's origin.
    const hop = await fetch(`${stack.portal}/console/`, { redirect: 'manual' });
    expect(hop.headers.get('location')).toBe(`${stack.api}/console/`);
  });
});
