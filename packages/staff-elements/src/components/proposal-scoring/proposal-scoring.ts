import { defineElement } from '@wushe/elements/foundation.js';
import { WusheProposalScoring } from './proposal-scoring.component.js';

export { WusheProposalScoring };
export type { ProposalScoringStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-proposal-scored.js';

defineElement('wushe-proposal-scoring', WusheProposalScoring);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-proposal-scoring': WusheProposalScoring;
  }
}
