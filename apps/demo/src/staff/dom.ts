/** What `h()` accepts as a child: nodes and text; `false`, `null` and `undefined` are skipped. */
export type Child = Node | string | number | false | null | undefined;

type Props = Record<string, string | number | boolean | EventListener | undefined>;

/**
 * Builds an element: `on…` props become listeners, `true`/`false` toggle boolean attributes,
 * other values become attributes. Text is always set as text, never parsed as HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
  return element;
}

/** A text field of a submitted form, trimmed; '' when absent. */
export function textOf(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Says something to screen-reader users through the page's polite live region. */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after a tick, so the same message twice is announced twice.
  setTimeout(() => (region.textContent = message), 50);
}

const money = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });
const dateTime = new Intl.DateTimeFormat('zh-CN', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Asia/Shanghai',
});

/** Integer fen as the yuan a person reads: 12345 → ¥123.45. */
export const yuan = (fen: number): string => money.format(fen / 100);

/** An ISO time in Beijing time. */
export const when = (iso: string): string => dateTime.format(new Date(iso));

/** Today in Beijing, as a `YYYY-MM-DD` date input wants it. */
export function beijingToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/**
 * Shows each field's error beside it (and clears the others): `errors` is keyed by the field's
 * `name`. The first wrong field gets focus, so a keyboard user lands where the fix is.
 */
export function showFieldErrors(form: HTMLFormElement, errors: Readonly<Record<string, string>>) {
  let first: HTMLElement | undefined;
  for (const control of Array.from(form.elements)) {
    if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) continue;
    const message = errors[control.name];
    const slot = form.querySelector<HTMLElement>(`#${control.id}-error`);
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    if (slot) {
      slot.textContent = message ?? '';
      slot.hidden = !message;
      if (message) control.setAttribute('aria-describedby', slot.id);
      else control.removeAttribute('aria-describedby');
    }
    if (message) first ??= control;
  }
  first?.focus();
}

/** Replaces what a container shows, and marks it no longer busy. */
export function fill(container: HTMLElement, ...children: Child[]): void {
  container.replaceChildren(h('div', {}, ...children));
  container.removeAttribute('aria-busy');
}
