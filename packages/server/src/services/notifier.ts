import type { Executor } from '../db/database.js';
import { notifierOutbox } from '../db/tables/index.js';

/** One message to a person: an invite, a waitlist promotion, a follow-up deadline, a sign-in code. */
export interface NotifierMessage {
  readonly districtCode: string;
  readonly channel: 'sms' | 'email';
  /** A mainland mobile number or an e-mail address. */
  readonly to: string;
  /** The template's name (`staff_invite`, …): SMS providers send registered templates only. */
  readonly template: string;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Where messages go (SPEC §9): the `log` provider for development and tests, adapters for SMS
 * (Aliyun, Tencent Cloud) and e-mail behind the same interface. Callers queue a send to run after
 * their transaction commits (`AfterTransaction.onCommit`), never inside it.
 */
export interface Notifier {
  readonly provider: string;
  send(message: NotifierMessage): Promise<void>;
}

/** The `log` provider: every message becomes a row of the outbox, which tests and the demo read. */
export function logNotifier(db: Executor): Notifier {
  return {
    provider: 'log',
    async send(message) {
      await db.insert(notifierOutbox).values({
        districtCode: message.districtCode,
        channel: message.channel,
        to: message.to,
        template: message.template,
        params: message.params,
      });
    },
  };
}

/**
 * The `none` provider: messages are dropped. For a server with no message provider configured
 * (`--notifier none`, the default without `--seed demo`); nothing personal is kept in an outbox.
 */
export const noNotifier: Notifier = {
  provider: 'none',
  async send() {
    // dropped on purpose
  },
};
