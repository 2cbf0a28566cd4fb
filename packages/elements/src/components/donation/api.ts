import type { FundProgress } from '@wushe/schema';
import { getDonation, getFund, listFundDonations } from '@wushe/schema/wire';
import { followEvents, type ConnectionStatus, type Requester } from '@wushe/sdk';

/*
 * The reads `<wushe-donation>` makes, in one module the element loads with `import()` as it
 * starts, sent by the routes' wire parts (no schemas, no zod: the server checks them). Its one
 * write, with the contract's schemas, is `submit.ts`, loaded when a donation is given.
 */

/** The fund with its progress, disclosure and disbursements. */
export function loadFund(requester: Requester, id: string, signal: AbortSignal) {
  return requester.send(getFund, { params: { id } }, { signal });
}

/** A page of the public ledger. */
export function loadLedger(
  requester: Requester,
  id: string,
  query: { cursor?: string; limit: number },
  signal: AbortSignal,
) {
  return requester.send(listFundDonations, { params: { id }, query }, { signal });
}

/** The donation's status: has it been paid yet? */
export function loadDonation(requester: Requester, id: string) {
  return requester.send(getDonation, { params: { id } });
}

/** The fund's live figures (`fund.updated`), reconnecting by itself. Returns the unsubscribe. */
export function followFund(
  requester: Requester,
  fund: string,
  onProgress: (progress: FundProgress) => void,
  onStatus: (status: ConnectionStatus) => void,
): () => void {
  return followEvents(
    requester,
    { fund },
    (event) => {
      if (event.type === 'fund.updated' && event.data.id === fund) onProgress(event.data);
    },
    { onStatus },
  );
}
