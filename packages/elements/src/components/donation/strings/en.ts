import type { DonationStrings } from './zh-CN.js';

export const strings: DonationStrings = {
  locale: 'en',
  notFound: 'This fund could not be found. Check the link or ask your residents’ committee.',
  progress: 'Fundraising progress',
  progressText: '{raised} {target} ({percent})',
  raised: '{amount} raised',
  target: 'of {amount}',
  donors: '{count} donations',
  disbursed: '{amount} spent',
  disclosureTitle: 'Fundraising disclosure',
  organization: 'Fundraiser',
  creditCode: 'Unified social credit code',
  certificate: 'Public fundraising certificate',
  filing: 'Fundraising plan filing number',
  contact: 'Contact',
  lookup: 'Check the record on China Charity (慈善中国)',
  opensNewWindow: ' (opens in a new window)',
  noDisclosure:
    'This fund has not yet published its fundraising disclosure, so under Article 25 of the Charity Law it cannot take donations.',
  noDisclosureNext:
    'Donations open once the disclosure is published. Questions? Ask your residents’ committee.',
  closed: 'This fund is no longer raising money. Thank you for your interest.',
  platformIntro:
    'This fund raises money on “{platform}”, an internet fundraising platform designated by the Ministry of Civil Affairs. You give there; this page takes no money.',
  platformGo: 'Give on “{platform}”',
  platformQr: 'Scan with your phone to give on “{platform}”',
  platformMissing: 'The platform page is not available yet. Please contact the fundraiser.',
};
