import { communities, districts, streets } from '../../db/tables/index.js';
import { DEMO_MARK, type SeedContext } from './support.js';

/** The demo's districts: the two whose documents are in `shared/seeds`. */
export const PANYU = '440113';
export const CHANGNING = '310105';

/** 南村镇 and its 锦绣香江社区: the community of the 2019 reply's 微创投 example. */
export const NANCUN = '440113104';
export const JINXIU = '440113104001';

interface StreetSeed {
  readonly code: string;
  readonly name: string;
  /** Communities by their last three digits: the 12-digit code extends the street's. */
  readonly communities: readonly (readonly [suffix: string, name: string])[];
}

/**
 * 番禺区: the seeds count 16 镇街; the demo carries seven of them, each with communities. The
 * codes have the statistical shape (9 and 12 digits, each extending its parent); 南村镇 440113104,
 * 市桥街道 440113001 and their first communities are the ones the test fixture uses too.
 */
const PANYU_STREETS: readonly StreetSeed[] = [
  {
    code: '440113001',
    name: '市桥街道',
    communities: [
      ['001', '先锋社区'],
      ['002', '西城社区'],
      ['003', '繁华社区'],
    ],
  },
  {
    code: '440113005',
    name: '桥南街道',
    communities: [
      ['001', '南郊社区'],
      ['002', '蚬涌社区'],
    ],
  },
  {
    code: '440113006',
    name: '小谷围街道',
    communities: [
      ['001', '穗石村'],
      ['002', '北亭村'],
      ['003', '贝岗村'],
    ],
  },
  {
    code: '440113007',
    name: '大石街道',
    communities: [
      ['001', '大石社区'],
      ['002', '丽江社区'],
    ],
  },
  {
    code: '440113011',
    name: '钟村街道',
    communities: [['001', '祈福新邨社区']],
  },
  {
    code: '440113013',
    name: '沙湾街道',
    communities: [
      ['001', '沙湾北村'],
      ['002', '龙岐村'],
    ],
  },
  {
    code: NANCUN,
    name: '南村镇',
    communities: [
      ['001', '锦绣香江社区'],
      ['002', '南村村'],
      ['003', '华南碧桂园社区'],
      ['004', '雅居乐社区'],
      ['005', '里仁洞村'],
    ],
  },
];

/**
 * 长宁区: its ten 街镇 (the 2023 work plan addresses "各街镇"), each with a 居委会 or more.
 * 新华路街道 310105002 and its 番禺路居委会 are the test fixture's.
 */
const CHANGNING_STREETS: readonly StreetSeed[] = [
  {
    code: '310105001',
    name: '华阳路街道',
    communities: [
      ['001', '华阳居委会'],
      ['002', '长宁支路居委会'],
    ],
  },
  {
    code: '310105002',
    name: '新华路街道',
    communities: [
      ['001', '番禺路居委会'],
      ['002', '法华居委会'],
      ['003', '新华居委会'],
    ],
  },
  {
    code: '310105003',
    name: '江苏路街道',
    communities: [
      ['001', '愚园路居委会'],
      ['002', '岐山居委会'],
    ],
  },
  { code: '310105005', name: '周家桥街道', communities: [['001', '中山居委会']] },
  { code: '310105006', name: '天山路街道', communities: [['001', '天山居委会']] },
  { code: '310105008', name: '仙霞新村街道', communities: [['001', '虹仙居委会']] },
  { code: '310105009', name: '虹桥街道', communities: [['001', '虹桥居委会']] },
  { code: '310105010', name: '程家桥街道', communities: [['001', '程家桥居委会']] },
  { code: '310105011', name: '北新泾街道', communities: [['001', '北新泾居委会']] },
  { code: '310105102', name: '新泾镇', communities: [['001', '新泾居委会']] },
];

const DISTRICTS = [
  {
    code: PANYU,
    name: '番禺区',
    volunteerCodePrefix: 'PY',
    streets: PANYU_STREETS,
    offlineAccount: {
      accountName: `广州市番禺区慈善会${DEMO_MARK}`,
      bankName: `演示银行广州番禺支行${DEMO_MARK}`,
      accountNumber: `6200 0000 0000 0440 113${DEMO_MARK}`,
    },
  },
  {
    code: CHANGNING,
    name: '长宁区',
    volunteerCodePrefix: 'CN',
    streets: CHANGNING_STREETS,
    offlineAccount: {
      accountName: `上海市长宁区新华社区基金会${DEMO_MARK}`,
      bankName: `演示银行上海长宁支行${DEMO_MARK}`,
      accountNumber: `6200 0000 0000 0310 105${DEMO_MARK}`,
    },
  },
] as const;

/** The kinds, as the names say: a 镇 is a town, a 村 a rural village (村委会), the rest urban. */
const streetKind = (name: string): 'street' | 'town' => (name.endsWith('镇') ? 'town' : 'street');
const communityKind = (name: string): 'urban_community' | 'rural_village' =>
  name.endsWith('村') || name.endsWith('村委会') ? 'rural_village' : 'urban_community';

/** Every community of the demo, flat: code, street and district. */
export const DEMO_COMMUNITIES = DISTRICTS.flatMap((district) =>
  district.streets.flatMap((street) =>
    street.communities.map(([suffix, name]) => ({
      code: `${street.code}${suffix}`,
      streetCode: street.code,
      districtCode: district.code,
      name,
      kind: communityKind(name),
    })),
  ),
);

/** The street of a demo community, for rows that store both (needs). */
export function streetOf(communityCode: string): string {
  const community = DEMO_COMMUNITIES.find((candidate) => candidate.code === communityCode);
  if (!community) throw new Error(`${communityCode} is not a demo community`);
  return community.streetCode;
}

/**
 * Inserts the two districts with their streets and communities. A division that exists already
 * (the test fixture's, or a real district's) is left as it is: the demo adds to it, never
 * overwrites a district's own name or account.
 */
export async function seedDivisions({ tx }: Pick<SeedContext, 'tx'>): Promise<void> {
  await tx
    .insert(districts)
    .values(
      DISTRICTS.map(({ code, name, volunteerCodePrefix, offlineAccount }) => ({
        code,
        name,
        volunteerCodePrefix,
        offlineAccount,
      })),
    )
    .onConflictDoNothing();
  await tx
    .insert(streets)
    .values(
      DISTRICTS.flatMap((district) =>
        district.streets.map(({ code, name }) => ({
          code,
          name,
          kind: streetKind(name),
          districtCode: district.code,
        })),
      ),
    )
    .onConflictDoNothing();
  await tx.insert(communities).values(DEMO_COMMUNITIES).onConflictDoNothing();
}
