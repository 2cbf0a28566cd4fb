import type { LitElement } from 'lit';

/** How long the story's DOM must stay unchanged before it counts as settled. */
const QUIET_MS = 300;
/** How often the DOM is sampled while waiting. */
const SAMPLE_MS = 100;
/** A story that keeps changing (an animation, a ticking clock) is checked after this long anyway. */
const LONGEST_MS = 5000;

/** Every element under `root`, inside open shadow roots too (the widgets render there). */
function* composedElements(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* composedElements(element.shadowRoot);
  }
}

/** A fingerprint of what a person would see: elements, their attributes, text and field values. */
function fingerprint(root: Element): number {
  // FNV-1a over the composed tree: a changed digit ("1/3" → "2/3") changes it too.
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x1f, 0x01000193);
  };
  for (const element of composedElements(root)) {
    add(element.localName);
    for (const attribute of element.attributes) add(`${attribute.name}=${attribute.value}`);
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) add(node.textContent ?? '');
    }
    const value = (element as Partial<HTMLInputElement>).value;
    if (typeof value === 'string') add(value);
  }
  return hash >>> 0;
}

const isLit = (element: Element): element is LitElement => 'updateComplete' in element;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Waits until the story's widgets have rendered what their fixture client answered: every Lit
 * element's update has completed and the composed DOM has stayed the same for QUIET_MS.
 * Widgets load their data and their strings asynchronously after the first render; without this,
 * the a11y check would only ever see the loading state of most stories.
 */
export async function settle(canvas: Element, signal?: AbortSignal): Promise<void> {
  const deadline = performance.now() + LONGEST_MS;
  let last: number | undefined;
  let quietSince = performance.now();
  while (performance.now() < deadline && !signal?.aborted) {
    await Promise.all([...composedElements(canvas)].filter(isLit).map((el) => el.updateComplete));
    const current = fingerprint(canvas);
    if (current !== last) {
      last = current;
      quietSince = performance.now();
    } else if (performance.now() - quietSince >= QUIET_MS) {
      return;
    }
    await sleep(SAMPLE_MS);
  }
}
