import { randomInt, timingSafeEqual } from 'node:crypto';
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import {
  RESIDENT_CODE_TRIES,
  RESIDENT_CODE_TTL_MS,
  RESIDENT_CODES_PER_HOUR,
  type ErrorCode,
  type FieldIssue,
  type Messages,
  type ResidentCodeSent,
  type routes,
} from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { residentCodes } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { DomainError, RefusalAfterCommit } from '../errors.js';
import { randomString } from '../ids.js';
import { keyedHash, type Secrets } from '../secrets.js';

const HOUR_MS = 60 * 60 * 1000;

/**
 * The field a refusal is about, worded as the error is: the error's code says what is wrong, the
 * issue (`invalid`) where, so a form puts the message under the right input.
 */
export function refusalIssue(code: ErrorCode, field: string, messages: Messages): FieldIssue[] {
  return [{ path: [field], code: 'invalid', message: messages.errors[code] }];
}

/** 429 `too_many_codes`: the HTTP layer adds `Retry-After` from `retryAfterSeconds`. */
export class TooManyCodes extends DomainError {
  constructor(
    issues: FieldIssue[],
    readonly retryAfterSeconds: number,
  ) {
    super('too_many_codes', issues);
    this.name = 'TooManyCodes';
  }
}

const codeHash = (secrets: Secrets, codeId: string, digits: string) =>
  keyedHash(secrets, `resident_code:${codeId}:${digits}`);

/**
 * `POST /v1/residents/codes`: a new 6-digit code for the mobile, sent by SMS once the transaction
 * commits (under `--notifier log`, into the outbox). The codes of one mobile are counted under a
 * transaction-scoped advisory lock, so requests racing in any number of processes cannot pass 5
 * an hour. A newer code replaces the older ones: only the latest is checked.
 */
export async function requestResidentCode(
  ctx: ServiceContext<typeof routes.requestResidentCode>,
): Promise<ResidentCodeSent> {
  const { tx, auth, body, deps, messages } = ctx;
  const now = deps.now();
  const mobile = body.mobile;
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`resident_code:${auth.districtCode}:${mobile}`}, 0))`,
  );
  const recent = await tx
    .select({ createdAt: residentCodes.createdAt })
    .from(residentCodes)
    .where(
      and(
        eq(residentCodes.districtCode, auth.districtCode),
        eq(residentCodes.mobile, mobile),
        gt(residentCodes.createdAt, new Date(now.getTime() - HOUR_MS)),
      ),
    )
    .orderBy(asc(residentCodes.createdAt));
  if (recent.length >= RESIDENT_CODES_PER_HOUR) {
    const freeAt = recent[recent.length - RESIDENT_CODES_PER_HOUR]!.createdAt.getTime() + HOUR_MS;
    throw new TooManyCodes(
      refusalIssue('too_many_codes', 'mobile', messages),
      Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)),
    );
  }
  const id = `rc_${randomString(16)}`;
  const digits = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(now.getTime() + RESIDENT_CODE_TTL_MS);
  await tx.insert(residentCodes).values({
    id,
    districtCode: auth.districtCode,
    mobile,
    codeHash: codeHash(deps.secrets, id, digits),
    createdAt: now,
    expiresAt,
  });
  ctx.notify({
    districtCode: auth.districtCode,
    channel: 'sms',
    to: mobile,
    template: 'resident_code',
    params: { code: digits, minutes: String(RESIDENT_CODE_TTL_MS / 60_000) },
  });
  return {
    sent: true,
    expiresAt: expiresAt.toISOString(),
    codesLeft: RESIDENT_CODES_PER_HOUR - recent.length - 1,
  };
}

/**
 * Checks a code against the mobile's latest one, under its row lock, so concurrent checks (from
 * any process) count one by one: 5 tries, then `code_attempts_exceeded` even for the right code.
 * A wrong try is counted and kept even though the request is refused (`RefusalAfterCommit`).
 * The right code is used up at once: sent again, it is `code_already_used`.
 */
export async function useResidentCode(
  tx: Executor,
  secrets: Secrets,
  input: { districtCode: string; mobile: string; code: string; now: Date; messages: Messages },
): Promise<void> {
  const refuse = (code: ErrorCode) =>
    new DomainError(code, refusalIssue(code, 'code', input.messages));
  const [latest] = await tx
    .select()
    .from(residentCodes)
    .where(
      and(
        eq(residentCodes.districtCode, input.districtCode),
        eq(residentCodes.mobile, input.mobile),
      ),
    )
    .orderBy(desc(residentCodes.seq))
    .limit(1)
    .for('update');
  if (!latest) throw refuse('code_invalid');
  const matches = () => {
    const given = Buffer.from(codeHash(secrets, latest.id, input.code));
    const stored = Buffer.from(latest.codeHash);
    return given.length === stored.length && timingSafeEqual(given, stored);
  };
  if (latest.usedAt) throw refuse(matches() ? 'code_already_used' : 'code_invalid');
  if (input.now >= latest.expiresAt) throw refuse('code_expired');
  if (latest.attempts >= RESIDENT_CODE_TRIES) throw refuse('code_attempts_exceeded');

  const right = matches();
  await tx
    .update(residentCodes)
    .set({
      attempts: sql`${residentCodes.attempts} + 1`,
      ...(right ? { usedAt: input.now } : {}),
    })
    .where(eq(residentCodes.id, latest.id));
  if (!right) {
    throw new RefusalAfterCommit(
      'code_invalid',
      refusalIssue('code_invalid', 'code', input.messages),
    );
  }
}
