import * as z from 'zod/mini';
import { Timestamp } from '../primitives.js';

/** One message the `log` notifier "sent" (SPEC §9): what development and tests read instead. */
export const OutboxMessage = /* @__PURE__ */ z.object({
  id: z.string(),
  channel: z.enum(['sms', 'email']),
  to: z.string(),
  template: z.string(),
  params: z.record(z.string(), z.string()),
  createdAt: Timestamp,
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;
