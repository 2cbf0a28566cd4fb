import * as z from 'zod/mini';
import { Timestamp } from '../primitives.js';
import { Activity } from './activity.js';
import { FundProgress } from './fund.js';
import { Need } from './need.js';

/** Live events on `GET /v1/events` (Server-Sent Events; the SSE `event:` is the `type`). */
export const LiveEventType = {
  needCreated: 'need.created',
  needUpdated: 'need.updated',
  fundUpdated: 'fund.updated',
  /** An activity's places moved: a signup cancelled, someone promoted, staff changed it. */
  activityUpdated: 'activity.updated',
} as const;
export type LiveEventType = (typeof LiveEventType)[keyof typeof LiveEventType];

/** The SSE `id:` of each event: resume from it with `Last-Event-ID`. */
const EventBase = /* @__PURE__ */ z.object({ id: z.string(), at: Timestamp });

export const LiveEvent = /* @__PURE__ */ z.discriminatedUnion('type', [
  z.extend(EventBase, { type: z.literal('need.created'), data: Need }),
  z.extend(EventBase, { type: z.literal('need.updated'), data: Need }),
  z.extend(EventBase, { type: z.literal('fund.updated'), data: FundProgress }),
  z.extend(EventBase, { type: z.literal('activity.updated'), data: Activity }),
]);
export type LiveEvent = z.infer<typeof LiveEvent>;
