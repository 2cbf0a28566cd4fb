import type { StaffSignInStrings } from './zh-CN.js';

export const strings: StaffSignInStrings = {
  locale: 'en',
  title: 'Staff sign-in',
  login: 'Login',
  password: 'Password',
  totp: 'Authenticator code',
  totpHint: 'Open your authenticator app and enter the 6 digits',
  submit: 'Sign in',
  submitting: 'Signing in…',
  invalidCredentials: 'The login or password is not correct',
  totpRequired: 'This account uses two-step sign-in: enter the code from your authenticator app',
  totpWrong: 'That code is wrong or has expired: enter a new one',
  locked: 'Too many failed sign-ins: the account is locked for now. Try again in {wait}',
  minutes: '{n} min',
  seconds: '{n} s',
  failed: 'Signing in is not possible right now: please try again later',
  offline: 'You are offline. Check your connection and try again',
  signedIn: 'Signed in',
};
