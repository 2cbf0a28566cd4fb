import { createDonationRoute, type CreateDonationRequest, type FieldIssue } from '@wushe/schema';
import { checkInput, WusheError, type Requester } from '@wushe/sdk';

/*
 * Giving a donation: its route with the contract's schemas (and zod with them), in a chunk of its
 * own loaded with `import()` when the donor gives, not with the page.
 */

/** The issues the contract finds in a donation request, before it is sent. */
export function requestIssues(requester: Requester, request: unknown): readonly FieldIssue[] {
  try {
    checkInput(requester, createDonationRoute.body, request);
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
