import { html, nothing, type TemplateResult } from 'lit';
import {
  createNeedRoute,
  yuanToFen,
  type CreateNeedRequest,
  type NeedCategory,
  type NeedKind,
} from '@wushe/schema';
import { FormController, FormStatus } from '../../../internal/form.js';
import { Attempt } from '../../../internal/attempt.js';
import {
  adoptDialogStyles,
  consentBox,
  dialogShell,
  dialogStringsOf,
  field,
  formError,
  inputChecked,
  inputValue,
  radioGroup,
  textInput,
} from './fields.js';
import type { NeedDialog, NeedDialogHost } from './host.js';
import type { FollowOffer } from '../../../internal/follow-offer.js';
import type { SignInHost } from '../../../internal/resident-sign-in.js';

const KINDS: readonly NeedKind[] = ['service', 'wish'];

interface PostValues extends Record<string, unknown> {
  kind: NeedKind;
  category: NeedCategory;
  title: string;
  description: string;
  /** A wish's value as the resident types it, in yuan (`120.5`); sent in fen. */
  value: string;
  anonymous: boolean;
  name: string;
  mobile: string;
  consent: boolean;
}

/**
 * 发布需求: a service need or a 微心愿 with its value in yuan, the contact (never public) and
 * consent. The server's field errors land on their fields; the draft survives a reload (without
 * the mobile number); a posted need waits for staff review.
 */
class PostDialog implements NeedDialog {
  private readonly form: FormController<PostValues>;
  private readonly attempt = new Attempt();
  /** "Follow this" after posting: sign in with the contact mobile, to see it in my needs. */
  private follow: FollowOffer | undefined;
  /** The contact mobile of the need just posted. */
  private postedMobile: string | undefined;

  constructor(private readonly host: NeedDialogHost) {
    this.form = new FormController<PostValues>(host.element, {
      initial: {
        kind: 'service',
        category: 'elderly_care',
        title: '',
        description: '',
        value: '',
        anonymous: false,
        name: '',
        mobile: '',
        consent: false,
      },
      draftKey: () => `wushe.needs-list.post.${host.community}`,
      sensitive: ['mobile'],
    });
  }

  prepare(): void {
    if (this.form.status === FormStatus.done) this.form.reset();
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const { host, form } = this;
    const mobile = form.values.mobile.trim();
    const need = await form.submit((v) => {
      // A value that is not an amount is sent as NaN, so the contract names the field.
      const valueFen =
        v.kind === 'wish' ? (yuanToFen(v.value) ?? (v.value ? NaN : undefined)) : undefined;
      const body: CreateNeedRequest = {
        communityId: host.community,
        kind: v.kind,
        category: v.category,
        title: v.title.trim(),
        description: v.description.trim(),
        ...(valueFen === undefined ? {} : { valueFen }),
        anonymous: v.anonymous,
        contact: { name: v.name.trim(), mobile: v.mobile.trim() },
        consent: { policyVersion: host.policyVersion, agreed: v.consent },
      };
      return host.requester.call(
        createNeedRoute,
        { body },
        { idempotencyKey: this.attempt.keyFor(body) },
      );
    });
    if (need) {
      this.attempt.complete();
      this.postedMobile = mobile;
      // "Follow this" and the sign-in behind it load once a need is posted, not with the form.
      void this.loadFollow();
      host.announce(dialogStringsOf(host).posted);
      host.emit('wushe-need-submitted', need);
      await host.element.updateComplete;
      host.element.renderRoot.querySelector<HTMLElement>('dialog.post button.close')?.focus();
    } else {
      await host.element.updateComplete;
      host.element.renderRoot
        .querySelector<HTMLElement>('dialog.post [aria-invalid="true"]')
        ?.focus();
    }
  }

  private async loadFollow(): Promise<void> {
    if (this.follow) return;
    const { host } = this;
    try {
      const { FollowOffer, followOfferStyles } = await import('../../../internal/follow-offer.js');
      adoptDialogStyles(host.element, [followOfferStyles]);
      this.follow = FollowOffer.of(host.element as SignInHost, () => host.requester);
      host.element.requestUpdate();
    } catch {
      // Offline: the need is posted all the same; the offer comes with the next post.
    }
  }

  private renderDone(): TemplateResult {
    const { host } = this;
    return html`<div class="dialog-body">
      <h2 id="post-title-heading">${dialogStringsOf(host).postTitle}</h2>
      <p class="success" role="status">${dialogStringsOf(host).posted}</p>
      ${this.follow?.render('need', this.postedMobile) ?? nothing}
      <div class="dialog-actions">
        <button
          class="close"
          type="button"
          @click=${() => {
            host.close('post');
          }}
        >
          ${host.strings.close}
        </button>
      </div>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const { host, form } = this;
    const s = host.strings;
    const ns = host.ns;
    const ds = dialogStringsOf(host);
    const v = form.values;
    return html`<form @submit=${(e: Event) => void this.send(e)} novalidate>
      <h2 id="post-title-heading">${ds.postTitle}</h2>
      ${form.restored ? html`<p class="note">${s.draftRestored}</p>` : nothing}
      ${radioGroup(ns.kind, 'post-kind', KINDS, ns.kinds, v.kind, (kind) => {
        form.set('kind', kind);
      })}
      ${field(
        form,
        'post-category',
        ns.category,
        'category',
        () =>
          html`<select
            id="post-category"
            @change=${(e: Event) => {
              form.set('category', (e.target as HTMLSelectElement).value as NeedCategory);
            }}
          >
            ${Object.entries(host.domain.categories).map(
              ([value, label]) =>
                html`<option value=${value} ?selected=${v.category === value}>${label}</option>`,
            )}
          </select>`,
      )}
      ${textInput(form, 'title', { id: 'post-title', label: ds.needTitle })}
      ${field(
        form,
        'post-description',
        ds.description,
        'description',
        (invalid, describedBy) =>
          html`<textarea
            id="post-description"
            rows="4"
            .value=${v.description}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${describedBy}
            @input=${(e: Event) => {
              form.set('description', inputValue(e));
            }}
          ></textarea>`,
      )}
      ${
        v.kind === 'wish'
          ? textInput(form, 'value', {
              id: 'post-value',
              label: ds.valueYuan,
              path: 'valueFen',
              inputmode: 'decimal',
            })
          : nothing
      }
      <label class="check"
        ><input
          type="checkbox"
          .checked=${v.anonymous}
          @change=${(e: Event) => {
            form.set('anonymous', inputChecked(e));
          }}
        />${ds.anonymousPost}</label
      >
      ${textInput(form, 'name', { id: 'post-name', label: ds.contact, path: 'contact.name' })}
      ${textInput(form, 'mobile', {
        id: 'post-mobile',
        label: ds.mobile,
        path: 'contact.mobile',
        type: 'tel',
      })}
      ${consentBox(form, 'post-consent', ds.consent)} ${formError(host, form)}
      <div class="dialog-actions">
        <button
          type="button"
          class="secondary"
          @click=${() => {
            host.close('post');
          }}
        >
          ${s.cancel}
        </button>
        <button type="submit" ?disabled=${form.status === 'submitting'}>
          ${form.status === 'submitting' ? s.submitting : s.submit}
        </button>
      </div>
    </form>`;
  }

  render(): TemplateResult {
    const done = this.form.status === FormStatus.done;
    return dialogShell(
      this.host,
      'post',
      'post-title-heading',
      done ? this.renderDone() : this.renderForm(),
    );
  }
}

export function createDialog(host: NeedDialogHost): NeedDialog {
  adoptDialogStyles(host.element);
  return new PostDialog(host);
}
