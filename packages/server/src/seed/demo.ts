import { isUniqueViolation } from '../db/errors.js';
import { eq } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.js';
import { apiKeys } from '../db/tables/index.js';
import { issueKey } from '../services/keys.js';
import { sha256 } from '../services/secrets.js';
import { seedActivities } from './demo/activities.js';
import { CHANGNING, PANYU, seedDivisions } from './demo/divisions.js';
import { seedFunds } from './demo/funds.js';
import { seedHolidays } from './demo/holidays.js';
import { seedLinkageYear } from './demo/linkage.js';
import { seedNeeds } from './demo/needs.js';
import { seedOrganizations } from './demo/organizations.js';
import { seedPoints } from './demo/points.js';
import { seedProjects } from './demo/projects.js';
import { seedResources } from './demo/resources.js';
import { seedCalls } from './demo/calls.js';
import { seedSurveys } from './demo/surveys.js';
import type { SeedContext } from './demo/support.js';
import { seedVolunteers } from './demo/volunteers.js';

export {
  DEMO_STAFF,
  DEMO_STAFF_PASSWORD,
  DEMO_TOTP_SECRETS,
  describeDemoStaff,
  seedDemoStaff,
} from './demo/staff.js';

/**
 * The documented demo keys, fixed so the demo portal and tests are reproducible (SPEC §5). The
 * top-level pair is 番禺区's (440113); `changning` is 长宁区's (310105). Real keys are random.
 */
export const DEMO_KEYS = {
  publishable: 'pk_test_wushe_demo_panyu_0000000000',
  secret: 'sk_test_wushe_demo_panyu_0000000000',
  changning: {
    publishable: 'pk_test_wushe_demo_changning_000000',
    secret: 'sk_test_wushe_demo_changning_000000',
  },
} as const;

/** The demo publishable keys allow any loopback page, whatever its port (SPEC §5). */
export const DEMO_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'];

const DEMO_DISTRICT_KEYS = [
  { districtCode: PANYU, name: '番禺区', ...DEMO_KEYS },
  { districtCode: CHANGNING, name: '长宁区', ...DEMO_KEYS.changning },
] as const;

export interface SeedDemoOptions {
  /** The moment every demo date is relative to; defaults to now. */
  readonly now?: Date;
}

/** What the CLI prints at start: where the demo is and the keys that open it. */
export function describeDemoKeys(): string {
  return DEMO_DISTRICT_KEYS.map(
    (district) =>
      `Demo district ${district.name} (${district.districtCode}):\n` +
      `  publishable key  ${district.publishable}  (pages on ${DEMO_ORIGINS.join(', ')})\n` +
      `  secret key       ${district.secret}  (staff and servers only; never in a page)`,
  ).join('\n');
}

/** The demo is there when its publishable key is: the seed writes both in one transaction. */
async function demoSeeded(db: Executor): Promise<boolean> {
  const [row] = await db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(eq(apiKeys.keyHash, sha256(DEMO_KEYS.publishable)))
    .limit(1);
  return row !== undefined;
}

/**
 * Creates the demo: 番禺区 (南村镇 with 锦绣香江社区, and six more 街镇) and 长宁区 (its ten 街镇),
 * with organizations of every kind, social workers, needs in every category and status,
 * volunteers, activities, time-bank hours, funds in both modes, projects and survey responses,
 * and the fixed demo keys. All in one transaction; on a database that has the demo already it
 * changes nothing. Divisions that exist already are kept as they are. Resolves to whether it
 * created the demo.
 */
export async function seedDemo(db: Database, options: SeedDemoOptions = {}): Promise<boolean> {
  const now = options.now ?? new Date();
  try {
    return await db.transaction(async (tx) => {
      if (await demoSeeded(tx)) return false;
      await seedDivisions({ tx });
      const staffKeyIds: Record<string, string> = {};
      for (const district of DEMO_DISTRICT_KEYS) {
        await issueKey(tx, {
          districtCode: district.districtCode,
          kind: 'publishable',
          allowedOrigins: DEMO_ORIGINS,
          key: district.publishable,
          now,
        });
        const secret = await issueKey(tx, {
          districtCode: district.districtCode,
          kind: 'secret',
          key: district.secret,
          now,
        });
        staffKeyIds[district.districtCode] = secret.id;
      }
      const context: SeedContext = { tx, now, staffKeyIds };
      // In dependency order: what a row refers to is inserted before it.
      await seedOrganizations(context);
      await seedNeeds(context);
      await seedVolunteers(context);
      await seedActivities(context);
      await seedPoints(context);
      await seedHolidays(context);
      await seedFunds(context);
      await seedProjects(context);
      await seedResources(context);
      await seedCalls(context);
      await seedSurveys(context);
      await seedLinkageYear(context);
      return true;
    });
  } catch (error) {
    // Another process seeded the demo at the same moment, and its transaction won.
    if (isUniqueViolation(error) && (await demoSeeded(db))) return false;
    throw error;
  }
}
