import type * as z from 'zod/mini';
import type { LiveEventType, Messages, RouteDefinition } from '@wushe/schema';
import type { Database, Executor } from '../db/database.js';
import type { EventHub, EventScope } from './events.js';
import type { PaymentProviders } from './payments.js';
import type { Secrets } from './secrets.js';

/** Who calls: a district's key, or (confirmations only) a payment provider's signature. */
export interface Auth {
  readonly districtCode: string;
  readonly apiKeyId: string;
  readonly kind: 'publishable' | 'secret';
  /** `signature`: a payment provider's signed callback, with no key and no district yet. */
  readonly via: 'key' | 'signature';
}

/** What services share across requests; the HTTP layer's `AppDeps` adds its own parts. */
export interface ServiceDeps {
  readonly db: Database;
  readonly events: EventHub;
  readonly secrets: Secrets;
  readonly payments: PaymentProviders;
  readonly now: () => Date;
}

/** A schema's parsed value, or `undefined` where the route declares none. */
export type Parsed<S> = S extends z.core.$ZodType ? z.output<S> : undefined;

/**
 * One call of a route as a service sees it: the validated input, the caller, the transaction and
 * the shared dependencies. Nothing here is HTTP: the binder (http/route.ts) builds it.
 */
export interface ServiceContext<R extends RouteDefinition> {
  readonly params: Parsed<R['params']>;
  readonly query: Parsed<R['query']>;
  readonly body: Parsed<R['body']>;
  readonly auth: Auth;
  /** The transaction of a write (or the database, for a read). */
  readonly tx: Executor;
  readonly deps: ServiceDeps;
  readonly requestId: string;
  readonly messages: Messages;
  /** Announces a live event, delivered when the transaction commits. */
  emit(
    type: LiveEventType,
    scope: Omit<EventScope, 'districtCode'>,
    payload: unknown,
  ): Promise<void>;
  /** Records a staff action or a staff read of personal data. */
  audit(action: string, subjectType: string, subjectId: string, detail?: object): Promise<void>;
}
