// Measurements the embedding proofs share.
import type { Locator, Page } from 'playwright-core';

/** Exactly the policy issue 8 names for the strict-CSP page. */
export const STRICT_CSP_HEADER = "default-src 'self'; script-src 'self'; style-src 'self'";

/** A computed length of an element, in px. */
export async function px(
  locator: Locator,
  property: 'fontSize' | 'lineHeight' | 'height' | 'width',
): Promise<number> {
  const value = await locator.evaluate(
    (element, name) => getComputedStyle(element)[name],
    property,
  );
  return Number.parseFloat(value);
}

export interface OpenedDialog {
  /** In the top layer (`showModal()`). */
  readonly modal: boolean;
  readonly box: { x: number; y: number; width: number; height: number };
  /** The dialog is what is drawn at its own centre. */
  readonly hitsCentre: boolean;
  /** …and at a point of it outside `#frame` (true when the page has no frame). */
  readonly hitsOutsideFrame: boolean;
}

/**
 * Clicks the button of a `<wushe-donate-button>` (once the element is defined) and measures the
 * dialog it opens, wherever in its shadow roots the dialog is, once the donation form is in it.
 */
export async function openDialogBox(page: Page, host: Locator): Promise<OpenedDialog> {
  const tag = await host.evaluate((element) => element.localName);
  await page
    .waitForFunction((name) => customElements.get(name) !== undefined, tag, { timeout: 15_000 })
    .catch(() => {
      throw new Error(`<${tag}> is not defined by the wushe bundle`);
    });
  await host.getByRole('button').first().click();
  const handle = await page.waitForFunction(
    () => {
      const find = (root: Document | ShadowRoot): HTMLDialogElement | undefined => {
        for (const element of root.querySelectorAll('*')) {
          if (element instanceof HTMLDialogElement && element.open) return element;
          if (element.shadowRoot) {
            const found = find(element.shadowRoot);
            if (found) return found;
          }
        }
        return undefined;
      };
      const dialog = find(document);
      const rect = dialog?.getBoundingClientRect();
      // Opened, and its lazily loaded donation form has arrived: more than a loading line.
      return dialog && rect && rect.width > 0 && rect.height > 300 ? dialog : undefined;
    },
    undefined,
    { timeout: 15_000 },
  );
  return handle.evaluate((found) => {
    const dialog = found as HTMLDialogElement;
    const rect = dialog.getBoundingClientRect();
    const root = dialog.getRootNode() as Document | ShadowRoot;
    const hits = (x: number, y: number) => {
      const found = root.elementFromPoint(x, y);
      return found !== null && (found === dialog || dialog.contains(found));
    };
    const frame = document.getElementById('frame')?.getBoundingClientRect();
    const inFrame = (x: number, y: number) =>
      frame !== undefined &&
      x >= frame.left &&
      x <= frame.right &&
      y >= frame.top &&
      y <= frame.bottom;
    const inset = 8;
    const corners = [
      [rect.left + inset, rect.top + inset],
      [rect.right - inset, rect.top + inset],
      [rect.left + inset, rect.bottom - inset],
      [rect.right - inset, rect.bottom - inset],
    ] as const;
    const outside = corners.find(([x, y]) => !inFrame(x, y));
    return {
      modal: dialog.matches(':modal'),
      box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      hitsCentre: hits(rect.left + rect.width / 2, rect.top + rect.height / 2),
      hitsOutsideFrame: outside !== undefined && hits(outside[0], outside[1]),
    };
  });
}
