import { adoptStyles, html, nothing, type TemplateResult } from 'lit';
import { WusheError } from '@wushe/sdk';
import { WusheElement } from '../../internal/wushe-element.js';
import { fetchedPart, renderLoadState } from '../../internal/load-state.js';
import { RemoteController } from '../../internal/remote.js';
import type { FormController } from '../../internal/form.js';
import { fill, LocaleController, LocaleStrings } from '../../internal/locale.js';
import { domainStrings } from '../../internal/domain-strings.js';
import { ResidentSessionController } from '../../internal/resident-session-controller.js';
import { ResidentSignInController } from '../../internal/resident-sign-in.js';
import type { MyVolunteering } from './api.js';
import type { MyDataController } from './my-data-controller.js';
import type { EditValues } from './edit-values.js';
import type { MyVolunteeringViewHost } from './view.js';
import type { MyVolunteeringViewStrings } from './strings/view-zh-CN.js';
import { myVolunteeringStyles } from './my-volunteering.styles.js';
import { zhCN, type MyVolunteeringStrings } from './strings/zh-CN.js';
import type {} from '../../events/wushe-error.js';
import type {} from '../../events/wushe-signup-cancelled.js';
import type {} from '../../events/wushe-volunteer-updated.js';
import type {} from '../../events/wushe-consent-withdrawn.js';

const ownStrings = new LocaleStrings<MyVolunteeringStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/** The widget's reads, fetched as it connects. */
const api = fetchedPart(() => import('./api.js'), 'my volunteering');
/** The writes with their routes' schemas, fetched when the resident acts. */
const writes = fetchedPart(() => import('./writes.js'), 'my volunteering');
/** What a signed-in resident sees, fetched with the reads. */
const view = fetchedPart(() => import('./view.js'), 'my volunteering');

/**
 * @tagname wushe-my-volunteering
 * @summary A resident's own volunteering (我的志愿服务): sign in by SMS code, then my registration,
 * my signups, my hours (信用时 and 荣誉时 apart) with a printable 志愿服务记录证明, and my points.
 *
 * Until a resident is signed in it shows the sign-in (mobile, then the 6-digit code sent by SMS);
 * the sign-in is shared with every resident widget of the page. Then: the registration (correct
 * it, or withdraw consent, which erases it and cancels coming signups), the signups (cancel while
 * the activity has not begun; the first person waiting takes the place), the hours by activity,
 * the certificate with the fields of 《志愿服务记录与证明出具办法（试行）》 (printed alone), and
 * the points balance and history. Confirmations are inline, never pop-ups, but for erasure.
 * Under PIPL she may export everything held about her (a JSON file, `wushe-my-data-<date>.json`)
 * and erase it, after a native modal dialog says what goes and what stays anonymised (hours,
 * donations, ratings); then every resident widget of the page, and of its other tabs, signs out.
 *
 * @event wushe-resident-signed-in - A resident signed in here; `detail` is the `Resident`.
 * @event wushe-resident-signed-out - The resident signed out here; `detail.residentId`.
 * @event wushe-signup-cancelled - A signup was cancelled; `detail` has `signupId`, `activityId`.
 * @event wushe-volunteer-updated - The registration was corrected; `detail` is the `MyVolunteer`.
 * @event wushe-consent-withdrawn - Consent was withdrawn; `detail.cancelledSignups`.
 * @event wushe-error - Loading or sending failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart sign-in - The sign-in form.
 * @csspart send-code - The button that sends a code.
 * @csspart code-input - The big-digit code field.
 * @csspart sign-in-submit - The sign-in button.
 * @csspart resend - The button that sends a new code.
 * @csspart change-mobile - The button back to the mobile.
 * @csspart signed-in - Who is signed in, with the sign-out button.
 * @csspart sign-out - The sign-out button.
 * @csspart alert - Why something failed.
 * @csspart notice - What was just done.
 * @csspart field - Each field (label, control, hint, error).
 * @csspart field-error - A field's error message.
 * @csspart form - The correction form.
 * @csspart registration - My registration.
 * @csspart edit - The button that opens the correction form.
 * @csspart save - The button that saves the correction.
 * @csspart withdraw - The button that withdraws consent.
 * @csspart withdraw-confirm - The button that confirms it.
 * @csspart confirm - An inline confirmation.
 * @csspart signups - My signups.
 * @csspart signup - One signup.
 * @csspart badge - A signup's status.
 * @csspart cancel-signup - The button that cancels a signup.
 * @csspart cancel-confirm - The button that confirms it.
 * @csspart hours - My hours.
 * @csspart hours-table - The hours by activity.
 * @csspart credit-total - The total of 信用时.
 * @csspart honor-total - The total of 荣誉时.
 * @csspart show-certificate - The button that shows the certificate.
 * @csspart print - The button that prints it.
 * @csspart certificate - The 志愿服务记录证明.
 * @csspart issuer - The certificate's issuer.
 * @csspart points - My points.
 * @csspart balance - The points balance.
 * @csspart points-history - The points history.
 * @csspart my-data - My personal data: export and erasure.
 * @csspart export - The button that exports my data.
 * @csspart saved-file - The link that saves the exported file again.
 * @csspart erase - The button that asks to erase my data.
 * @csspart erase-dialog - The erasure's confirmation (native `<dialog>`).
 * @csspart erase-confirm - The button that erases.
 * @csspart erase-keep - The button that keeps everything.
 * @csspart state - The load-state panel: loading, offline, or an error.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why loading failed.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads again.
 * @csspart state-empty - Nothing to show (not registered, no signups, no points yet).
 *
 * @cssproperty --wushe-color-primary - Buttons and links.
 * @cssproperty --wushe-color-danger - Errors and the withdraw button.
 * @cssproperty --wushe-color-success - Credit hours and points earned.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheMyVolunteering extends WusheElement {
  static override styles = myVolunteeringStyles;

  static override properties = {
    ...WusheElement.properties,
    issuer: { type: String },
    editing: { state: true },
    confirming: { state: true },
    certificateShown: { state: true },
    busy: { state: true },
    notice: { state: true },
    failure: { state: true },
  };

  /** Who issues the certificate (出具单位); by default the volunteer's community. */
  declare issuer: string | undefined;
  declare protected editing: boolean;
  /** `withdraw`, or the id of the signup whose cancellation waits for a "yes". */
  declare protected confirming: string | undefined;
  declare protected certificateShown: boolean;
  declare protected busy: boolean;
  /** What was just done, announced. */
  declare protected notice: string | undefined;
  /** Why the last action failed, announced. */
  declare protected failure: string | undefined;

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
  private readonly words = new LocaleController(this, ownStrings);
  private readonly domainWords = new LocaleController(this, domainStrings);

  /** The signed-in resident's volunteering, loaded again for another resident or configuration. */
  readonly remote = new RemoteController<MyVolunteering>(this, {
    task: async (_args, { signal }) => {
      const [calls, views] = await Promise.all([api(), view()]);
      if (!this.views) {
        // Its wording first: a locale that cannot be fetched leaves the view to a retry.
        this.viewWords = await views.createViewWords(this);
        this.form = views.createEditForm(this);
        this.myData = views.createMyData(this, {
          session: this.session,
          writes,
          run: (action) => this.act(action, false),
          focus: (selector) => {
            this.focusAfterUpdate = selector;
          },
        });
        // My signups follow their activities live: a place I was promoted to shows at once.
        views.followMySignups(this, {
          requester: () => this.requester,
          session: this.session,
          remote: this.remote,
          update: () => {
            this.requestUpdate();
          },
        });
        adoptStyles(this.renderRoot as ShadowRoot, [
          ...WusheMyVolunteering.elementStyles,
          views.viewStyles,
        ]);
        this.views = views;
      }
      return calls.loadMyVolunteering(this.session, this.requester, signal);
    },
    args: () => {
      const token = this.session.session?.token;
      return token ? [token, ...this.configArgs()] : undefined;
    },
  });

  /** Export and erasure (PIPL), made with the view. */
  myData: MyDataController | undefined;

  /**
   * The correction form, made with the view (its code comes with it): its values and each
   * field's error survive a failure.
   */
  form: FormController<EditValues> | undefined;
  /** The signed-in view's wording, which comes with it. */
  private viewWords: LocaleController<MyVolunteeringViewStrings> | undefined;

  private focusAfterUpdate: string | undefined;
  private views: Awaited<ReturnType<typeof view>> | undefined;

  constructor() {
    super();
    this.editing = false;
    this.certificateShown = false;
    this.busy = false;
  }

  /** A redemption in a points store on this page spent my points: show the balance it left. */
  private readonly onRewardRedeemed = () => {
    if (this.session.signedIn) void this.remote.run();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('wushe-reward-redeemed', this.onRewardRedeemed);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('wushe-reward-redeemed', this.onRewardRedeemed);
    super.disconnectedCallback();
  }

  protected get text(): MyVolunteeringStrings {
    return this.words.value;
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate);
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  /**
   * Runs an action on the server, then (`reload`) loads everything again (a place moved, hours
   * changed).
   */
  private async act(action: () => Promise<string>, reload = true): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.notice = undefined;
    this.failure = undefined;
    try {
      this.notice = await action();
      this.confirming = undefined;
      this.focusAfterUpdate = '[part=notice]';
      if (reload) await this.remote.run();
    } catch (error) {
      const failure =
        error instanceof WusheError
          ? error
          : new WusheError({ code: 'unknown_error', status: 0, message: String(error) });
      this.failure = failure.status === 0 ? this.strings.offline : failure.message;
      this.focusAfterUpdate = '[part=alert]';
      this.report(failure);
    } finally {
      this.busy = false;
    }
  }

  private cancelSignup(id: string): void {
    void this.act(async () => {
      const signup = await (await writes()).cancelSignup(this.session, id);
      this.emit('wushe-signup-cancelled', { signupId: id, activityId: signup.activity.id });
      return this.text.signupCancelled;
    });
  }

  private withdraw(): void {
    void this.act(async () => {
      const { cancelledSignups } = await (await writes()).withdrawConsent(this.session);
      this.emit('wushe-consent-withdrawn', { cancelledSignups });
      return fill(this.text.withdrawn, { count: cancelledSignups });
    });
  }

  private async save(): Promise<void> {
    const { form, views } = this;
    if (!form || !views) return;
    const volunteer = await form.submit(async (values) =>
      (await writes()).correctRegistration(this.session, views.correctionOf(values)),
    );
    if (!volunteer) {
      if (form.error) this.report(form.error);
      this.focusAfterUpdate = '[aria-invalid="true"], [part=alert]';
      this.requestUpdate();
      return;
    }
    this.editing = false;
    this.emit('wushe-volunteer-updated', volunteer);
    await this.act(() => Promise.resolve(this.text.saved));
  }

  override render() {
    const loading = this.remote.status === 'loading' || this.busy;
    return html`<div part="base" class="base" aria-busy=${loading ? 'true' : 'false'}>
      <h2 part="title" class="no-print">${this.text.title}</h2>
      <div class="no-print" aria-live="polite">
        ${
          this.notice
            ? html`<p class="notice" part="notice" tabindex="-1">${this.notice}</p>`
            : nothing
        }
      </div>
      ${this.session.signedIn ? this.renderSignedIn() : this.signIn.render(this.text.signInIntro)}
    </div>`;
  }

  private renderSignedIn(): TemplateResult {
    const data = this.remote.status === 'ready' ? this.remote.value : undefined;
    return html`<div class="no-print">${this.signIn.renderSignedIn()}</div>
      ${
        this.failure
          ? html`<p class="alert no-print" part="alert" role="alert" tabindex="-1">
              ${this.failure}
            </p>`
          : nothing
      }
      ${
        data && this.views
          ? [
              this.views.renderMyVolunteering(this.viewHost, data),
              this.views.renderMyData(this.myData!.view(this.viewWords!.value, this.busy)),
            ]
          : renderLoadState(this.remote, this.strings)
      }`;
  }

  /** What the signed-in view reads of this element, read live. */
  private readonly viewHost: MyVolunteeringViewHost = ((element: WusheMyVolunteering) => ({
    get text() {
      return element.viewWords!.value;
    },
    get common() {
      return element.strings;
    },
    get domain() {
      return element.domainWords.value;
    },
    get locale() {
      return element.locale;
    },
    get issuer() {
      return element.issuer;
    },
    get editing() {
      return element.editing;
    },
    get confirming() {
      return element.confirming;
    },
    get certificateShown() {
      return element.certificateShown;
    },
    get busy() {
      return element.busy;
    },
    get form() {
      return element.form!;
    },
    edit: () => {
      const volunteer = element.remote.value?.volunteer;
      if (!volunteer) return;
      const { form, views } = element;
      if (!form || !views) return;
      form.reset();
      form.values = views.editValuesOf(volunteer);
      element.editing = true;
      element.focusAfterUpdate = '#edit-name';
    },
    cancelEdit: () => {
      element.editing = false;
      element.form?.reset();
      element.focusAfterUpdate = '[part=edit]';
    },
    save: () => void element.save(),
    confirm: (what) => {
      element.confirming = what;
      element.focusAfterUpdate =
        what === undefined
          ? '[part=withdraw], [part=cancel-signup]'
          : what === 'withdraw'
            ? '#withdraw-confirm'
            : `[data-signup="${what}"] [part=cancel-confirm]`;
    },
    withdraw: () => {
      element.withdraw();
    },
    cancelSignup: (id) => {
      element.cancelSignup(id);
    },
    toggleCertificate: () => {
      element.certificateShown = !element.certificateShown;
    },
  }))(this);
}
