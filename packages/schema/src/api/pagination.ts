import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A page of a list: `{data, nextCursor}`; `nextCursor` is `null` on the last page. */
export const page = /* @__NO_SIDE_EFFECTS__ */ <T extends z.ZodMiniType>(item: T) =>
  z.object({
    data: z.array(item),
    nextCursor: z.nullable(z.string()),
  });
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** An integer query parameter: query strings are text, so `"20"` and `20` both pass. */
export const queryInt = /* @__NO_SIDE_EFFECTS__ */ (min: number, max: number) =>
  checked(
    z.coerce.number(),
    check<number>(Number.isInteger, 'not_integer'),
    z.gte(min),
    z.lte(max),
  );

/** Cursor paging: an opaque cursor from the previous page, and a page size (default 20). */
export const PageQuery = /* @__PURE__ */ z.strictObject({
  cursor: z.optional(checked(z.string(), z.regex(/^[A-Za-z0-9_=-]{1,200}$/))),
  limit: z.optional(queryInt(1, MAX_PAGE_SIZE)),
});
