import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Disbursement, LedgerEntry, Locale, Page } from '@wushe/schema';
import type { WusheError } from '@wushe/sdk';
import { RemoteStatus } from '../../internal/remote.js';
import type { CommonStrings } from '../../locales/types.js';
import { formatFen } from './money.js';
import { givingText } from './giving-strings.js';

export { ledgerStyles } from './ledger.styles.js';

const PAGE_SIZE = 10;

/**
 * The fund's public ledger (慈善法 Art. 82, 42), page by page: each "more" appends the next page;
 * a reload (after the fund's total moved) starts again from the newest gift.
 */
export class LedgerController implements ReactiveController {
  entries: LedgerEntry[] = [];
  status: RemoteStatus = RemoteStatus.idle;
  error: WusheError | undefined;
  private next: string | null = null;
  private controller: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetchPage: (
      query: { cursor?: string; limit: number },
      signal: AbortSignal,
    ) => Promise<Page<LedgerEntry>>,
  ) {
    host.addController(this);
  }

  get hasMore(): boolean {
    return this.next !== null;
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /** The ledger's tables: see `ledgerView`. */
  render(disbursements: readonly Disbursement[], context: LedgerViewContext) {
    return ledgerView(this, disbursements, context, () => {
      this.host.requestUpdate();
    });
  }

  reload(): Promise<void> {
    return this.load(undefined);
  }

  more(): Promise<void> {
    return this.next ? this.load(this.next) : Promise.resolve();
  }

  private async load(cursor: string | undefined): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.status = RemoteStatus.loading;
    this.host.requestUpdate();
    try {
      const page = await this.fetchPage(
        cursor ? { cursor, limit: PAGE_SIZE } : { limit: PAGE_SIZE },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      this.entries = cursor ? [...this.entries, ...page.data] : page.data;
      this.next = page.nextCursor;
      this.status = RemoteStatus.ready;
      this.error = undefined;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.status = RemoteStatus.error;
      this.error = error as WusheError;
    }
    this.host.requestUpdate();
  }
}

export interface LedgerViewContext {
  readonly common: CommonStrings;
  readonly locale: Locale;
}

function when(locale: Locale, at: string, withTime: boolean): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(new Date(at));
}

/**
 * The public ledger: succeeded gifts with masked donors (`张**`, `匿名`), amounts and times, and
 * what the money was used for. Tables, so a screen reader can move by row and column.
 */
export function ledgerView(
  ledger: LedgerController,
  disbursements: readonly Disbursement[],
  { common, locale }: LedgerViewContext,
  update: () => void,
) {
  const text = givingText(locale, update);
  const loading = ledger.status === RemoteStatus.loading;
  return html`<section part="ledger" class="ledger" aria-labelledby="ledger-title">
    <h3 id="ledger-title">${text.ledgerTitle}</h3>
    <table part="gifts">
      <caption>
        ${text.gifts}
      </caption>
      <thead>
        <tr>
          <th scope="col">${text.donorColumn}</th>
          <th scope="col" class="number">${text.amountColumn}</th>
          <th scope="col">${text.timeColumn}</th>
        </tr>
      </thead>
      <tbody>
        ${ledger.entries.map(
          (entry) =>
            html`<tr>
              <td>${entry.donorName}</td>
              <td class="number">${formatFen(locale, entry.amountFen)}</td>
              <td>${when(locale, entry.at, true)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      ledger.status === RemoteStatus.ready && ledger.entries.length === 0
        ? html`<p class="hint">${text.giftsEmpty}</p>`
        : nothing
    }
    ${
      ledger.status === RemoteStatus.error
        ? html`<p class="alert" role="alert">${common.errorTitle}</p>
            <p class="actions">
              <button type="button" class="secondary" @click=${() => void ledger.reload()}>
                ${common.retry}
              </button>
            </p>`
        : ledger.hasMore || loading
          ? html`<p class="actions">
              <button
                type="button"
                class="secondary"
                ?disabled=${loading}
                @click=${() => void ledger.more()}
              >
                ${loading ? common.loading : text.more}
              </button>
            </p>`
          : nothing
    }
    <table part="disbursements">
      <caption>
        ${text.disbursements}
      </caption>
      <thead>
        <tr>
          <th scope="col">${text.purposeColumn}</th>
          <th scope="col">${text.recipientColumn}</th>
          <th scope="col" class="number">${text.amountColumn}</th>
          <th scope="col">${text.dateColumn}</th>
        </tr>
      </thead>
      <tbody>
        ${disbursements.map(
          (each) =>
            html`<tr>
              <td>${each.purpose}</td>
              <td>${each.recipient}</td>
              <td class="number">${formatFen(locale, each.amountFen)}</td>
              <td>${when(locale, each.paidAt, false)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${disbursements.length === 0 ? html`<p class="hint">${text.disbursementsEmpty}</p>` : nothing}
  </section>`;
}
