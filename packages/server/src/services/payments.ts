import type { PaymentChannel, PaymentInstructions } from '@wushe/schema';

/** The district's bank account that offline pledges are transferred to (`districts.offline_account`). */
export interface OfflineAccount {
  readonly accountName: string;
  readonly bankName: string;
  readonly accountNumber: string;
}

/** What a provider needs to know about the district taking the money. */
export interface PaymentDistrict {
  readonly offlineAccount: OfflineAccount | null;
}

/** What a provider needs to know to tell a donor how to pay. */
export interface PendingPayment extends PaymentDistrict {
  readonly donationId: string;
  /** Our reference: the donor quotes it, the provider echoes it. */
  readonly reference: string;
  readonly amountFen: number;
  readonly fundName: string;
}

/**
 * A way money arrives. Built in: `offline` (a pledge staff confirm when the transfer arrives) and
 * `sandbox` (a demo checkout whose callback is HMAC-signed). WeChat Pay, Alipay and UnionPay are
 * adapters behind this same interface; a channel with no provider is refused.
 */
export interface PaymentProvider {
  readonly channel: PaymentChannel;
  /**
   * Whether this district can take money this way; absent means always. A provider that cannot
   * tell the donor where the money goes must say no here rather than hand out empty instructions.
   */
  availableFor?(district: PaymentDistrict): boolean;
  instructions(payment: PendingPayment): PaymentInstructions;
}

export type PaymentProviders = Partial<Record<PaymentChannel, PaymentProvider>>;

/** The configured providers this district can use. */
export function availableProviders(
  providers: PaymentProviders,
  district: PaymentDistrict,
): PaymentProvider[] {
  return Object.values(providers).filter((provider) => provider.availableFor?.(district) ?? true);
}

/** The provider for `channel` if one is configured and this district can use it. */
export function providerFor(
  providers: PaymentProviders,
  channel: PaymentChannel,
  district: PaymentDistrict,
): PaymentProvider | undefined {
  return availableProviders(providers, district).find((provider) => provider.channel === channel);
}

export const offlineProvider: PaymentProvider = {
  channel: 'offline',
  // Without the district's account a pledge has nowhere to go.
  availableFor: (district) => district.offlineAccount !== null,
  instructions: (payment) => ({
    channel: 'offline',
    reference: payment.reference,
    accountName: payment.offlineAccount?.accountName ?? '',
    bankName: payment.offlineAccount?.bankName ?? '',
    accountNumber: payment.offlineAccount?.accountNumber ?? '',
    note: `请在转账附言中注明 ${payment.reference}，款项到账后工作人员确认，捐赠即计入「${payment.fundName}」。`,
  }),
};

/** Where this server serves the sandbox provider's checkout pages (src/routes/sandbox.ts). */
export const SANDBOX_CHECKOUT_PATH = '/sandbox/checkout';

/** The demo provider: its checkout page lives on this server, at `${baseUrl}/sandbox/checkout/{reference}`. */
export function sandboxProvider(baseUrl: string): PaymentProvider {
  return {
    channel: 'sandbox',
    instructions: (payment) => ({
      channel: 'sandbox',
      reference: payment.reference,
      checkoutUrl: `${baseUrl.replace(/\/$/, '')}${SANDBOX_CHECKOUT_PATH}/${encodeURIComponent(payment.reference)}`,
    }),
  };
}
