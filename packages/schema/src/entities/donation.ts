import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import {
  Consent,
  CreditCode,
  fen,
  Mobile,
  optionalText,
  prefixedId,
  text,
  Timestamp,
  valuesOf,
} from '../primitives.js';
import { MAX_DONATION_FEN, MIN_DONATION_FEN } from '../validators/money.js';

/** How money arrives. `offline` and `sandbox` are built in; the others are provider adapters. */
export const PaymentChannel = {
  /** A pledge that staff confirm when the money arrives: common for community funds. */
  offline: 'offline',
  /** The demo provider, with a signed callback. */
  sandbox: 'sandbox',
  wechatPay: 'wechat_pay',
  alipay: 'alipay',
  unionPay: 'unionpay',
} as const;
export type PaymentChannel = (typeof PaymentChannel)[keyof typeof PaymentChannel];

export const DonationStatus = {
  pending: 'pending',
  succeeded: 'succeeded',
  failed: 'failed',
  refunded: 'refunded',
} as const;
export type DonationStatus = (typeof DonationStatus)[keyof typeof DonationStatus];

export const Donor = checked(
  z.strictObject({
    /** Required unless the donor gives anonymously. */
    name: optionalText(40),
    anonymous: z._default(z.boolean(), false),
    /** When false, the public ledger shows `匿名` even though the charity knows the name (Art. 82). */
    publishName: z._default(z.boolean(), true),
    mobile: z.optional(Mobile),
  }),
  check((donor) => donor.anonymous || Boolean(donor.name), 'name_required_unless_anonymous', {
    path: ['name'],
    dependsOn: ['name', 'anonymous'],
  }),
);

/** A request for a donation receipt (捐赠票据, 慈善法 Art. 38). */
export const ReceiptRequest = /* @__PURE__ */ z.strictObject({
  /** The name on the receipt: a person's or an organization's. */
  title: text(1, 80),
  /** For an organization, its 统一社会信用代码. */
  creditCode: z.optional(CreditCode),
});

/**
 * `POST /v1/donations`: a pending donation and its payment instructions. Requires an
 * `Idempotency-Key` header, so a double click or a retried request never charges twice.
 */
export const CreateDonationRequest = /* @__PURE__ */ z.strictObject({
  fundId: prefixedId('fund'),
  /** A 微心愿 the donation is for, when it is one. */
  needId: z.optional(prefixedId('need')),
  /** Integer fen: 1 yuan is 100. */
  amountFen: fen(MIN_DONATION_FEN, MAX_DONATION_FEN),
  donor: Donor,
  receipt: z.optional(ReceiptRequest),
  channel: z.enum(valuesOf(PaymentChannel)),
  /** The donor's consent to the privacy notice, whose version is recorded (PIPL). */
  consent: Consent,
});
export type CreateDonationRequest = z.input<typeof CreateDonationRequest>;

export const Donation = /* @__PURE__ */ z.object({
  id: prefixedId('don'),
  fundId: prefixedId('fund'),
  needId: z.nullable(prefixedId('need')),
  amountFen: fen(1),
  status: z.enum(valuesOf(DonationStatus)),
  channel: z.enum(valuesOf(PaymentChannel)),
  /** As the public ledger will show it: masked, or `匿名`. */
  donorName: z.string(),
  receiptRequested: z.boolean(),
  createdAt: Timestamp,
  confirmedAt: z.nullable(Timestamp),
});
export type Donation = z.infer<typeof Donation>;

/** How to pay: offline pledge instructions, or a checkout to send the donor to. */
export const PaymentInstructions = /* @__PURE__ */ z.discriminatedUnion('channel', [
  z.object({
    channel: z.literal('offline'),
    /** Quote this reference with the transfer so staff can match it. */
    reference: z.string(),
    accountName: z.string(),
    bankName: z.string(),
    accountNumber: z.string(),
    note: z.string(),
  }),
  z.object({
    channel: z.literal('sandbox'),
    reference: z.string(),
    checkoutUrl: z.url(),
  }),
  z.object({
    channel: z.enum(['wechat_pay', 'alipay', 'unionpay']),
    reference: z.string(),
    checkoutUrl: z.url(),
  }),
]);
export type PaymentInstructions = z.infer<typeof PaymentInstructions>;

export const CreateDonationResponse = /* @__PURE__ */ z.object({
  donation: Donation,
  payment: PaymentInstructions,
});
export type CreateDonationResponse = z.infer<typeof CreateDonationResponse>;

/** `POST /v1/donations/{id}/confirm`: staff mark a pledge paid, or the provider's callback does. */
export const ConfirmDonationRequest = /* @__PURE__ */ z.strictObject({
  /** The bank or provider reference of the payment that arrived. */
  providerReference: optionalText(64),
  /** For a failed payment, `succeeded: false` marks it failed instead. */
  succeeded: z._default(z.boolean(), true),
  note: optionalText(200),
});
export type ConfirmDonationRequest = z.input<typeof ConfirmDonationRequest>;
