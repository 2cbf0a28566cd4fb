import { html, type TemplateResult } from 'lit';
import { renderEmptyState, renderLoadState } from './load-state.js';
import { RemoteController } from './remote.js';
import { ResidentSessionController } from './resident-session-controller.js';
import { ResidentSignInController } from './resident-sign-in.js';
import { WusheElement } from './wushe-element.js';

/** What a resident list widget says in its own words. */
export interface ResidentListWords {
  readonly title: string;
  /** Above the sign-in: what signing in shows. */
  readonly signInIntro: string;
  /** Signed in, nothing of hers yet: what she may do about it. */
  readonly empty: string;
  /** The button that reads her list again. */
  readonly refresh: string;
}

/**
 * A signed-in resident's own list (my needs, my donations: SPEC §13): the page's shared sign-in
 * until someone is signed in, then the list the server keeps of her mobile, read by its route's
 * wire part (no zod in the first load), with the load states, a refresh button, and a new read
 * whenever a widget on the page reports one of `reloadOn` (a need posted, a donation made).
 * A widget states its words, how it reads and how it shows one entry; the frame is this one.
 */
export abstract class ResidentListElement<T> extends WusheElement {
  /** The `wushe-*` events from anywhere on the page after which the list is read again. */
  protected static reloadOn: readonly string[] = [];

  /** The page's resident sign-in, shared with every resident widget of the page. */
  readonly session: ResidentSessionController = new ResidentSessionController(
    this,
    () => this.requester,
  );
  readonly signIn: ResidentSignInController = new ResidentSignInController(
    this,
    this.session,
    () => this.requester,
  );

  /** The signed-in resident's list, read again for another resident or configuration. */
  readonly remote = new RemoteController<readonly T[]>(this, {
    task: async ([token], { signal }) => {
      const items = await this.fetchMine(signal);
      this.loadedFor = token;
      return items;
    },
    args: () => {
      const token = this.session.session?.token;
      return token ? [token, ...this.configArgs()] : undefined;
    },
  });

  /** The token the list shown was read with: another resident never sees the last one's list. */
  private loadedFor: unknown;

  /** Reads the signed-in resident's list from the server. */
  protected abstract fetchMine(signal: AbortSignal): Promise<readonly T[]>;
  /** The widget's own words in its locale. */
  protected abstract get words(): ResidentListWords;
  /** The list, once read and not empty. */
  protected abstract renderList(items: readonly T[]): TemplateResult;

  private readonly reload = () => {
    if (this.session.signedIn) void this.remote.run();
  };

  private get reloadEvents(): readonly string[] {
    return (this.constructor as typeof ResidentListElement).reloadOn;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of this.reloadEvents) document.addEventListener(type, this.reload);
  }

  override disconnectedCallback(): void {
    for (const type of this.reloadEvents) document.removeEventListener(type, this.reload);
    super.disconnectedCallback();
  }

  override render() {
    const words = this.words;
    const loading = this.remote.status === 'loading';
    return html`<div part="base" class="base" aria-busy=${loading ? 'true' : 'false'}>
      <h2 part="title">${words.title}</h2>
      ${this.session.signedIn ? this.renderSignedIn() : this.signIn.render(words.signInIntro)}
    </div>`;
  }

  private renderSignedIn(): TemplateResult {
    const words = this.words;
    // While the list is read again (a refresh, a need just posted) the one shown stays.
    const items = this.loadedFor === this.session.session?.token ? this.remote.value : undefined;
    const { status } = this.remote;
    const shown = status === 'ready' || status === 'loading';
    return html`${this.signIn.renderSignedIn()}
    ${
      shown && items
        ? html`<p class="actions">
              <button
                type="button"
                class="secondary"
                part="refresh"
                ?disabled=${this.remote.status === 'loading'}
                @click=${this.reload}
              >
                ${words.refresh}
              </button>
            </p>
            ${items.length === 0 ? renderEmptyState(this.strings, words.empty) : this.renderList(items)}`
        : renderLoadState(this.remote, this.strings)
    }`;
  }
}
