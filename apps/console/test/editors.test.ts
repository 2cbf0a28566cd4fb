// The console's directory and fund editors end to end, by keyboard only: street staff add a
// social worker of their street, and see their funds with the Charity-Law checklist. axe on each.
import { describe, expect, it } from 'vitest';
import {
  CONSOLE,
  axeViolations,
  focused,
  menuEntries,
  openConsole,
  openSection,
  signInByKeyboard,
  staffCall,
  staffToken,
  tabTo,
  useBrowser,
} from './support.js';

const chromium = useBrowser();
const NANCUN = '440113104';

describe('the console’s editors', () => {
  it('street staff add a social worker of their street by keyboard, and see their funds’ checklists', async () => {
    const watched = await openConsole(chromium.browser);
    const { page } = watched;
    await page.goto(CONSOLE);
    await page.locator('wushe-staff-sign-in #login').waitFor();
    await signInByKeyboard(page, 'nancun.staff');
    await page.locator('aside').waitFor();
    expect(await menuEntries(page)).toEqual(expect.arrayContaining(['社工', '慈善基金']));

    await openSection(page, '社工');
    const editor = page.locator('wushe-social-worker-editor');
    await editor.locator('[part="item"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, (f) => f.part === 'new' && f.host === 'wushe-social-worker-editor', 'new');
    await page.keyboard.press('Enter');
    await editor.locator('[part="form"]').waitFor();
    expect((await focused(page)).id).toBe('name');
    const name = `冯敏仪 ${Date.now().toString(36)}`;
    await page.keyboard.type(name);
    await tabTo(page, (f) => f.id === 'organizationId', 'the agency');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, (f) => f.id === 'station', 'the station');
    await page.keyboard.type('南村镇社工站');
    await tabTo(page, (f) => f.id === 'certificateLevel', 'the certificate');
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, (f) => f.part === 'save', 'the save button');
    await page.keyboard.press('Enter');
    const added = editor.locator('[part="item"]', { hasText: name });
    await added.waitFor();
    await expect.poll(() => editor.locator('[part="announcer"]').textContent()).toContain(name);
    expect(await axeViolations(page)).toEqual([]);
    const listed = await staffCall<{ data: { name: string; streetId: string; station: string }[] }>(
      await staffToken('nancun.staff'),
      'GET',
      `/v1/social-workers?street=${NANCUN}&limit=100`,
    );
    expect(listed.body.data.find((worker) => worker.name === name)).toMatchObject({
      streetId: NANCUN,
      station: '南村镇社工站',
    });

    await openSection(page, '慈善基金');
    const funds = page.locator('wushe-fund-editor');
    // The platform fund of 南村镇: fully disclosed, but its donors give on the platform.
    await funds.locator('[part="item"] [part="check-missing"][data-item="mode"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
