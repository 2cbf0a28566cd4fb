import { executeServerCommand } from '@web/test-runner-commands';

/** Where the real server of the test run listens, and the demo district's publishable key. */
export interface RealServer {
  readonly apiBase: string;
  readonly publishableKey: string;
}

/** A real wushe server on PGlite with the demo seed, shared by every test file of the run. */
export function realServer(): Promise<RealServer> {
  return executeServerCommand<RealServer, undefined>('wushe-server');
}

export interface StaffAnswer<T> {
  readonly status: number;
  readonly body: T;
}

/**
 * A staff action with the demo district's secret key, sent from the test runner's process (a
 * secret key never enters a page): approve a need, confirm a donation, record hours.
 */
export async function staff<T = unknown>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<StaffAnswer<T>> {
  return executeServerCommand<StaffAnswer<T>, object>('wushe-staff', { method, path, body });
}

/** The sign-in code the server last sent to `mobile` (the `log` notifier's outbox). */
export function residentCode(mobile: string): Promise<string> {
  return executeServerCommand<string, object>('wushe-resident-code', { mobile });
}
