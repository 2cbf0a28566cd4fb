import { html, type TemplateResult } from 'lit';
import type { RatingLevel } from '@wushe/schema';
import { WusheElement } from '../../internal/wushe-element.js';
import type {} from '../../events/wushe-error.js';

/**
 * The 好差评 levels as residents read them: 非常满意 (5) first, 非常不满意 (1) last. Written out
 * rather than read from the schema's `RatingLevel` table: that value lives beside the survey's zod
 * schemas, and importing it would pull them into the widget's first load.
 */
export const RATING_ORDER = [5, 4, 3, 2, 1] as const satisfies readonly RatingLevel[];

/**
 * What `<wushe-survey>` and `<wushe-survey-results>` share: number formatting in the reader's locale and the
 * optional mark of a field (written here, not imported from internal/fields.ts: that module
 * belongs to the survey's lazily loaded follow-up form).
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
}
