import {
  addWorkingDays,
  chinaDate,
  CHANGNING_DISTRICT,
  FOLLOW_UP_WORKING_DAYS,
  INDICATOR_IDS,
  MIN_PUBLIC_N,
  missingDisclosure,
  socialOrgsTarget,
  type Indicator,
  type IndicatorId,
  type IndicatorsQuery,
  type IndicatorBreakdown,
  type IndicatorsReport,
  type WorkingCalendar,
  type WorkingDayCount,
} from '@wushe/schema';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { districtCalendar } from '../settings/settings.js';
import { csatEstimate, npsEstimate } from '../surveys/statistics.js';
import { divisionsBelow, type IndexedDivision } from './divisions.js';
import {
  fundDisclosures,
  followUpMeasures,
  fundMeasures,
  lowRatings,
  matchMeasures,
  needMeasures,
  peopleMeasures,
  resourceMeasures,
  satisfactionMeasures,
  volunteerMeasures,
  type Rollup,
  type Scope,
} from './measures.js';
import { indicator } from './indicator.js';
import { projectsByKindStatus } from './projects-by-kind.js';
import { projectsServedByDivision } from './projects-served.js';
import { quietProjectsByDivision } from './quiet-projects.js';
import { knowsYears, monthsOf, periodOf, withSeries } from './period.js';
import type { LowRatingFact } from './survey-facts.js';

/** The 差评 of a division counted by the follow-up rate: due (or followed up), and followed up in time. */
interface LowRatingsDue {
  due: number;
  inTime: number;
  calendarKnown: boolean;
}

/** The figures of one division, read from the rollups. */
interface Figures {
  needs: Rollup<
    | 'posted'
    | 'fulfilled'
    | 'published'
    | 'publishedFulfilled'
    | 'medianDaysToClaim'
    | 'medianDaysToFulfil'
  >;
  satisfaction: Rollup<'rated' | 'satisfied' | 'scored' | 'promoters' | 'detractors'>;
  people: Rollup<'socialOrgs' | 'socialWorkers'>;
  volunteers: Rollup<'registered' | 'halfHours' | 'active'>;
  funds: Rollup<'raised' | 'donors' | 'disbursed' | 'raisedByEnd' | 'disbursedByEnd'>;
  followUps: Rollup<'done'>;
  resources: Rollup<'published'>;
  matches: Rollup<'matched'>;
  quietProjects: Map<string, number>;
  projectsByKind: Map<string, IndicatorBreakdown[]>;
  projectsServed: Map<string, number>;
  lowRatingsDue: Map<string, LowRatingsDue>;
  disclosure: Map<string, { funds: number; complete: number }>;
}

/**
 * `GET /v1/indicators`: the linkage index of a division and every division below it (SPEC §12),
 * each indicator with value, numerator, denominator, target, source and 1–5 score; with
 * `series=monthly`, each indicator's months too, computed by the same rules month by month.
 */
export async function indicatorsReport(
  tx: Executor,
  districtCode: string,
  query: IndicatorsQuery,
  now: Date,
): Promise<IndicatorsReport> {
  const divisions = await divisionsBelow(tx, districtCode, query.division);
  const period = periodOf(query, now);
  const calendar = await districtCalendar(tx, districtCode);
  const calendarKnown = knowsYears(calendar, period.from, period.to);
  // The whole period, then (`series=monthly`) each month by the same rules, over the month alone.
  const months = query.series === 'monthly' ? monthsOf(period) : undefined;
  const scope: Scope = {
    districtCode,
    division: query.division,
    ...period,
    periods: [period, ...(months ?? [])],
  };
  // One read-only pass without JIT: PostgreSQL's estimate of the correlated lookups is high
  // enough to JIT-compile each statement, which costs more than running it (~300 ms seen).
  // One connection runs one statement at a time, so they are awaited in turn.
  return tx.transaction(async (read) => {
    await read.execute(sql`set local jit = off`);
    const standing = await standingFigures(read, scope, calendar, now);
    const [whole, ...ofMonths] = await periodFigures(read, scope, standing);
    const indicators = indicatorsByDivision(divisions, whole!, districtCode, calendarKnown);
    // The months of the division asked for alone (the first): a district's hundreds of
    // communities would otherwise multiply the answer by twelve; a drill-down asks for the
    // division below.
    const series = months?.map((month, k) => ({
      month: month.month,
      indicators: indicatorsByDivision(
        divisions.slice(0, 1),
        ofMonths[k]!,
        districtCode,
        knowsYears(calendar, month.from, month.to),
      ),
    }));
    return {
      division: query.division,
      from: period.from,
      to: period.to,
      calendarKnown,
      ...(series ? { months: series.map((month) => month.month) } : {}),
      divisions: divisions.map((division) => ({
        code: division.code,
        name: division.name,
        level: division.level,
        parentCode: division.parentCode,
        kind: division.kind,
        population: populationOf(division),
        indicators:
          series && division.code === query.division
            ? withSeries(indicators.get(division.code)!, division.code, series)
            : indicators.get(division.code)!,
      })),
      computedAt: now.toISOString(),
    };
  });
}

/** What does not change with the period: quiet projects now, funds' disclosure, 差评 deadlines. */
interface StandingFigures {
  quietProjects: Map<string, number>;
  disclosure: Map<string, { funds: number; complete: number }>;
  /** The follow-up deadline of a 差评 that came on a date (Beijing), counted once per date. */
  deadlineOf: (date: string) => WorkingDayCount;
  holders: (street: string | null, community: string | null) => string[];
  today: string;
}

async function standingFigures(
  read: Executor,
  scope: Scope,
  calendar: WorkingCalendar,
  now: Date,
): Promise<StandingFigures> {
  const { districtCode } = scope;
  // Per-row facts counted into every division that holds the row: its community, street, district.
  const holders = (s: string | null, c: string | null) =>
    [districtCode, s, c].filter((code): code is string => typeof code === 'string');
  const disclosure = new Map<string, { funds: number; complete: number }>();
  for (const fund of await fundDisclosures(read, scope)) {
    const complete = missingDisclosure(fund).length === 0;
    for (const code of holders(fund.s, fund.c)) {
      const entry = disclosure.get(code) ?? { funds: 0, complete: 0 };
      entry.funds++;
      if (complete) entry.complete++;
      disclosure.set(code, entry);
    }
  }
  const deadlines = new Map<string, WorkingDayCount>();
  return {
    quietProjects: await quietProjectsByDivision(read, districtCode, now),
    disclosure,
    deadlineOf: (date) => {
      let deadline = deadlines.get(date);
      if (!deadline) {
        deadline = addWorkingDays(date, FOLLOW_UP_WORKING_DAYS, calendar);
        deadlines.set(date, deadline);
      }
      return deadline;
    },
    holders,
    today: chinaDate(now),
  };
}

/**
 * The figures of every division for each period of the scope (the whole, then each month), in
 * their order: each source read once for all of them.
 */
async function periodFigures(
  read: Executor,
  scope: Scope,
  standing: StandingFigures,
): Promise<Figures[]> {
  const needs = await needMeasures(read, scope);
  const satisfaction = await satisfactionMeasures(read, scope);
  const people = await peopleMeasures(read, scope);
  const volunteers = await volunteerMeasures(read, scope);
  const funds = await fundMeasures(read, scope);
  const followUps = await followUpMeasures(read, scope);
  const resources = await resourceMeasures(read, scope);
  const matches = await matchMeasures(read, scope);
  const low = await lowRatings(read, scope);
  const projectsByKind: Map<string, IndicatorBreakdown[]>[] = [];
  const projectsServed: Map<string, number>[] = [];
  for (const period of scope.periods) {
    projectsByKind.push(await projectsByKindStatus(read, scope.districtCode, period.end));
    projectsServed.push(await projectsServedByDivision(read, scope.districtCode, period.end));
  }
  return scope.periods.map((period, k) => ({
    needs: needs[k]!,
    satisfaction: satisfaction[k]!,
    people: people[k]!,
    volunteers: volunteers[k]!,
    funds: funds[k]!,
    followUps: followUps[k]!,
    resources: resources[k]!,
    matches: matches[k]!,
    projectsByKind: projectsByKind[k]!,
    projectsServed: projectsServed[k]!,
    quietProjects: standing.quietProjects,
    disclosure: standing.disclosure,
    // The period's 差评: those of the whole that came in it.
    lowRatingsDue: lowRatingsDue(
      low.filter((fact) => fact.createdAt >= period.start && fact.createdAt < period.end),
      standing,
    ),
  }));
}

/** The 差评 due (or followed up) and followed up in time, counted into each division holding them. */
function lowRatingsDue(
  low: readonly LowRatingFact[],
  { deadlineOf, holders, today }: StandingFigures,
): Map<string, LowRatingsDue> {
  const due = new Map<string, LowRatingsDue>();
  for (const fact of low) {
    const deadline = deadlineOf(chinaDate(fact.createdAt));
    const followedUpOn = fact.followedUpAt === null ? null : chinaDate(fact.followedUpAt);
    for (const code of holders(fact.s, fact.c)) {
      const entry = due.get(code) ?? { due: 0, inTime: 0, calendarKnown: true };
      if (today > deadline.date || followedUpOn !== null) entry.due++;
      if (followedUpOn !== null && followedUpOn <= deadline.date) entry.inTime++;
      entry.calendarKnown &&= deadline.calendarKnown;
      due.set(code, entry);
    }
  }
  return due;
}

/** The indicators of each division from the period's figures, by division code. */
function indicatorsByDivision(
  divisions: readonly IndexedDivision[],
  figures: Figures,
  districtCode: string,
  calendarKnown: boolean,
): Map<string, Indicator[]> {
  return new Map(
    divisions.map((division) => [
      division.code,
      indicatorsOf(division, figures, districtCode, calendarKnown),
    ]),
  );
}

function populationOf(division: IndexedDivision): number | null {
  const known = division.communities.filter((community) => community.population !== null);
  return known.length === 0 ? null : known.reduce((sum, c) => sum + c.population!, 0);
}

const ratio = (numerator: number, denominator: number, scale = 1) =>
  denominator > 0 ? (numerator / denominator) * scale : null;

function indicatorsOf(
  division: IndexedDivision,
  figures: Figures,
  districtCode: string,
  calendarKnown: boolean,
): Indicator[] {
  const code = division.code;
  const needs = figures.needs.get(code);
  const satisfaction = figures.satisfaction.get(code);
  const people = figures.people.get(code);
  const volunteers = figures.volunteers.get(code);
  const funds = figures.funds.get(code);
  const n = (value: number | null | undefined) => value ?? 0;

  const rated = n(satisfaction?.rated);
  const csat = csatEstimate(
    new Map([
      [5, n(satisfaction?.satisfied)],
      [1, rated - n(satisfaction?.satisfied)],
    ]),
  );
  const scored = n(satisfaction?.scored);
  const promoters = n(satisfaction?.promoters);
  const detractors = n(satisfaction?.detractors);
  const nps = npsEstimate(
    new Map([
      [10, promoters],
      [0, detractors],
      [8, scored - promoters - detractors],
    ]),
  );
  const csatWithheld = rated < MIN_PUBLIC_N;
  const npsWithheld = scored < MIN_PUBLIC_N;

  const urban = division.communities.filter((c) => c.kind !== 'rural_village').length;
  const rural = division.communities.length - urban;
  const socialOrgs = n(people?.socialOrgs);
  const populated = division.communities.filter((c) => c.population !== null);
  const population = populated.reduce((sum, c) => sum + c.population!, 0);
  const registeredInPopulated = populated.reduce(
    (sum, c) => sum + n(figures.volunteers.get(c.code)?.registered),
    0,
  );
  const registered = n(volunteers?.registered);
  const hours = n(volunteers?.halfHours) / 2;
  const low = figures.lowRatingsDue.get(code);
  const disclosure = figures.disclosure.get(code);

  const all: Record<IndicatorId, Indicator> = {
    needs_posted: indicator('needs_posted', { value: n(needs?.posted) }),
    needs_fulfilled: indicator('needs_fulfilled', { value: n(needs?.fulfilled) }),
    fulfilment_rate: indicator('fulfilment_rate', {
      value: ratio(n(needs?.publishedFulfilled), n(needs?.published), 100),
      numerator: n(needs?.publishedFulfilled),
      denominator: n(needs?.published),
    }),
    median_days_to_claim: indicator('median_days_to_claim', {
      value: needs?.medianDaysToClaim ?? null,
    }),
    median_days_to_fulfil: indicator('median_days_to_fulfil', {
      value: needs?.medianDaysToFulfil ?? null,
    }),
    csat: indicator('csat', {
      value: csatWithheld ? null : (csat?.value ?? null),
      numerator: csatWithheld ? null : n(satisfaction?.satisfied),
      denominator: rated,
      interval: csatWithheld || !csat ? null : { low: csat.low, high: csat.high },
      withheld: csatWithheld,
    }),
    nps: indicator('nps', {
      value: npsWithheld ? null : (nps?.value ?? null),
      numerator: npsWithheld ? null : promoters - detractors,
      denominator: scored,
      interval: npsWithheld || !nps ? null : { low: nps.low, high: nps.high },
      withheld: npsWithheld,
    }),
    // Deadlines on the district's calendar: a year it does not know says so (`calendarKnown`).
    low_ratings_followed_up: indicator('low_ratings_followed_up', {
      value: ratio(n(low?.inTime), n(low?.due), 100),
      numerator: n(low?.inTime),
      denominator: n(low?.due),
      calendarKnown: calendarKnown && (low?.calendarKnown ?? true),
    }),
    social_workers_serving: indicator('social_workers_serving', {
      value: n(people?.socialWorkers),
    }),
    follow_ups_done: indicator('follow_ups_done', {
      value: n(figures.followUps.get(code)?.done),
    }),
    projects_served: indicator('projects_served', {
      value: figures.projectsServed.get(code) ?? 0,
    }),
    social_orgs_per_community: indicator('social_orgs_per_community', {
      value: ratio(socialOrgs, division.communities.length),
      numerator: socialOrgs,
      denominator: division.communities.length,
      target: socialOrgsTarget(urban, rural),
    }),
    social_orgs_per_community_changning: indicator('social_orgs_per_community_changning', {
      value: ratio(socialOrgs, division.communities.length),
      numerator: socialOrgs,
      denominator: division.communities.length,
    }),
    resources_published: indicator('resources_published', {
      value: n(figures.resources.get(code)?.published),
    }),
    needs_matched: indicator('needs_matched', { value: n(figures.matches.get(code)?.matched) }),
    projects_by_kind_status: indicator('projects_by_kind_status', {
      value: (figures.projectsByKind.get(code) ?? []).reduce((sum, each) => sum + each.count, 0),
      breakdown: figures.projectsByKind.get(code) ?? [],
    }),
    quiet_projects: indicator('quiet_projects', { value: figures.quietProjects.get(code) ?? 0 }),
    volunteers_per_hundred_residents: indicator('volunteers_per_hundred_residents', {
      value: ratio(registeredInPopulated, population, 100),
      numerator: registeredInPopulated,
      denominator: population,
    }),
    volunteer_hours: indicator('volunteer_hours', { value: hours }),
    hours_per_volunteer: indicator('hours_per_volunteer', {
      value: ratio(hours, registered),
      numerator: hours,
      denominator: registered,
    }),
    active_volunteers: indicator('active_volunteers', { value: n(volunteers?.active) }),
    funds_raised: indicator('funds_raised', { value: n(funds?.raised) }),
    donors: indicator('donors', { value: n(funds?.donors) }),
    funds_disbursed: indicator('funds_disbursed', { value: n(funds?.disbursed) }),
    share_disbursed: indicator('share_disbursed', {
      value: ratio(n(funds?.disbursedByEnd), n(funds?.raisedByEnd), 100),
      numerator: n(funds?.disbursedByEnd),
      denominator: n(funds?.raisedByEnd),
    }),
    funds_disclosed: indicator('funds_disclosed', {
      value: ratio(n(disclosure?.complete), n(disclosure?.funds), 100),
      numerator: n(disclosure?.complete),
      denominator: n(disclosure?.funds),
    }),
  };
  return INDICATOR_IDS.filter(
    (id) => id !== 'social_orgs_per_community_changning' || districtCode === CHANGNING_DISTRICT,
  ).map((id) => all[id]);
}
