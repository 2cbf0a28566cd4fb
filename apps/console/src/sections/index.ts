import type { ConsoleSection } from './section.js';
import { reviewQueueSection } from './review-queue.js';
import { followUpsSection } from './follow-ups.js';

/** The console's sections in menu order; the first a person may see is where they land. */
export const SECTIONS: readonly ConsoleSection[] = [reviewQueueSection, followUpsSection];
