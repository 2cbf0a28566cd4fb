// What @wushe/sdk costs a browser bundle, and what checking responses at run time would add.
// Run after `npm run build`: `node bench/bundle-size.mjs`.
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { responses, validate } from '@wushe/schema';
import { bundleSizes, printSizes } from '../../../scripts/bundle-sizes.mjs';

const options = "{ baseUrl: 'https://wushe.example.gov.cn', publishableKey: 'pk_live_x' }";
printSizes(
  await bundleSizes(fileURLToPath(new URL('..', import.meta.url)), {
    'a client with one resource (needs: list, create, claim)':
      "import { NeedsResource, Requester } from '@wushe/sdk';\n" +
      `const needs = new NeedsResource(new Requester(${options}));\n` +
      'export const run = (n, c) => [needs.list({ community: c }), needs.create(n), needs.claim(n)];',
    'a client with one resource (donations: create)':
      "import { DonationsResource, Requester } from '@wushe/sdk';\n" +
      `const donations = new DonationsResource(new Requester(${options}));\n` +
      'export const run = (d) => donations.create(d);',
    'createClient: every resource':
      "import { createClient } from '@wushe/sdk';\n" +
      `export const client = createClient(${options});`,
    'createClient: every resource, responses checked':
      "import { createClient } from '@wushe/sdk';\nimport { responses } from '@wushe/schema';\n" +
      `export const client = createClient({ ...${options}, responseSchemas: responses });`,
  }),
);

// The time a response check costs: a page of needs, as the needs list receives it.
const need = (i) => ({
  id: `need_${String(i).padStart(16, '0')}`,
  communityId: '440113104001',
  streetId: '440113104',
  kind: 'wish',
  category: 'elderly_care',
  title: '为独居长者添置助行器',
  description: '锦绣香江社区一位 82 岁独居长者腿脚不便，希望有一台带座椅的助行器。',
  valueFen: 26_000,
  requesterName: '陈**',
  status: 'open',
  claim: null,
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
});
for (const size of [20, 100]) {
  const page = { data: Array.from({ length: size }, (_, i) => need(i)), nextCursor: null };
  for (let i = 0; i < 200; i++) validate(responses.listNeeds, page);
  const rounds = 2_000;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) validate(responses.listNeeds, page);
  console.log(
    `checking a page of ${size} needs: ${(((performance.now() - started) / rounds) * 1000).toFixed(0)} µs`,
  );
}
