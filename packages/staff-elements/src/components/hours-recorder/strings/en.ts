import type { HoursRecorderStrings } from './zh-CN.js';

export const strings: HoursRecorderStrings = {
  locale: 'en',
  title: 'Volunteer hours',
  activity: 'Activity',
  pickActivity: 'Choose an activity',
  noActivities: 'No activity of the last 30 days to record',
  rounding:
    'Time counts in half hours: past the whole hours, up to 15 minutes count nothing, up to 45 minutes half an hour, more a whole hour.',
  checkInTitle: 'Check-in list',
  nobody: 'Nobody had a confirmed place at this activity',
  minutes: 'Minutes {name} served',
  credited: '{hours} h credited',
  alreadyRecorded: '{minutes} min already recorded',
  record: 'Record',
  notRegistered: 'Not a registered volunteer: no time bank',
  manualTitle: 'Manual entry',
  volunteerId: 'Volunteer id',
  volunteerIdHint: 'Starts with vol_, on the registration slip',
  servedOn: 'Date served',
  content: 'What was done',
  recordManual: 'Record the hours',
  recorded: 'Recorded: {name} {hours} h',
  actionFailed: 'That did not work: {message}',
  forbidden: 'Your account may not record hours here',
  signedOut: 'Your session has ended: please sign in again',
};
