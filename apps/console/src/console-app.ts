import { html, LitElement, nothing, type PropertyValues } from 'lit';
import {
  getStaffMeRoute,
  listDivisionsRoute,
  staffSignOutRoute,
  type DivisionTree,
  type Locale,
  type RoleGrant,
  type StaffAccount,
} from '@wushe/schema';
import { Requester, type WusheError } from '@wushe/sdk';
import {
  defineElement,
  LOCALES,
  LocaleController,
  LocaleStrings,
  localeOf,
} from '@wushe/elements/foundation.js';
import type { WusheSignedInEvent } from '@wushe/staff-elements/staff-sign-in.js';
import { consoleAppStyles } from './console-app.styles.js';
import { divisionChoices, holdsDivision, scopeName, type DivisionChoice } from './divisions.js';
import { SECTIONS } from './sections/index.js';
import type { ConsoleSection } from './sections/section.js';
import { zhCN, type ConsoleStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<ConsoleStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  'zh-CN': '简体中文',
  'zh-HK': '繁體中文',
  en: 'English',
};

/** What this browser remembers of the console between visits (no personal data). */
const PREFERENCES = { lang: 'wushe-console-lang', elder: 'wushe-console-elder' } as const;

function remembered(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private browsing: the choice lasts as long as the page.
  }
}

/** Where the console is: checking the session, signed out, a failure, or at work. */
type Screen = 'checking' | 'signed-out' | 'failed' | 'home';

interface Person {
  readonly account: StaffAccount;
  readonly roles: readonly RoleGrant[];
}

/**
 * The console (工作台): the back office made of the staff widgets. It keeps no token: the
 * session is the server's HttpOnly cookie on this origin, so the page asks `GET /v1/staff/me`
 * who is signed in and shows the sign-in screen when nobody is. Each screen's widgets load when
 * it first shows.
 */
export class WusheConsole extends LitElement {
  static override styles = consoleAppStyles;

  static override properties = {
    screen: { state: true },
    person: { state: true },
    tree: { state: true },
    division: { state: true },
    lang: { state: true },
    elder: { type: Boolean, reflect: true },
    signingOut: { state: true },
    sectionId: { state: true },
    sectionFailed: { state: true },
  };

  declare private screen: Screen;
  declare private person: Person | undefined;
  declare private tree: DivisionTree | undefined;
  declare private division: string | undefined;
  declare lang: Locale;
  /** Elder mode (适老化) for the console and its widgets: larger text and targets. */
  declare elder: boolean;
  declare private signingOut: boolean;
  /** The section shown (`#/<id>`); the first the person may see when the address names none. */
  declare private sectionId: string;
  declare private sectionFailed: boolean;

  get locale(): Locale {
    return this.lang;
  }

  private readonly words = new LocaleController(this, ownStrings);
  /** A screen change moves the focus to its heading, so a keyboard user starts from the top. */
  private focusHeading = false;

  constructor() {
    super();
    this.screen = 'checking';
    this.lang = localeOf(remembered(PREFERENCES.lang) ?? navigator.language);
    this.elder = remembered(PREFERENCES.elder) === '1';
    this.signingOut = false;
    this.sectionId = sectionIdOf(location.hash);
    this.sectionFailed = false;
  }

  private requester(): Requester {
    return new Requester({ baseUrl: location.origin, locale: this.lang });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
    void this.checkSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
  }

  private readonly onHashChange = () => {
    this.sectionId = sectionIdOf(location.hash);
    void this.loadSection();
  };

  /**
   * The sections this person's roles show, in menu order; to a person with no division to pick
   * (an organization's member), only those that need none.
   */
  private sections(): readonly ConsoleSection[] {
    const roles = this.person?.roles ?? [];
    const held = new Set(roles.map((grant) => grant.role));
    const placed = holdsDivision(roles);
    return SECTIONS.filter(
      (section) =>
        section.roles.some((role) => held.has(role)) && (placed || section.withoutDivision),
    );
  }

  /**
   * The section the address names, even one the menu does not offer this person (reached by a
   * link or typed): its widget then shows the server's refusal, its forbidden state. With no
   * such section, the first the menu offers.
   */
  private currentSection(): ConsoleSection | undefined {
    return SECTIONS.find((section) => section.id === this.sectionId) ?? this.sections()[0];
  }

  /** Loads the shown section's widgets; a failed download (offline) offers a retry. */
  private async loadSection() {
    const section = this.currentSection();
    this.sectionFailed = false;
    try {
      await section?.load();
    } catch {
      this.sectionFailed = true;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('lang')) document.documentElement.lang = this.lang;
  }

  protected override updated(): void {
    if (this.focusHeading) {
      this.focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    }
  }

  private async checkSession() {
    this.screen = 'checking';
    try {
      const me = await this.requester().call(getStaffMeRoute, {});
      await this.enter(me);
    } catch (error) {
      this.screen = (error as WusheError).status === 401 ? 'signed-out' : 'failed';
      if (this.screen === 'signed-out') await import('@wushe/staff-elements/staff-sign-in.js');
    }
  }

  private async enter(person: Person) {
    this.person = person;
    const [tree] = await Promise.all([
      this.requester().call(listDivisionsRoute, {}),
      this.loadSection(),
    ]);
    this.tree = tree;
    this.division = this.choices()[0]?.code;
    this.screen = 'home';
    this.focusHeading = true;
  }

  private readonly onSignedIn = (event: WusheSignedInEvent) => {
    const { account, roles } = event.detail;
    void this.enter({ account, roles }).catch(() => {
      this.screen = 'failed';
    });
  };

  private readonly signOut = async () => {
    this.signingOut = true;
    try {
      await this.requester().call(staffSignOutRoute, {});
    } catch {
      // The session may have ended already: the sign-in screen is right either way.
    }
    this.signingOut = false;
    this.person = undefined;
    this.screen = 'signed-out';
    this.focusHeading = true;
    await import('@wushe/staff-elements/staff-sign-in.js');
  };

  private choices(): DivisionChoice[] {
    return this.person && this.tree ? divisionChoices(this.person.roles, this.tree) : [];
  }

  private readonly pickLanguage = (event: Event) => {
    this.lang = localeOf((event.target as HTMLSelectElement).value);
    remember(PREFERENCES.lang, this.lang);
  };

  private readonly toggleElder = (event: Event) => {
    this.elder = (event.target as HTMLInputElement).checked;
    remember(PREFERENCES.elder, this.elder ? '1' : '0');
  };

  private readonly pickDivision = (event: Event) => {
    this.division = (event.target as HTMLSelectElement).value;
  };

  private renderHeader() {
    const words = this.words.value;
    return html`<header>
      <h1 tabindex="-1">${words.appName}</h1>
      <label>
        ${words.language}
        <select @change=${this.pickLanguage}>
          ${LOCALES.map(
            (locale) =>
              html`<option value=${locale} ?selected=${locale === this.lang}>
                ${LANGUAGE_NAMES[locale]}
              </option>`,
          )}
        </select>
      </label>
      <label
        ><input type="checkbox" .checked=${this.elder} @change=${this.toggleElder} />
        ${words.elder}</label
      >
      ${
        this.screen === 'home'
          ? html`<button
              type="button"
              class="secondary"
              ?disabled=${this.signingOut}
              @click=${this.signOut}
            >
              ${this.signingOut ? words.signingOut : words.signOut}
            </button>`
          : nothing
      }
    </header>`;
  }

  private renderHome(person: Person) {
    const words = this.words.value;
    const choices = this.choices();
    return html`<div class="layout">
      <aside aria-label=${words.signedInAs}>
        <p>
          ${words.signedInAs}：<strong>${person.account.name}</strong>（${person.account.login}）
        </p>
        <h2>${words.roles}</h2>
        <ul>
          ${person.roles.map(
            (grant) =>
              html`<li>${words.roleNames[grant.role]} · ${scopeName(grant.scope, this.tree)}</li>`,
          )}
        </ul>
        ${
          choices.length > 0
            ? html`<div class="field">
                <label for="division">${words.division}</label>
                <select id="division" @change=${this.pickDivision}>
                  ${choices.map(
                    (choice) =>
                      html`<option value=${choice.code} ?selected=${choice.code === this.division}>
                        ${'\u3000'.repeat(choice.depth)}${choice.name}
                      </option>`,
                  )}
                </select>
              </div>`
            : this.sections().some((section) => section.withoutDivision)
              ? nothing
              : html`<p>${words.noDivision}</p>`
        }
        ${this.renderMenu()}
      </aside>
      <main>${this.renderSection()}</main>
    </div>`;
  }

  private renderMenu() {
    const current = this.currentSection();
    return html`<nav aria-label=${this.words.value.menu}>
      <ul class="menu">
        ${this.sections().map(
          (section) =>
            html`<li>
              <a href="#/${section.id}" aria-current=${section === current ? 'page' : 'false'}
                >${section.title[this.lang]}</a
              >
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderSection() {
    const words = this.words.value;
    const section = this.currentSection();
    if (!section || (!this.division && !section.withoutDivision)) return nothing;
    if (this.sectionFailed)
      return html`<div class="state" role="alert">
        <p>${words.loadFailed}</p>
        <button type="button" @click=${() => void this.loadSection()}>${words.retry}</button>
      </div>`;
    return section.render({ division: this.division ?? '', lang: this.lang, elder: this.elder });
  }

  private renderScreen() {
    const words = this.words.value;
    switch (this.screen) {
      case 'checking':
        return html`<div class="centered state" role="status">${words.checking}</div>`;
      case 'failed':
        return html`<div class="centered state" role="alert">
          <p>${words.loadFailed}</p>
          <button type="button" @click=${() => void this.checkSession()}>${words.retry}</button>
        </div>`;
      case 'signed-out':
        return html`<main class="centered">
          <wushe-staff-sign-in
            lang=${this.lang}
            ?elder=${this.elder}
            @wushe-signed-in=${this.onSignedIn}
          ></wushe-staff-sign-in>
        </main>`;
      case 'home':
        return this.person ? this.renderHome(this.person) : nothing;
    }
  }

  override render() {
    return html`<div class="base">${this.renderHeader()} ${this.renderScreen()}</div>`;
  }
}

/** `#/review` → `review`; anything else → '' (the first section). */
function sectionIdOf(hash: string): string {
  return hash.startsWith('#/') ? decodeURIComponent(hash.slice(2)) : '';
}

defineElement('wushe-console', WusheConsole);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-console': WusheConsole;
  }
}
