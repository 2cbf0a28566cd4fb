// What the React 19 and Vue 3 proof pages share: the demo's configuration, the choices their
// controls offer, and the wording of their event log. Only the binding differs between them —
// that difference is what each page proves.
import type { WusheActivitySignupEvent, WusheNeedClaimedEvent } from '@wushe/elements';

/** The demo seed's publishable key (packages/server/src/seed): public by design. */
export const KEY = 'pk_test_wushe_demo_panyu_0000000000';
/** 锦绣香江社区 of the demo seed, whose needs and activities the pages show. */
export const COMMUNITY = '440113104001';
/** An activity of that community the signup form registers for. */
export const ACTIVITY = 'act_jxSortingShift';

/** The `lang` choices, each labelled in its own language. */
export const LANGUAGES = [
  { value: 'zh-CN', label: '简体中文' },
  { value: 'zh-HK', label: '繁體中文' },
  { value: 'en', label: 'English' },
] as const;
export type Lang = (typeof LANGUAGES)[number]['value'];

/** The needs list's `kind` filter; `''` shows every kind (the property is then left unset). */
export const KINDS = [
  { value: '', label: '全部' },
  { value: 'service', label: '服务需求' },
  { value: 'wish', label: '微心愿' },
] as const;
export type KindChoice = (typeof KINDS)[number]['value'];

/** The event log's line for a signup: confirmed, or the place on the waitlist. */
export function signupEntry(event: WusheActivitySignupEvent): string {
  const { status, waitlistPosition } = event.detail;
  const text =
    status === 'waitlisted' ? `候补第 ${waitlistPosition ?? '?'} 位` : '报名成功（已确认）';
  return `wushe-activity-signup：${text}`;
}

/** The event log's line for a claimed need. */
export function claimEntry(event: WusheNeedClaimedEvent): string {
  return `wushe-need-claimed：${event.detail.needId}`;
}
