import type { SocialWorkerEditorStrings } from './zh-CN.js';

export const strings: SocialWorkerEditorStrings = {
  locale: 'en',
  title: 'Social workers',
  empty: 'No social worker here yet',
  create: 'Add a social worker',
  name: 'Name',
  organization: 'Social work agency',
  noOrganization: '(no agency)',
  station: 'Social work station',
  stationHint: 'Give an agency, a station, or both',
  certificate: 'Professional certificate',
  noCertificate: 'No certificate yet',
  place: 'Where they serve',
  wholeDistrict: 'The whole district',
  active: 'In post',
  inactive: 'No longer in post',
  linkedAccount: 'Has a sign-in account',
  edit: 'Edit',
  levels: {
    assistant_social_worker: 'Assistant social worker',
    social_worker: 'Social worker',
    senior_social_worker: 'Senior social worker',
  },
};
