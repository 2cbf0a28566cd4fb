import { formStyles, loadStateStyles, tokens } from '@wushe/elements/foundation.js';

import { workListStyles } from '../../internal/work-list.styles.js';

export const reviewQueueStyles = [tokens, formStyles, loadStateStyles, workListStyles];
