// What @wushe/schema costs a browser bundle. Run after `npm run build`: `node bench/bundle-size.mjs`.
import { fileURLToPath } from 'node:url';
import { bundleSizes, printSizes } from '../../../scripts/bundle-sizes.mjs';

printSizes(
  await bundleSizes(fileURLToPath(new URL('..', import.meta.url)), {
    'volunteer + donation requests, validate, zh-CN':
      "import { RegisterVolunteerRequest, CreateDonationRequest, validate } from '@wushe/schema';\n" +
      'export const check = (v, d) => [validate(RegisterVolunteerRequest, v), validate(CreateDonationRequest, d)];',
    'one validator (ID number) alone':
      "import { parseIdNumber } from '@wushe/schema';\nexport const check = (s) => parseIdNumber(s);",
    'every schema and all three locales':
      "import * as schema from '@wushe/schema';\nexport default schema;",
  }),
);
