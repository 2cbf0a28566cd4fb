import type * as z from 'zod/mini';
import type { LiveEventType, Messages, RouteDefinition, StaffRole } from '@wushe/schema';
import type { Database, Executor } from '../db/database.js';
import type { AfterTransaction } from './after-commit.js';
import type { EventHub, EventScope } from './events.js';
import type { NotifierMessage } from './notifier.js';
import type { PaymentProviders } from './payments.js';
import type { Secrets } from './secrets.js';
import type { ResidentCaller } from './residents/sessions.js';
import type { StaffCaller } from './staff/sessions.js';

/**
 * Who calls: a district's key, a staff session, a signed-in resident, or (confirmations only) a
 * payment provider's signature.
 */
export interface Auth {
  readonly districtCode: string;
  readonly apiKeyId: string;
  readonly kind: 'publishable' | 'secret';
  /**
   * `signature`: a payment provider's signed callback, with no key and no district yet.
   * `session`: a staff session (`st_…`), whose person is `staff`.
   * `resident`: a resident token (`rt_…`), whose person is `resident`; `apiKeyId` is the
   * publishable key the resident signed in with (so the resident rate limit counts per page).
   */
  readonly via: 'key' | 'signature' | 'session' | 'resident';
  readonly staff?: StaffCaller;
  readonly resident?: ResidentCaller;
  /** The role the route's permission let the caller act in (a secret key: `district_admin`). */
  readonly role?: StaffRole;
}

/**
 * Whether the caller acts with a staff role's full rights: a secret key (district_admin), or a
 * staff session on a staff route, whose role the binder checked. A staff session on a public read
 * (the console listing the needs under review) has no role there: it sees unpublished needs, but
 * nothing personal (no contact, no staff-only results).
 */
export function actsWithRole(auth: Auth): boolean {
  return auth.kind === 'secret' && (auth.via !== 'session' || auth.role !== undefined);
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
  /**
   * The signed-in resident: always there on an `auth: 'resident'` route (the binder refused the
   * request otherwise), absent on the others.
   */
  readonly resident: R['auth'] extends 'resident' ? ResidentCaller : undefined;
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
  /** Work to run when the request's transaction has committed, or has ended either way. */
  readonly after: AfterTransaction;
  /** Sends a message through the notifier once the transaction has committed. */
  notify(message: NotifierMessage): void;
  /** Records a staff action or a staff read of personal data. */
  audit(action: string, subjectType: string, subjectId: string, detail?: object): Promise<void>;
}
