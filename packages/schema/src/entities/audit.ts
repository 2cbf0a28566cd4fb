import * as z from 'zod/mini';
import { Timestamp, valuesOf } from '../primitives.js';
import { StaffRole } from './staff.js';

/** One entry of a district's audit log (SPEC §9): who did what to which record, and when. */
export const AuditEntry = /* @__PURE__ */ z.object({
  id: z.string(),
  at: Timestamp,
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  /** The staff account that acted; null when a secret key acted alone. */
  accountId: z.nullable(z.string()),
  accountName: z.nullable(z.string()),
  role: z.nullable(z.enum(valuesOf(StaffRole))),
  apiKeyId: z.string(),
  requestId: z.string(),
  detail: z.nullable(z.record(z.string(), z.unknown())),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
