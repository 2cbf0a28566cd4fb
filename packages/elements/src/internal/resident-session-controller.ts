import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RouteDefinition, WireRoute } from '@wushe/schema';
import {
  WusheError,
  type CallInput,
  type RequestOptions,
  type Requester,
  type RouteAnswer,
} from '@wushe/sdk';
import {
  clearResidentSession,
  getResidentSession,
  residentScope,
  setResidentSession,
  signOutResident,
  subscribeResidentSession,
  type StoredResidentSession,
} from './resident-session.js';
import type {} from '../events/wushe-resident-signed-in.js';
import type {} from '../events/wushe-resident-signed-out.js';

/**
 * A resident widget's view of the page's sign-in (`resident-session.ts`): `session` is the
 * signed-in resident of the widget's API and key, kept current when another widget or tab signs
 * in or out; `call` sends a resident route with the token, and a 401 (the session ended or
 * expired) signs every widget out, so they all show the sign-in again.
 */
export class ResidentSessionController implements ReactiveController {
  session: StoredResidentSession | undefined;
  private scope: string | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    /** The widget's requester for the configuration in force (it may change). */
    private readonly requester: () => Requester,
  ) {
    host.addController(this);
  }

  get signedIn(): boolean {
    return this.session !== undefined;
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.scope = undefined;
  }

  /** Follows the session of the scope in force: another API or key is another sign-in. */
  private follow(): void {
    const scope = residentScope(this.requester());
    if (scope === this.scope) return;
    this.unsubscribe?.();
    this.scope = scope;
    this.session = getResidentSession(scope);
    this.unsubscribe = subscribeResidentSession(scope, (session) => {
      this.session = session;
      this.host.requestUpdate();
    });
  }

  /** Sends a resident route (`auth: 'resident'`) with the signed-in resident's token. */
  call<R extends RouteDefinition>(
    route: R,
    input: NoInfer<CallInput<R>>,
    options?: RequestOptions,
  ): RouteAnswer<R> {
    return this.withToken((requester) => requester.call(route, input, options));
  }

  /**
   * Sends a resident read by its wire part (no schemas, no zod, the server checks it) with the
   * token: what a widget reads as it shows, without the contract's schemas in its first load.
   */
  send<R extends RouteDefinition>(
    route: WireRoute<R>,
    input: NoInfer<CallInput<R>>,
    options?: RequestOptions,
  ): RouteAnswer<R> {
    return this.withToken((requester) => requester.send(route, input, options));
  }

  /** Runs a request with the signed-in token; a 401 for that token ends the session everywhere. */
  private async withToken<T>(request: (requester: Requester) => Promise<T>): Promise<T> {
    this.follow();
    const scope = this.scope!;
    const session = this.session;
    if (!session) {
      throw new WusheError({
        code: 'authentication_required',
        status: 401,
        message: 'Sign in first',
      });
    }
    const requester = this.requester();
    // Read synchronously by `call` and `send` as they build the request, so widgets of other
    // scopes that share a client never send each other's token.
    requester.residentToken = session.token;
    try {
      return await request(requester);
    } catch (error) {
      if (
        error instanceof WusheError &&
        error.status === 401 &&
        getResidentSession(scope)?.token === session.token
      ) {
        clearResidentSession(scope);
      }
      throw error;
    }
  }

  /** Keeps the session the sign-in form got, for every widget; `wushe-resident-signed-in`. */
  signIn(session: StoredResidentSession): void {
    this.follow();
    setResidentSession(this.scope!, session);
    this.host.dispatchEvent(
      new CustomEvent('wushe-resident-signed-in', {
        detail: session.resident,
        bubbles: true,
        composed: true,
      }),
    );
  }

  /**
   * Signs out on the server and on the page (`forget`: only on the page, when the server has
   * ended the session already, as after an erasure); `wushe-resident-signed-out`.
   */
  async signOut({ forget = false } = {}): Promise<void> {
    this.follow();
    const residentId = this.session?.resident.id;
    if (forget) clearResidentSession(this.scope!);
    else await signOutResident(this.requester(), this.scope!);
    if (!residentId) return;
    this.host.dispatchEvent(
      new CustomEvent('wushe-resident-signed-out', {
        detail: { residentId },
        bubbles: true,
        composed: true,
      }),
    );
  }
}
