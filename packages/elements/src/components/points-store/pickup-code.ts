import { html, type TemplateResult } from 'lit';
import type { IssuedRedemption } from '@wushe/schema';
import { fill } from '../../internal/locale.js';
import { qrCode } from '../donation/qr.js';
import type { PointsStoreStrings } from './strings/zh-CN.js';

/**
 * The pickup code of a new redemption, as text to read out or type and as a QR code for the
 * counter's scanner. Loaded only once a redemption succeeds, so the QR encoder costs a browsing
 * resident nothing.
 */
export function renderPickupCode(
  issued: IssuedRedemption,
  provider: string,
  t: PointsStoreStrings,
): TemplateResult {
  return html`<div class="pickup" part="pickup">
    <p class="pickup-label">${t.pickupCode}</p>
    <p class="code" part="pickup-code">${issued.pickupCode}</p>
    ${qrCode(issued.pickupCode, fill(t.qrLabel, { code: issued.pickupCode }))}
    <p>${fill(t.pickupHint, { provider, title: issued.rewardTitle })}</p>
    <p class="muted">${t.pickupOnce}</p>
  </div>`;
}
