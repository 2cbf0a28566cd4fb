import type { TransportState } from '@wushe/sdk/fixtures';

/** The states of the network a story's `network` control offers (recorded answers, or none). */
export const NETWORK_STATES: readonly TransportState[] = [
  'normal',
  'slow',
  'loading',
  'error',
  'offline',
];
