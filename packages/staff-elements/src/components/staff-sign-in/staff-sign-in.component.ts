import { html, nothing, type PropertyValues } from 'lit';
import { LockedError, type WusheError } from '@wushe/sdk';
import { fill, LocaleController, LocaleStrings } from '@wushe/elements/foundation.js';
import { staffSignInRoute } from '@wushe/schema';
import { fieldValue } from '../../internal/field-value.js';
import { StaffElement } from '../../internal/staff-element.js';
import { staffSignInStyles } from './staff-sign-in.styles.js';
import { zhCN, type StaffSignInStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<StaffSignInStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/** How long to wait, as a person reads it: whole minutes from a minute up, else seconds. */
export function waitText(seconds: number, words: StaffSignInStrings): string {
  return seconds >= 60
    ? fill(words.minutes, { n: Math.ceil(seconds / 60) })
    : fill(words.seconds, { n: Math.max(1, Math.ceil(seconds)) });
}

/**
 * @tagname wushe-staff-sign-in
 * @summary Staff sign-in (工作人员登录): login and password, then the authenticator code when the account asks for one.
 *
 * Signs a staff member in with `POST /v1/staff/sign-in`. An account with two-step sign-in (every
 * district admin) is asked for its 6-digit code in a second step; after five failures the server
 * locks the account and the widget says how long to wait (from its `Retry-After`). Errors are
 * told in the reader's language and what was typed stays. On the API's own origin (the console)
 * the session is kept in the server's HttpOnly cookie; the event also carries the token, for a
 * page that passes it to other staff widgets.
 *
 * @event wushe-signed-in - Signed in; `detail` is the account, its roles and scopes, and the session.
 * @event wushe-error - The sign-in failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart form - The sign-in form.
 * @csspart title - The heading.
 * @csspart login - The login field.
 * @csspart password - The password field.
 * @csspart totp - The authenticator code field (second step).
 * @csspart message - Why the sign-in failed, or how long the account is locked.
 * @csspart submit - The sign-in button.
 *
 * @cssproperty --wushe-color-primary - The button.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheStaffSignIn extends StaffElement {
  static override styles = staffSignInStyles;

  static override properties = {
    ...StaffElement.properties,
    submitting: { state: true },
    askTotp: { state: true },
    failure: { state: true },
  };

  declare private submitting: boolean;
  /** The account asked for its authenticator code: the second step. */
  declare private askTotp: boolean;
  /** The last failure, told in the reader's language when it renders. */
  declare private failure: WusheError | undefined;

  private readonly words = new LocaleController(this, ownStrings);

  constructor() {
    super();
    this.submitting = false;
    this.askTotp = false;
  }

  /** Where a failure sends the focus: the field to correct. */
  private focusAfterFailure: string | undefined;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterFailure) {
      this.renderRoot.querySelector<HTMLInputElement>(this.focusAfterFailure)?.focus();
      this.focusAfterFailure = undefined;
    }
  }

  private readonly submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.submitting) return;
    const form = event.currentTarget as HTMLFormElement;
    if (!form.reportValidity()) return;
    const totp = fieldValue(form, 'totp').trim();
    this.submitting = true;
    this.failure = undefined;
    try {
      const answer = await this.requester.call(staffSignInRoute, {
        body: {
          login: fieldValue(form, 'login').trim(),
          password: fieldValue(form, 'password'),
          ...(this.askTotp && totp ? { totp } : {}),
        },
      });
      this.emit('wushe-signed-in', answer);
    } catch (error) {
      this.failure = error as WusheError;
      if (this.failure.code === 'totp_required') {
        this.askTotp = true;
        this.focusAfterFailure = '#totp';
      } else if (this.failure.code === 'invalid_credentials') {
        this.focusAfterFailure = this.askTotp ? '#totp' : '#password';
      }
      this.report(this.failure);
    } finally {
      this.submitting = false;
    }
  };

  private message(): string {
    const failure = this.failure;
    const words = this.words.value;
    if (!failure) return '';
    switch (failure.code) {
      case 'invalid_credentials':
        return this.askTotp ? words.totpWrong : words.invalidCredentials;
      case 'totp_required':
        return words.totpRequired;
      case 'account_locked': {
        const wait = failure instanceof LockedError ? (failure.retryAfter ?? 900) : 900;
        return fill(words.locked, { wait: waitText(wait, words) });
      }
      default:
        return failure.status === 0 ? words.offline : words.failed;
    }
  }

  override render() {
    const words = this.words.value;
    const message = this.message();
    return html`<div class="base" part="base">
      <form part="form" novalidate @submit=${this.submit}>
        <h2 part="title">${words.title}</h2>
        <div class="field">
          <label for="login">${words.login}</label>
          <input
            id="login"
            name="login"
            part="login"
            autocomplete="username"
            required
            maxlength="64"
            aria-describedby="message"
          />
        </div>
        <div class="field">
          <label for="password">${words.password}</label>
          <input
            id="password"
            name="password"
            part="password"
            type="password"
            autocomplete="current-password"
            required
            maxlength="200"
            aria-describedby="message"
          />
        </div>
        ${
          this.askTotp
            ? html`<div class="field">
                <label for="totp">${words.totp}</label>
                <input
                  id="totp"
                  name="totp"
                  part="totp"
                  inputmode="numeric"
                  autocomplete="one-time-code"
                  pattern="[0-9]{6}"
                  maxlength="6"
                  required
                  aria-describedby="totp-hint message"
                />
                <p class="hint" id="totp-hint">${words.totpHint}</p>
              </div>`
            : nothing
        }
        <p class="message" id="message" part="message" role="alert">${message}</p>
        <button type="submit" part="submit" ?disabled=${this.submitting}>
          ${this.submitting ? words.submitting : words.submit}
        </button>
      </form>
    </div>`;
  }
}
