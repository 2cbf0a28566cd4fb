import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, ResidentCodeSent } from '@wushe/schema';
import { ConnectionError, RateLimitError, WusheError, type Requester } from '@wushe/sdk';
import type { LitElement } from 'lit';
import type { CommonStrings } from '../locales/types.js';
import { reportError } from '../events/wushe-error.js';
import { textField } from './fields.js';
import { commonStrings, fill, LocaleController, LocaleStrings } from './locale.js';
import type { ResidentSessionController } from './resident-session-controller.js';
import { residentApi } from './resident-session.js';
import { zhCN, type SignInStrings } from './sign-in-strings/zh-CN.js';

export type { SignInStrings } from './sign-in-strings/zh-CN.js';

const signInStrings = new LocaleStrings<SignInStrings>(zhCN, {
  'zh-HK': () => import('./sign-in-strings/zh-HK.js'),
  en: () => import('./sign-in-strings/en.js'),
});

/** The host of the sign-in form: a widget with a locale and its requester. */
export type SignInHost = LitElement & { readonly locale: Locale };

const CODE_DIGITS = 6;

/**
 * The code in what was typed, pasted or autofilled: the first run of 6 digits (a whole SMS pasted:
 * "您的验证码是 123456，5 分钟内有效"), else the digits so far (`123 456`, `123-4`).
 */
export function codeIn(text: string): string {
  const run = /\d{6}/.exec(text.replace(/[\s-]/g, ''));
  return run ? run[0] : text.replace(/\D/g, '').slice(0, CODE_DIGITS);
}

/** `13800138000` as read aloud and checked: `138 0013 8000`. */
const spaced = (mobile: string) => mobile.replace(/^(\d{3})(\d{4})(\d{4})$/, '$1 $2 $3');

/**
 * The resident sign-in every resident widget shows until someone is signed in (SPEC §13): the
 * mobile, then the 6-digit code sent to it by SMS. Elder-friendly: one big-digit code field that
 * takes the phone's one-time-code autofill and a pasted message (signing in at once), no timers
 * to race, refusals in words at the field they concern (a wrong, expired or used code; too many
 * codes, with the wait the server gave). On success the session is kept for every widget of the
 * page (`ResidentSessionController.signIn`).
 *
 * One line in a widget: `private readonly signIn = new ResidentSignInController(this, session,
 * () => this.requester)`, `signIn.render()` in its template and `residentSignInStyles` in its
 * styles.
 */
export class ResidentSignInController {
  step: 'mobile' | 'code' = 'mobile';
  mobile = '';
  code = '';
  busy = false;
  mobileError: string | undefined;
  codeError: string | undefined;
  /** A refusal or failure that is no one field's (too many codes on a resend, offline, a 500). */
  alert: string | undefined;
  sent: ResidentCodeSent | undefined;

  private readonly words: LocaleController<SignInStrings>;
  private readonly common: LocaleController<CommonStrings>;

  constructor(
    private readonly host: SignInHost,
    private readonly session: ResidentSessionController,
    private readonly requester: () => Requester,
  ) {
    this.words = new LocaleController(host, signInStrings);
    this.common = new LocaleController(host, commonStrings);
  }

  /** The form's wording in the host's locale. */
  get text(): SignInStrings {
    return this.words.value;
  }

  /** Back to an empty form (after a sign-out). */
  reset(): void {
    this.step = 'mobile';
    this.code = '';
    this.sent = undefined;
    this.clearErrors();
    this.host.requestUpdate();
  }

  private clearErrors(): void {
    this.mobileError = undefined;
    this.codeError = undefined;
    this.alert = undefined;
  }

  /** Sends a code to the mobile (again, on a resend). */
  async requestCode(): Promise<void> {
    if (this.busy) return;
    await this.send(async () => {
      const { requestCode } = await residentApi();
      this.sent = await requestCode(this.requester(), this.mobile);
      this.step = 'code';
      this.code = '';
      this.focusLater('#sign-in-code');
    });
  }

  /** Signs in with the code; the session then belongs to every resident widget of the page. */
  async signIn(): Promise<void> {
    if (this.busy) return;
    await this.send(async () => {
      const { openSession } = await residentApi();
      const session = await openSession(this.requester(), this.mobile, this.code);
      this.session.signIn(session);
      this.reset();
    });
  }

  private async send(action: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.clearErrors();
    this.host.requestUpdate();
    try {
      await action();
    } catch (error) {
      this.refused(
        error instanceof WusheError
          ? error
          : new WusheError({ code: 'unknown_error', status: 0, message: String(error) }),
      );
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Puts a refusal where it belongs: on its field, else in the alert; focus follows it. */
  private refused(error: WusheError): void {
    const common = this.common.value;
    if (error instanceof RateLimitError && error.code === 'too_many_codes') {
      const minutes = Math.max(1, Math.ceil((error.retryAfter ?? 3600) / 60));
      const message = fill(this.text.tooManyCodes, { minutes });
      if (this.step === 'mobile') this.mobileError = message;
      else this.alert = message;
    } else if (error.issues.length > 0) {
      for (const issue of error.issues) {
        if (issue.path[0] === 'code' && this.step === 'code') this.codeError ??= issue.message;
        else if (issue.path[0] === 'mobile' && this.step === 'mobile')
          this.mobileError ??= issue.message;
        else this.alert ??= issue.message;
      }
    } else {
      this.alert = error instanceof ConnectionError ? common.offline : common.errorTitle;
      reportError(this.host, error);
    }
    if (this.mobileError) this.focusLater('#sign-in-mobile');
    else if (this.codeError) this.focusLater('#sign-in-code');
  }

  /** Moves the focus to `selector` once the update under way (or the next) has rendered. */
  private focusLater(selector: string): void {
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    });
  }

  private readonly onCodeInput = (event: InputEvent) => {
    const input = event.target as HTMLInputElement;
    this.code = codeIn(input.value);
    // What is not a digit goes at once: the binding would not see a change it did not make.
    if (input.value !== this.code) input.value = this.code;
    this.codeError = undefined;
    this.host.requestUpdate();
    // The phone's autofill (no `inputType`) or a paste brings the whole code: sign in at once.
    const whole = !event.inputType || event.inputType === 'insertFromPaste';
    if (whole && this.code.length === CODE_DIGITS) void this.signIn();
  };

  private readonly onCodePaste = (event: ClipboardEvent) => {
    const pasted = event.clipboardData?.getData('text') ?? '';
    if (!pasted) return;
    event.preventDefault();
    this.code = codeIn(pasted);
    this.codeError = undefined;
    this.host.requestUpdate();
    if (this.code.length === CODE_DIGITS) void this.signIn();
  };

  /**
   * The sign-in's calls (with the contract's schemas), fetched as soon as the resident turns to
   * the form (a field focused, a tap), so sending waits for no download and a page that only shows
   * the form does not pay for them.
   */
  private prefetched: Promise<unknown> | undefined;
  private readonly prefetch = (): void => {
    this.prefetched ??= residentApi().catch(() => undefined);
  };

  /** The form: the mobile step, or the code step once a code was sent. */
  render(intro: string = this.text.intro): TemplateResult {
    const text = this.text;
    return html`<section
      class="sign-in"
      part="sign-in"
      aria-labelledby="sign-in-title"
      @focusin=${this.prefetch}
      @pointerdown=${this.prefetch}
    >
      <h3 id="sign-in-title">${text.title}</h3>
      ${this.step === 'mobile' ? this.renderMobile(intro) : this.renderCode()}
    </section>`;
  }

  private renderMobile(intro: string): TemplateResult {
    const text = this.text;
    return html`<form
      novalidate
      aria-busy=${this.busy ? 'true' : 'false'}
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.requestCode();
      }}
    >
      <p>${intro}</p>
      ${textField({
        id: 'sign-in-mobile',
        name: 'mobile',
        label: text.mobile,
        hint: text.mobileHint,
        type: 'tel',
        autocomplete: 'tel-national',
        inputmode: 'numeric',
        maxlength: 11,
        required: true,
        value: this.mobile,
        error: this.mobileError,
        change: (value) => {
          this.mobile = value.replace(/\D/g, '');
          this.mobileError = undefined;
          this.host.requestUpdate();
        },
      })}
      ${this.renderAlert()}
      <p class="actions">
        <button type="submit" part="send-code" ?disabled=${this.busy}>
          ${this.busy ? text.sending : text.sendCode}
        </button>
      </p>
    </form>`;
  }

  private renderCode(): TemplateResult {
    const text = this.text;
    const error = this.codeError;
    const described = ['sign-in-code-hint', error ? 'sign-in-code-error' : ''].join(' ').trim();
    return html`<form
      novalidate
      aria-busy=${this.busy ? 'true' : 'false'}
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.signIn();
      }}
    >
      <p role="status">${fill(text.codeSent, { mobile: spaced(this.mobile) })}</p>
      <div class="field" part="field">
        <label for="sign-in-code">${text.code}</label>
        <p id="sign-in-code-hint" class="hint">${text.codeHint}</p>
        <input
          id="sign-in-code"
          class="code-input"
          part="code-input"
          name="code"
          type="text"
          inputmode="numeric"
          autocomplete="one-time-code"
          enterkeyhint="go"
          required
          .value=${this.code}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${described}
          @input=${this.onCodeInput}
          @paste=${this.onCodePaste}
        />
        ${
          error
            ? html`<p id="sign-in-code-error" class="field-error" part="field-error">${error}</p>`
            : nothing
        }
      </div>
      ${this.renderAlert()}
      <p class="actions">
        <button type="submit" part="sign-in-submit" ?disabled=${this.busy}>
          ${this.busy ? text.signingIn : text.signIn}
        </button>
        <button
          type="button"
          class="secondary"
          part="resend"
          ?disabled=${this.busy}
          @click=${() => void this.requestCode()}
        >
          ${text.resend}
        </button>
        <button
          type="button"
          class="secondary"
          part="change-mobile"
          ?disabled=${this.busy}
          @click=${() => {
            this.reset();
            this.focusLater('#sign-in-mobile');
          }}
        >
          ${text.changeMobile}
        </button>
      </p>
    </form>`;
  }

  private renderAlert(): TemplateResult {
    return html`<div aria-live="assertive">
      ${this.alert ? html`<p class="alert" part="alert" role="alert">${this.alert}</p>` : nothing}
    </div>`;
  }

  /** "已登录：138 0013 8000 [退出登录]", for a widget's header while someone is signed in. */
  renderSignedIn(): TemplateResult | typeof nothing {
    const session = this.session.session;
    if (!session) return nothing;
    return html`<p class="signed-in" part="signed-in">
      <span>${fill(this.text.signedInAs, { mobile: spaced(session.resident.mobile) })}</span>
      <button
        type="button"
        class="secondary"
        part="sign-out"
        @click=${() => void this.session.signOut()}
      >
        ${this.text.signOut}
      </button>
    </p>`;
  }
}
