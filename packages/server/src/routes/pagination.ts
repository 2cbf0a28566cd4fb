import { DEFAULT_PAGE_SIZE } from '@wushe/schema';
import { ApiError } from '../http/errors.js';

/**
 * Cursors are opaque to clients: base64url of the last row's sort key. Keyset paging, so a deep
 * page costs what the first does and rows added meanwhile never shift a page.
 */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, shape: readonly ('string' | 'number')[]) {
  if (cursor === undefined) return undefined;
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(parts) &&
      parts.length === shape.length &&
      parts.every((part, i) => typeof part === shape[i])
    ) {
      return parts as (string | number)[];
    }
  } catch {
    // fall through
  }
  throw invalidCursor();
}

/** `400 validation_failed` at `cursor`: a cursor this server did not make. */
export function invalidCursor(): ApiError {
  return new ApiError('validation_failed', [
    { path: ['cursor'], code: 'invalid_format', message: 'Invalid cursor' },
  ]);
}

/** Fetch one row more than the page: whether it exists says if there is a next page. */
export function pageOf<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  cursorOf: (row: Row) => (string | number)[],
): { data: Item[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map(toItem),
    nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null,
  };
}

export const pageSize = (limit: number | undefined) => limit ?? DEFAULT_PAGE_SIZE;
