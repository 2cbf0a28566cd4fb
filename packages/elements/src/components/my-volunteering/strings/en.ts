import type { MyVolunteeringStrings } from './zh-CN.js';

export const strings: MyVolunteeringStrings = {
  locale: 'en',
  title: 'My volunteering',
  signInIntro:
    'Sign in with your mobile number to see your registration, activity signups, hours and points.',
  saved: 'Your changes are saved',
  withdrawn: 'Consent withdrawn: your registration is deleted and {count} signups cancelled.',
  signupCancelled: 'Signup cancelled. The place goes to the next person waiting.',
};
