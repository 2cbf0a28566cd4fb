import {
  checkCreditCode,
  fenToYuan,
  fieldIssue,
  MAX_DONATION_FEN,
  MIN_DONATION_FEN,
  normalizeCreditCode,
  yuanToFen,
  type CreateDonationRequest,
  type FieldIssue,
  type IssueMessages,
  type PaymentChannel,
} from '@wushe/schema';

/** What the donation form holds: text as typed, so nothing is lost when a check fails. */
export interface DonationValues extends Record<string, unknown> {
  /** The preset chosen, as fen (`"5000"`), `"other"` for a typed amount, or `""` for none yet. */
  choice: string;
  /** The amount typed in yuan, when `choice` is `"other"`. */
  other: string;
  name: string;
  anonymous: boolean;
  /** "Do not publish my name": the charity knows it (for the receipt), the public ledger shows 匿名. */
  hideName: boolean;
  mobile: string;
  receipt: boolean;
  receiptTitle: string;
  /** The receipt is for an organisation, which gives its 统一社会信用代码. */
  organisation: boolean;
  creditCode: string;
  channel: string;
  consent: boolean;
}

export const INITIAL_VALUES: DonationValues = {
  choice: '',
  other: '',
  name: '',
  anonymous: false,
  hideName: false,
  mobile: '',
  receipt: false,
  receiptTitle: '',
  organisation: false,
  creditCode: '',
  channel: '',
  consent: false,
};

/** Where the API's issue paths land in the form: the field that shows each error. */
export const ISSUE_FIELDS: Readonly<Record<string, keyof DonationValues>> = {
  amountFen: 'other',
  'donor.name': 'name',
  'donor.mobile': 'mobile',
  'receipt.title': 'receiptTitle',
  'receipt.creditCode': 'creditCode',
  channel: 'channel',
  consent: 'consent',
};

/**
 * Channels a page may offer, in the order given; words that are not channels are dropped. The
 * known channels are those the wording names (a record keyed by every `PaymentChannel`, so the
 * type keeps it complete), which spares this module the contract's schemas.
 */
export function channelsOf(
  attribute: string | undefined,
  wording: { channels: Readonly<Record<PaymentChannel, string>> },
): PaymentChannel[] {
  const chosen = (attribute ?? '')
    .split(/[\s,]+/)
    .filter((word): word is PaymentChannel => Object.hasOwn(wording.channels, word));
  return chosen.length > 0 ? [...new Set(chosen)] : ['offline'];
}

/** The channel the resident chose, when the page still offers it; else the first one offered. */
export function chosenChannel(chosen: string, offered: readonly PaymentChannel[]): PaymentChannel {
  return offered.find((channel) => channel === chosen) ?? offered[0] ?? 'offline';
}

/** The amount in fen the values name, or `undefined` when none is chosen or it is not an amount. */
export function amountOf(values: DonationValues): number | undefined {
  if (values.choice === 'other') return yuanToFen(values.other);
  return values.choice ? Number(values.choice) : undefined;
}

/**
 * The credit code's problem, as the resident types it: none while fewer than 18 characters are
 * typed (unless `touched`, i.e. they left the field), so they are not scolded mid-way.
 */
export function creditCodeProblem(
  values: DonationValues,
  touched: boolean,
  issues: IssueMessages,
): string | undefined {
  const code = normalizeCreditCode(values.creditCode);
  if (!values.receipt || !values.organisation || !code || (!touched && code.length < 18)) {
    return undefined;
  }
  const problem = checkCreditCode(code);
  return problem ? issues[problem] : undefined;
}

/**
 * The request the values make, and the problems only the form can see: no amount, an amount that
 * is not one (the contract checks the rest, in the SDK before sending and on the server), a
 * missing credit code for an organisation's receipt, or consent not given.
 */
export function buildRequest(
  fundId: string,
  values: DonationValues,
  wording: { issues: IssueMessages; amountRequired: string },
  policyVersion: string,
): { request: CreateDonationRequest; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const amountFen = amountOf(values);
  if (amountFen === undefined) {
    issues.push(
      values.choice === 'other' && values.other.trim()
        ? moneyIssue(wording)
        : { path: ['amountFen'], code: 'required', message: wording.amountRequired },
    );
  }
  const name = values.name.trim();
  const mobile = values.mobile.trim();
  const creditCode = normalizeCreditCode(values.creditCode);
  if (values.receipt && values.organisation && !creditCode) {
    issues.push(fieldIssue(['receipt', 'creditCode'], 'required', undefined, wording));
  }
  if (!values.consent) issues.push(fieldIssue(['consent'], 'consent_required', undefined, wording));
  const request: CreateDonationRequest = {
    fundId,
    amountFen: amountFen ?? 0,
    donor: {
      // An anonymous donor gives no name at all: minimum collection (PIPL).
      ...(values.anonymous || !name ? {} : { name }),
      anonymous: values.anonymous,
      publishName: !values.anonymous && !values.hideName,
      ...(mobile ? { mobile } : {}),
    },
    ...(values.receipt
      ? {
          receipt: {
            title: values.receiptTitle.trim(),
            ...(values.organisation && creditCode ? { creditCode } : {}),
          },
        }
      : {}),
    channel: values.channel as PaymentChannel,
    consent: { policyVersion, agreed: values.consent },
  };
  return { request, issues };
}

function moneyIssue(wording: { issues: IssueMessages }): FieldIssue {
  return fieldIssue(
    ['amountFen'],
    'money_fen',
    {
      minimum: MIN_DONATION_FEN,
      maximum: MAX_DONATION_FEN,
      minimumYuan: fenToYuan(MIN_DONATION_FEN),
      maximumYuan: fenToYuan(MAX_DONATION_FEN),
    },
    wording,
  );
}
