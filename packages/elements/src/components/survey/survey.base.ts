import { html, nothing, type TemplateResult } from 'lit';
import type { RatingLevel } from '@wushe/schema';
import { ConnectionError } from '@wushe/sdk';
import { WusheElement } from '../../internal/wushe-element.js';
import { fill } from '../../internal/locale.js';
import type { RemoteController } from '../../internal/remote.js';
import type {} from '../../events/wushe-error.js';

/**
 * The 好差评 levels as residents read them: 非常满意 (5) first, 非常不满意 (1) last. Written out
 * rather than read from the schema's `RatingLevel` table: that value lives beside the survey's zod
 * schemas, and importing it would pull them into the widget's first load.
 */
export const RATING_ORDER = [5, 4, 3, 2, 1] as const satisfies readonly RatingLevel[];

/**
 * What `<wushe-survey>` and `<wushe-survey-results>` share: number formatting in the reader's locale, the loading / error / offline states, and
 * failures reported as `wushe-error`.
 */
export class SurveyElement extends WusheElement {
  protected number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.locale, options).format(value);
  }

  /** "（选填）", or " (optional)" in English. */
  protected optional(): TemplateResult {
    const word = this.strings.optional;
    return html`<span class="optional"
      >${this.locale === 'en' ? ` (${word})` : `（${word}）`}</span
    >`;
  }

  /**
   * Loading, or why loading failed with a way to try again. `final` names the errors a retry
   * cannot mend (a survey that does not exist), with what to tell the resident instead.
   */
  protected renderStatus(
    remote: RemoteController<unknown>,
    final: Readonly<Record<string, string>>,
  ): TemplateResult {
    const { status, error } = remote;
    if (status === 'loading' || status === 'idle') {
      return html`<p class="status" part="status" role="status">${this.strings.loading}</p>`;
    }
    const known = error ? final[error.code] : undefined;
    if (known) return html`<p class="notice" part="notice" role="status">${known}</p>`;
    const offline = status === 'offline' || error instanceof ConnectionError;
    return html`<div class="alert" part="alert" role="alert">
        <p>${offline ? this.strings.offline : this.strings.errorTitle}</p>
        ${
          error?.requestId
            ? html`<p class="hint">
                ${fill(this.strings.errorReference, { requestId: error.requestId })}
              </p>`
            : nothing
        }
      </div>
      <p class="actions">
        <button type="button" part="retry" @click=${() => void remote.run()}>
          ${this.strings.retry}
        </button>
      </p>`;
  }
}
