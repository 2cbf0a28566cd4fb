import type { Report } from '@wushe/schema';

/** A resident reported a need from `<wushe-needs-list>`. */
export type WusheNeedReportedDetail = Report;

export type WusheNeedReportedEvent = CustomEvent<WusheNeedReportedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-need-reported': WusheNeedReportedEvent;
  }
}
