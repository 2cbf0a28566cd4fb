import type { CreateDonationResponse } from '@wushe/schema';
import { readSession, writeSession } from '../../internal/attempt.js';

/**
 * The donation created and not yet settled, with its payment instructions, kept in session
 * storage: a donor who pays on the provider's page in the same tab and comes back (or reloads)
 * finds the payment step again, and the widget checks whether the payment went through.
 */
export class PendingDonation {
  constructor(private readonly storageKey: () => string) {}

  get(): CreateDonationResponse | undefined {
    return readSession(this.storageKey()) as CreateDonationResponse | undefined;
  }

  set(value: CreateDonationResponse | undefined): void {
    writeSession(this.storageKey(), value);
  }
}
