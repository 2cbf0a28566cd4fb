import { html, nothing, type TemplateResult } from 'lit';
import { reportNeedRoute, type Need, type ReportReason } from '@wushe/schema';
import { WusheError } from '@wushe/sdk';
import { fill } from '../../../internal/locale.js';
import { Attempt } from '../../../internal/attempt.js';
import { adoptDialogStyles, dialogShell, dialogStringsOf } from './fields.js';
import type { NeedDialog, NeedDialogHost } from './host.js';

const REASONS: readonly ReportReason[] = ['spam', 'offensive', 'does_not_belong', 'other'];
const REPORTER_KEY = 'wushe.reporterToken';

let memoryToken: string | undefined;
/**
 * One random token per browser, created once, so a resident reports a need only once (the
 * server answers a second report with `already_reported`). Without storage (private browsing),
 * one per page.
 */
function reporterToken(): string {
  try {
    let token = localStorage.getItem(REPORTER_KEY);
    if (!token) {
      token = crypto.randomUUID();
      localStorage.setItem(REPORTER_KEY, token);
    }
    return token;
  } catch {
    return (memoryToken ??= crypto.randomUUID());
  }
}

/** 举报: a reason, sent once per resident; three reports hide a need until staff review it. */
class ReportDialog implements NeedDialog {
  private target: Need | undefined;
  private reason: ReportReason = 'spam';
  private message: { text: string; ok: boolean } | undefined;
  private sending = false;
  private readonly attempt = new Attempt();

  constructor(private readonly host: NeedDialogHost) {}

  prepare(need: Need | undefined): void {
    this.target = need;
    this.reason = 'spam';
    this.message = undefined;
  }

  private update(change: () => void): void {
    change();
    this.host.element.requestUpdate();
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const { host, target } = this;
    if (!target || this.sending) return;
    this.update(() => (this.sending = true));
    const ds = dialogStringsOf(host);
    try {
      const body = { reason: this.reason, reporterToken: reporterToken() };
      const report = await host.requester.call(
        reportNeedRoute,
        { params: { id: target.id }, body },
        { idempotencyKey: this.attempt.keyFor([target.id, body]) },
      );
      this.attempt.complete();
      this.message = { text: ds.reported, ok: true };
      host.emit('wushe-need-reported', report);
    } catch (error) {
      const failure = error instanceof WusheError ? error : undefined;
      this.message = {
        text:
          failure?.code === 'already_reported'
            ? ds.alreadyReported
            : (failure?.message ?? String(error)),
        ok: false,
      };
    } finally {
      this.update(() => (this.sending = false));
    }
  }

  render(): TemplateResult {
    const { host, message } = this;
    const s = host.strings;
    const ds = dialogStringsOf(host);
    return dialogShell(
      host,
      'report',
      'report-title',
      html`<form @submit=${(e: Event) => void this.send(e)}>
        <h2 id="report-title">${fill(ds.reportTitle, { title: this.target?.title ?? '' })}</h2>
        <fieldset ?disabled=${message?.ok}>
          <legend>${ds.reason}</legend>
          ${REASONS.map(
            (reason) =>
              html`<label class="check"
                ><input
                  type="radio"
                  name="report-reason"
                  value=${reason}
                  .checked=${this.reason === reason}
                  @change=${() => {
                    this.update(() => (this.reason = reason));
                  }}
                />${ds.reasons[reason]}</label
              >`,
          )}
        </fieldset>
        <p class=${message?.ok ? 'success' : 'error'} role="alert">${message?.text ?? ''}</p>
        <div class="dialog-actions">
          <button
            type="button"
            class="secondary"
            @click=${() => {
              host.close('report');
            }}
          >
            ${message?.ok ? s.close : s.cancel}
          </button>
          ${
            message?.ok
              ? nothing
              : html`<button type="submit" ?disabled=${this.sending}>
                  ${this.sending ? s.submitting : host.ns.report}
                </button>`
          }
        </div>
      </form>`,
    );
  }
}

export function createDialog(host: NeedDialogHost): NeedDialog {
  adoptDialogStyles(host.element);
  return new ReportDialog(host);
}
