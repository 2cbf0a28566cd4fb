import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The next page starts loading half a screen before the resident reaches the end. */
const AHEAD = '0px 0px 50% 0px';

/**
 * Infinite scroll: an invisible sentinel after the last card; when it comes near the viewport,
 * `next` loads the next page. It only adds to the "load more" button, which stays for keyboard
 * and screen-reader users and where `IntersectionObserver` is missing. One load at a time (`next`
 * refuses while one runs); after each try the sentinel is checked again, so a tall screen fills
 * up; after a failure the sentinel goes and the resident decides (the button shows the error). Loaded
 * with the first page that has a next one.
 */
export class ScrollPager implements ReactiveController {
  private observer: IntersectionObserver | undefined;
  private sentinel: Element | undefined;

  /** `next` loads the next page and resolves to whether it did. */
  constructor(
    host: ReactiveControllerHost,
    private readonly next: () => Promise<boolean>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** After each render: the sentinel after the cards, or `undefined` when none is rendered. */
  watch(element: Element | undefined): void {
    if (element === this.sentinel && this.observer) return;
    if (this.sentinel) this.observer?.unobserve(this.sentinel);
    this.sentinel = element;
    this.observe();
  }

  private observe(): void {
    if (!this.sentinel || typeof IntersectionObserver === 'undefined') return;
    this.observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this.reached();
      },
      { rootMargin: AHEAD },
    );
    this.observer.observe(this.sentinel);
  }

  private async reached(): Promise<void> {
    // Layout may still be settling (the virtualizer sizes itself a frame later): load only if
    // the sentinel is still near the viewport then.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const sentinel = this.sentinel;
    if (!sentinel) return;
    if (sentinel.getBoundingClientRect().top <= innerHeight * 1.5) await this.next();
    // Still at the end (a short page, a tall screen, a load that was already running)? The
    // observer only reports changes, so observing again asks where the sentinel is now.
    if (this.sentinel === sentinel && this.observer) {
      this.observer.unobserve(sentinel);
      this.observer.observe(sentinel);
    }
  }
}
