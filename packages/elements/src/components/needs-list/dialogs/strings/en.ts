import type { NeedDialogStrings } from './zh-CN.js';

export const strings: NeedDialogStrings = {
  locale: 'en',
  claimTitle: 'Claim “{title}”',
  claimantType: 'Claiming as',
  claimantTypes: { volunteer: 'Volunteer', organization: 'Organization', donor: 'Donor' },
  name: 'Name or organization',
  mobile: 'Mobile number',
  note: 'Note',
  withOptional: '{label} ({optional})',
  consent:
    'I agree that the community may use these details to contact me, as the privacy policy says',
  claimed: 'Claimed. Community staff will contact you soon.',
  alreadyClaimed:
    'Someone else has just claimed this need; please look at the others. What you typed is kept.',
  reportTitle: 'Report “{title}”',
  reason: 'Reason',
  reasons: {
    spam: 'Spam or advertising',
    offensive: 'Offensive content',
    does_not_belong: 'Not from this community',
    other: 'Something else',
  },
  reported: 'Thank you. Staff will look at your report.',
  alreadyReported: 'You have already reported this need',
  postTitle: 'Post a need',
  needTitle: 'Title',
  description: 'Description',
  valueYuan: 'Value (yuan)',
  anonymousPost: 'Post anonymously (your name is not shown)',
  contact: 'Contact name',
  posted: 'Sent. It will be shown once community staff have reviewed it.',
};
