// What JSX may write on the wushe elements: their properties and their events. React 19 sets a
// prop as a property when the element has one, and `on<event-name>` listens to that event.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  WusheActivitySignupEvent,
  WusheNeedClaimedEvent,
  WusheNeedsList,
  WusheProvider,
  WusheVolunteerSignup,
} from '@wushe/elements';

type Element<E extends HTMLElement, Props extends keyof E, Events = object> = DetailedHTMLProps<
  HTMLAttributes<E>,
  E
> &
  Partial<Pick<E, Props>> &
  Events;

type Config = 'apiBase' | 'publishableKey' | 'community' | 'client' | 'elder' | 'theme';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'wushe-provider': Element<
        WusheProvider,
        'apiBase' | 'publishableKey' | 'community' | 'client'
      >;
      'wushe-needs-list': Element<
        WusheNeedsList,
        Config | 'kind' | 'category' | 'status' | 'q' | 'pageSize',
        { 'onwushe-need-claimed'?: (event: WusheNeedClaimedEvent) => void }
      >;
      'wushe-volunteer-signup': Element<
        WusheVolunteerSignup,
        Config | 'activity',
        { 'onwushe-activity-signup'?: (event: WusheActivitySignupEvent) => void }
      >;
    }
  }
}
