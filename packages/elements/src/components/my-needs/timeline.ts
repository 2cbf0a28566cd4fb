import { html, nothing, type TemplateResult } from 'lit';
import type { ClaimSummary, MyNeed, NeedStatus } from '@wushe/schema';
import { fill } from '../../internal/locale.js';
import type { Formats } from '../my-volunteering/format.js';
import type { MyNeedsStrings } from './strings/zh-CN.js';

/** The usual way of a need: posted, reviewed (made public), claimed, fulfilled. */
const WAY = ['pending_review', 'open', 'claimed', 'fulfilled'] as const;
type Ahead = keyof MyNeedsStrings['ahead'];

/** The steps of the usual way still ahead of a need in `status` (none once it has ended). */
export function stepsAhead(status: NeedStatus): readonly Ahead[] {
  const at = WAY.indexOf(status as (typeof WAY)[number]);
  return at < 0 ? [] : (WAY.slice(at + 1) as readonly Ahead[]);
}

/** Who took a need: "认领人：志愿者 张**", or the organization's name. */
export const claimLine = (claim: ClaimSummary, text: MyNeedsStrings): string =>
  fill(text.claimedBy, { who: text.claimants[claim.claimantType], name: claim.claimantName });

/**
 * A need's way so far as an ordered list: each step reached with its time (the claim with who
 * took it, a rejection or closure with its reason), then the steps still ahead, greyed.
 */
export function renderTimeline(
  need: MyNeed,
  text: MyNeedsStrings,
  formats: Formats,
): TemplateResult {
  const lastClaim = need.timeline.findLastIndex((entry) => entry.status === 'claimed');
  return html`<ol
    class="timeline"
    part="timeline"
    id="timeline-${need.id}"
    aria-label=${fill(text.timelineOf, { title: need.title })}
  >
    ${need.timeline.map(
      (entry, i) =>
        html`<li class="step reached" part="step step-${entry.status}">
          <span class="step-name">${text.steps[entry.status]}</span>
          <time datetime=${entry.at}>${formats.dateTime(entry.at)}</time>
          ${
            i === lastClaim && need.claim
              ? html`<span class="step-detail" part="claimant"
                  >${claimLine(need.claim, text)}</span
                >`
              : nothing
          }
          ${
            entry.reason
              ? html`<span class="step-detail" part="reason"
                  >${fill(text.reason, { reason: entry.reason })}</span
                >`
              : nothing
          }
        </li>`,
    )}
    ${stepsAhead(need.status).map(
      (step) =>
        html`<li class="step ahead" part="step step-ahead">
          <span class="step-name">${text.ahead[step]}</span>
        </li>`,
    )}
  </ol>`;
}
