import type { Resident } from '@wushe/schema';
import type { Requester } from '@wushe/sdk';
import { fetchedPart } from './load-state.js';

/*
 * Where a signed-in resident's token (`rt_…`, SPEC §13) lives on a page: in the page origin's
 * `localStorage`, one entry per API and publishable key (a "scope"), so every resident widget of
 * the page — and of its other tabs — shares one sign-in, and a resident who comes back within the
 * token's 30 sliding days is still signed in. The token only works from this origin (the server
 * checks `Origin`), so a copy taken elsewhere is useless. Where storage is disabled (private
 * browsing, a sandboxed frame) the session lives in memory for the page's life.
 *
 * Listeners and the in-memory fallback sit on `globalThis` under `Symbol.for`, so two copies of
 * the bundle on one page still share one sign-in, as they share one `customElements` registry.
 */

/** A signed-in resident as the page keeps it: the server's `ResidentSession`. */
export interface StoredResidentSession {
  readonly token: string;
  /** 30 days after the last use when signed in; the server slides it, and has the last word. */
  readonly expiresAt: string;
  readonly resident: Resident;
}

/** Told the session of its scope whenever it changes: signed in, signed out, or another tab's. */
export type ResidentSessionListener = (session: StoredResidentSession | undefined) => void;

interface Registry {
  readonly listeners: Map<string, Set<ResidentSessionListener>>;
  /** Sessions of scopes whose storage failed. */
  readonly memory: Map<string, StoredResidentSession>;
  /** Whether the `storage` listener (other tabs) is in place. */
  watching: boolean;
}

const REGISTRY_KEY = Symbol.for('wushe.resident-sessions');
const STORAGE_PREFIX = 'wushe.resident.';

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (holder[REGISTRY_KEY] ??= { listeners: new Map(), memory: new Map(), watching: false });
}

/** The scope a requester signs residents in for: its API and its publishable key. */
export function residentScope(requester: Requester): string {
  const { baseUrl, publishableKey } = requester.options;
  return `${baseUrl}|${publishableKey ?? ''}`;
}

const storageKey = (scope: string) => `${STORAGE_PREFIX}${scope}`;

const isSession = (value: unknown): value is StoredResidentSession =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as StoredResidentSession).token === 'string' &&
  (value as StoredResidentSession).token.startsWith('rt_') &&
  typeof (value as StoredResidentSession).resident === 'object';

function parse(saved: string | null): StoredResidentSession | undefined {
  if (!saved) return undefined;
  try {
    const value = JSON.parse(saved) as unknown;
    return isSession(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The resident signed in for `scope` on this page, if any. */
export function getResidentSession(scope: string): StoredResidentSession | undefined {
  const remembered = registry().memory.get(scope);
  if (remembered) return remembered;
  try {
    return parse(localStorage.getItem(storageKey(scope)));
  } catch {
    return undefined;
  }
}

function notify(scope: string, session: StoredResidentSession | undefined): void {
  for (const listener of [...(registry().listeners.get(scope) ?? [])]) listener(session);
}

/** Keeps the session the server gave at sign-in, and tells every widget of the scope. */
export function setResidentSession(scope: string, session: StoredResidentSession): void {
  const { memory } = registry();
  const kept: StoredResidentSession = {
    token: session.token,
    expiresAt: session.expiresAt,
    resident: session.resident,
  };
  try {
    localStorage.setItem(storageKey(scope), JSON.stringify(kept));
    memory.delete(scope);
  } catch {
    memory.set(scope, kept);
  }
  notify(scope, kept);
}

/** Forgets the session of `scope` (signed out, or refused by the server), and tells every widget. */
export function clearResidentSession(scope: string): void {
  registry().memory.delete(scope);
  try {
    localStorage.removeItem(storageKey(scope));
  } catch {
    // Storage is disabled: the session lived in memory only.
  }
  notify(scope, undefined);
}

/** Another tab of this origin signed in or out: its widgets tell this tab's. */
function onStorage(event: StorageEvent): void {
  if (event.storageArea !== localStorage || !event.key?.startsWith(STORAGE_PREFIX)) return;
  notify(event.key.slice(STORAGE_PREFIX.length), parse(event.newValue));
}

/**
 * Calls `listener` whenever the session of `scope` changes, on this page or in another tab.
 * Returns the function that stops it.
 */
export function subscribeResidentSession(
  scope: string,
  listener: ResidentSessionListener,
): () => void {
  const state = registry();
  if (!state.watching) {
    state.watching = true;
    window.addEventListener('storage', onStorage);
  }
  let listeners = state.listeners.get(scope);
  if (!listeners) state.listeners.set(scope, (listeners = new Set()));
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Signs the resident of `scope` out: the server ends the token at once (when it can be reached:
 * a failure still signs out here, and the token then lapses after 30 unused days), and every
 * widget of the scope shows its sign-in again.
 */
export async function signOutResident(requester: Requester, scope: string): Promise<void> {
  const session = getResidentSession(scope);
  clearResidentSession(scope);
  if (!session) return;
  await residentApi()
    .then(({ endSession }) => endSession(requester, session.token))
    .catch(() => undefined);
}

/**
 * The sign-in's calls (`resident-api.ts`), loaded on first use with the contract's schemas; a
 * chunk that cannot be fetched is a lost connection, shown as offline.
 */
export const residentApi = fetchedPart(() => import('./resident-api.js'), 'the sign-in');
