import type { ServiceRecordSource } from '@wushe/schema';

/** `<wushe-hours-recorder>` recorded a volunteer's service into the time bank. */
export interface WusheHoursRecordedDetail {
  readonly serviceRecordId: string;
  readonly volunteerId: string;
  readonly activityId: string | null;
  readonly minutes: number;
  /** Credited after rounding (SPEC §2), in half hours. */
  readonly halfHours: number;
  readonly source: ServiceRecordSource;
}

export type WusheHoursRecordedEvent = CustomEvent<WusheHoursRecordedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-hours-recorded': WusheHoursRecordedEvent;
  }
}
