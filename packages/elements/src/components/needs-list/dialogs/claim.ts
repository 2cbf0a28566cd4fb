import { html, type TemplateResult } from 'lit';
import {
  claimNeedRoute,
  getNeedRoute,
  type ClaimantType,
  type ClaimNeedRequest,
  type Need,
} from '@wushe/schema';
import { FormController, FormStatus } from '../../../internal/form.js';
import { fill } from '../../../internal/locale.js';
import { Attempt } from '../../../internal/attempt.js';
import {
  adoptDialogStyles,
  consentBox,
  dialogShell,
  dialogStringsOf,
  formError,
  radioGroup,
  textInput,
} from './fields.js';
import type { NeedDialog, NeedDialogHost } from './host.js';

interface ClaimValues extends Record<string, unknown> {
  type: ClaimantType;
  name: string;
  mobile: string;
  note: string;
  consent: boolean;
}

/** Only a 微心愿 (a material wish) can be claimed by a donor. */
const claimantTypes = (need: Need | undefined): ClaimantType[] =>
  need?.kind === 'wish' ? ['volunteer', 'organization', 'donor'] : ['volunteer', 'organization'];

/**
 * 认领: claimant type, name, mobile, an optional note and consent. When someone else claimed the
 * need first (409 `need_already_claimed`) the dialog says so, keeps what was typed, and the card
 * shows the need's new status.
 */
class ClaimDialog implements NeedDialog {
  private readonly form: FormController<ClaimValues>;
  private readonly attempt = new Attempt();
  /** The need as it was when the dialog opened; the list's copy wins once it changes. */
  private target: Need | undefined;

  constructor(private readonly host: NeedDialogHost) {
    this.form = new FormController<ClaimValues>(host.element, {
      initial: { type: 'volunteer', name: '', mobile: '', note: '', consent: false },
    });
  }

  private get need(): Need | undefined {
    return this.target && (this.host.find(this.target.id) ?? this.target);
  }

  prepare(need: Need | undefined): void {
    const form = this.form;
    if (form.status === FormStatus.done) form.reset();
    form.error = undefined;
    form.issues = [];
    if (!claimantTypes(need).includes(form.values.type)) form.set('type', 'volunteer');
    this.target = need;
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const need = this.need;
    if (!need) return;
    const { host, form } = this;
    const claim = await form.submit(({ type, name, mobile, note, consent }) => {
      const body: ClaimNeedRequest = {
        claimant: { type, name: name.trim(), mobile: mobile.trim() },
        ...(note.trim() ? { note: note.trim() } : {}),
        consent: { policyVersion: host.policyVersion, agreed: consent },
      };
      return host.requester.call(
        claimNeedRoute,
        { params: { id: need.id }, body },
        { idempotencyKey: this.attempt.keyFor([need.id, body]) },
      );
    });
    if (claim) {
      this.attempt.complete();
      const { id, claimantType, claimantName, createdAt } = claim;
      host.replace({
        ...need,
        status: 'claimed',
        claim: { id, claimantType, claimantName, claimedAt: createdAt },
      });
      host.announce(dialogStringsOf(host).claimed);
      host.emit('wushe-need-claimed', { needId: need.id, claim });
      host.close('claim');
    } else if (form.error?.code === 'need_already_claimed') {
      // Show who has it now; without an answer, at least that it is taken.
      try {
        host.replace(await host.requester.call(getNeedRoute, { params: { id: need.id } }));
      } catch {
        host.replace({ ...need, status: 'claimed' });
      }
    }
  }

  render(): TemplateResult {
    const { host, form } = this;
    const s = host.strings;
    const ds = dialogStringsOf(host);
    const need = this.need;
    const v = form.values;
    const taken = form.error?.code === 'need_already_claimed' || (need && need.status !== 'open');
    return dialogShell(
      host,
      'claim',
      'claim-title',
      html`<form @submit=${(e: Event) => void this.send(e)} novalidate>
        <h2 id="claim-title">${fill(ds.claimTitle, { title: need?.title ?? '' })}</h2>
        ${radioGroup(
          ds.claimantType,
          'claimant-type',
          claimantTypes(need),
          ds.claimantTypes,
          v.type,
          (type) => {
            form.set('type', type);
          },
        )}
        ${textInput(form, 'name', { id: 'claim-name', label: ds.name, path: 'claimant.name' })}
        ${textInput(form, 'mobile', {
          id: 'claim-mobile',
          label: ds.mobile,
          path: 'claimant.mobile',
          type: 'tel',
        })}
        ${textInput(form, 'note', {
          id: 'claim-note',
          label: fill(ds.withOptional, { label: ds.note, optional: s.optional }),
        })}
        ${consentBox(form, 'claim-consent', ds.consent)}
        ${formError(host, form, { need_already_claimed: ds.alreadyClaimed })}
        <div class="dialog-actions">
          <button
            type="button"
            class="secondary"
            @click=${() => {
              host.close('claim');
            }}
          >
            ${taken ? s.close : s.cancel}
          </button>
          <button type="submit" ?disabled=${form.status === 'submitting' || Boolean(taken)}>
            ${form.status === 'submitting' ? s.submitting : host.ns.claim}
          </button>
        </div>
      </form>`,
    );
  }
}

export function createDialog(host: NeedDialogHost): NeedDialog {
  adoptDialogStyles(host.element);
  return new ClaimDialog(host);
}
