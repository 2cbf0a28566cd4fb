import {
  createDonationRoute,
  getDonationRoute,
  getFundRoute,
  listFundDonationsRoute,
  type CreateDonationRequest,
  type FieldIssue,
  type FundProgress,
} from '@wushe/schema';
import { EventsResource, WusheError, type ConnectionStatus, type Requester } from '@wushe/sdk';

/*
 * Every call `<wushe-donation>` makes, in one module the element loads with `import()` as it
 * starts: the routes carry the contract's schemas (and zod with them), which the SDK checks each
 * request against. Kept out of the element's first load, so the page paints the widget (and its
 * loading state) before the validation code has arrived.
 */

/** The fund with its progress, disclosure and disbursements. */
export function loadFund(requester: Requester, id: string, signal: AbortSignal) {
  return requester.call(getFundRoute, { params: { id } }, { signal });
}

/** A page of the public ledger. */
export function loadLedger(
  requester: Requester,
  id: string,
  query: { cursor?: string; limit: number },
  signal: AbortSignal,
) {
  return requester.call(listFundDonationsRoute, { params: { id }, query }, { signal });
}

/** The donation's status: has it been paid yet? */
export function loadDonation(requester: Requester, id: string) {
  return requester.call(getDonationRoute, { params: { id } });
}

/** The issues the contract finds in a donation request, before it is sent. */
export function requestIssues(requester: Requester, request: unknown): readonly FieldIssue[] {
  try {
    requester.check(createDonationRoute.body, request);
    return [];
  } catch (error) {
    return error instanceof WusheError ? error.issues : [];
  }
}

/** Creates the pending donation; `idempotencyKey` is the attempt's, so it is created once. */
export function createDonation(
  requester: Requester,
  request: CreateDonationRequest,
  idempotencyKey: string,
) {
  return requester.call(createDonationRoute, { body: request }, { idempotencyKey });
}

/** The fund's live figures (`fund.updated`), reconnecting by itself. Returns the unsubscribe. */
export function followFund(
  requester: Requester,
  fund: string,
  onProgress: (progress: FundProgress) => void,
  onStatus: (status: ConnectionStatus) => void,
): () => void {
  return new EventsResource(requester).subscribe(
    { fund },
    (event) => {
      if (event.type === 'fund.updated' && event.data.id === fund) onProgress(event.data);
    },
    { onStatus },
  );
}
