import { html, nothing, type TemplateResult } from 'lit';
import type { IssuedRedemption, Reward } from '@wushe/schema';
import type { CommonStrings } from '../../locales/types.js';
import { fill } from '../../internal/locale.js';
import type { PointsStoreStrings } from './strings/zh-CN.js';

/** Where a redemption stands in the dialog. */
export type RedeemPhase = 'confirm' | 'sending' | 'refused' | 'issued';

export interface RedeemState {
  readonly reward: Reward;
  readonly phase: RedeemPhase;
  /** My balance before spending, when known. */
  readonly balance: number | null | undefined;
  /** Why the server refused, in the resident's words. */
  readonly refusal?: string;
  readonly issued?: IssuedRedemption;
  /** The pickup code's view (its chunk carries the QR encoder), once loaded. */
  readonly pickup?: (issued: IssuedRedemption) => TemplateResult;
}

export interface RedeemActions {
  readonly confirm: () => void;
  readonly close: () => void;
  readonly format: (points: number) => string;
}

/**
 * The redemption dialog's body: confirm the price, then the pickup code, or why it was refused.
 * A native `<dialog>` in the top layer (opened modal by the store), so no host page's `overflow`
 * or `z-index` clips it; Escape closes it as the close button does.
 */
export function renderRedeemDialog(
  state: RedeemState | undefined,
  actions: RedeemActions,
  t: PointsStoreStrings,
  common: CommonStrings,
): TemplateResult {
  return html`<dialog
    class="redeem"
    part="dialog"
    aria-labelledby="redeem-title"
    @close=${actions.close}
  >
    ${state ? body(state, actions, t, common) : nothing}
  </dialog>`;
}

function body(
  state: RedeemState,
  actions: RedeemActions,
  t: PointsStoreStrings,
  common: CommonStrings,
): TemplateResult {
  const { reward, phase, balance } = state;
  const { issued: redemption, pickup } = state;
  const issued = phase === 'issued' && redemption && pickup ? pickup(redemption) : undefined;
  const title = issued ? t.issuedTitle : t.confirmTitle;
  const price = actions.format(reward.pointsPrice);
  return html`<div class="dialog-body" aria-live="polite">
    <h3 id="redeem-title" tabindex="-1">${title}</h3>
    ${
      issued
        ? issued
        : html`<p>
              ${fill(t.confirmText, {
                points: price,
                title: reward.title,
                provider: reward.providerName,
              })}
            </p>
            ${
              typeof balance === 'number' && balance >= reward.pointsPrice
                ? html`<p class="muted">
                    ${fill(t.balanceAfter, { points: actions.format(balance - reward.pointsPrice) })}
                  </p>`
                : nothing
            }`
    }
    ${
      phase === 'refused'
        ? html`<p class="refusal" part="refusal" role="alert">${state.refusal}</p>`
        : nothing
    }
    <div class="dialog-actions">
      ${
        phase === 'confirm' || phase === 'sending'
          ? html`<button
                type="button"
                class="confirm"
                part="confirm"
                ?disabled=${phase === 'sending'}
                @click=${actions.confirm}
              >
                ${phase === 'sending' ? t.redeeming : t.confirm}
              </button>
              <button type="button" class="secondary" part="cancel" @click=${actions.close}>
                ${common.cancel}
              </button>`
          : html`<button type="button" class="done" part="done" @click=${actions.close}>
              ${issued ? t.done : common.close}
            </button>`
      }
    </div>
  </div>`;
}
