import type { ConsoleSection } from './section.js';
import { homeSection } from './home.js';
import { reviewQueueSection } from './review-queue.js';
import { reportedNeedsSection } from './reported-needs.js';
import { donationDeskSection } from './donation-desk.js';
import { hoursRecorderSection } from './hours-recorder.js';
import { followUpsSection } from './follow-ups.js';
import { accountsSection } from './accounts.js';
import { keysSection } from './keys.js';
import { organizationsSection } from './organizations.js';
import { activitiesSection } from './activities.js';
import { surveysSection } from './surveys.js';
import { linkageIndexSection } from './linkage-index.js';
import { socialWorkersSection } from './social-workers.js';
import { fundsSection } from './funds.js';
import { needMatchingSection } from './need-matching.js';
import { callDeskSection } from './call-desk.js';
import { proposalScoringSection } from './proposal-scoring.js';
import { projectUpdatesSection } from './project-updates.js';
import { organizationDeskSection } from './organization-desk.js';

/** The console's sections in menu order; the first a person may see is where they land. */
export const SECTIONS: readonly ConsoleSection[] = [
  homeSection,
  reviewQueueSection,
  reportedNeedsSection,
  donationDeskSection,
  hoursRecorderSection,
  followUpsSection,
  organizationsSection,
  organizationDeskSection,
  activitiesSection,
  surveysSection,
  linkageIndexSection,
  socialWorkersSection,
  fundsSection,
  needMatchingSection,
  callDeskSection,
  proposalScoringSection,
  projectUpdatesSection,
  accountsSection,
  keysSection,
];
