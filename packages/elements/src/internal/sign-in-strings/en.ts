import type { SignInStrings } from './zh-CN.js';

export const strings: SignInStrings = {
  locale: 'en',
  title: 'Sign in',
  intro: 'Sign in with a code sent to your mobile by SMS; no password needed.',
  mobile: 'Mobile number',
  mobileHint: 'We will text a 6-digit code to this number',
  sendCode: 'Send me a code',
  sending: 'Sending…',
  codeSent: 'We sent a code to {mobile}; it works for 5 minutes',
  code: 'Code from the SMS',
  codeHint: 'Type the 6 digits, or paste the whole message',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  resend: 'Send a new code',
  changeMobile: 'Use another number',
  tooManyCodes: 'Too many codes were asked for. Please try again in {minutes} minutes',
  signedInAs: 'Signed in: {mobile}',
  signOut: 'Sign out',
};
