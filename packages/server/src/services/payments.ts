import type { PaymentChannel, PaymentInstructions } from '@wushe/schema';

/** What a provider needs to know to tell a donor how to pay. */
export interface PendingPayment {
  readonly donationId: string;
  /** Our reference: the donor quotes it, the provider echoes it. */
  readonly reference: string;
  readonly amountFen: number;
  readonly fundName: string;
  readonly offlineAccount: { accountName: string; bankName: string; accountNumber: string } | null;
}

/**
 * A way money arrives. Built in: `offline` (a pledge staff confirm when the transfer arrives) and
 * `sandbox` (a demo checkout whose callback is HMAC-signed). WeChat Pay, Alipay and UnionPay are
 * adapters behind this same interface; a channel with no provider is refused.
 */
export interface PaymentProvider {
  readonly channel: PaymentChannel;
  instructions(payment: PendingPayment): PaymentInstructions;
}

export type PaymentProviders = Partial<Record<PaymentChannel, PaymentProvider>>;

export const offlineProvider: PaymentProvider = {
  channel: 'offline',
  instructions: (payment) => ({
    channel: 'offline',
    reference: payment.reference,
    accountName: payment.offlineAccount?.accountName ?? '',
    bankName: payment.offlineAccount?.bankName ?? '',
    accountNumber: payment.offlineAccount?.accountNumber ?? '',
    note: `请在转账附言中注明 ${payment.reference}，款项到账后工作人员确认，捐赠即计入「${payment.fundName}」。`,
  }),
};

/** The demo provider: its checkout page lives on this server, at `${baseUrl}/sandbox/checkout/{reference}`. */
export function sandboxProvider(baseUrl: string): PaymentProvider {
  return {
    channel: 'sandbox',
    instructions: (payment) => ({
      channel: 'sandbox',
      reference: payment.reference,
      checkoutUrl: `${baseUrl.replace(/\/$/, '')}/sandbox/checkout/${encodeURIComponent(payment.reference)}`,
    }),
  };
}
