import { DonationsResource, Requester } from '@wushe/sdk';
const donations = new DonationsResource(new Requester({ baseUrl: 'https://x', publishableKey: 'pk' }));
export const run = (d) => donations.create(d);
