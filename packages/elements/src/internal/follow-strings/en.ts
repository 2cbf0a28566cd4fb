import type { FollowStrings } from './zh-CN.js';

export const strings: FollowStrings = {
  locale: 'en',
  title: { need: 'Follow this need', donation: 'Follow this donation' },
  offer: {
    need: 'Sign in with the mobile you gave, {mobile}, to follow its review, claim and fulfilment under “My needs”.',
    donation:
      'Sign in with the mobile you gave, {mobile}, to see this donation and your receipt request under “My donations”.',
  },
  follow: 'Follow',
  followed: {
    need: 'Followed. This need is listed under “My needs”, with its progress.',
    donation: 'Followed. This donation is listed under “My donations”.',
  },
  otherMobile: 'You are signed in with another mobile than {mobile}, so it is not in your lists.',
  switchMobile: 'Sign in with {mobile} instead',
};
