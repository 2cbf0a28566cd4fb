import {
  createKeyRoute,
  listKeysRoute,
  revokeKeyRoute,
  type ApiKey,
  type CreateKeyRequest,
  type CreatedApiKey,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';

/** The district's keys, revoked ones too, newest first. */
export async function loadKeys(requester: Requester, signal: AbortSignal): Promise<ApiKey[]> {
  const { data } = await requester.call(listKeysRoute, {}, { signal });
  return [...data].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Issues a key: the answer carries the key itself, this once. */
export function issueKey(requester: Requester, body: CreateKeyRequest): Promise<CreatedApiKey> {
  return requester.call(createKeyRoute, { body });
}

export function revokeKey(requester: Requester, id: string): Promise<ApiKey> {
  return requester.call(revokeKeyRoute, { params: { id } });
}

/** The origins typed one a line, blank lines left out (the schema checks each). */
export const originsOf = (typed: string): string[] =>
  typed
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
