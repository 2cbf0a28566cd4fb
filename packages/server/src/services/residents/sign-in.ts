import type { ResidentSession, routes } from '@wushe/schema';
import type { ServiceContext } from '../context.js';
import { useResidentCode } from './codes.js';
import { openResidentSession, presentResident, residentByMobile } from './sessions.js';

/**
 * `POST /v1/residents/sessions`: the mobile's code, checked and used up, opens a session bound
 * to `origin`, the page's (`null` from a server). The resident is created at the first sign-in.
 */
export async function signInResident(
  ctx: ServiceContext<typeof routes.residentSignIn>,
  origin: string | null,
): Promise<ResidentSession> {
  const { tx, auth, body, deps, messages } = ctx;
  const now = deps.now();
  await useResidentCode(tx, deps.secrets, {
    districtCode: auth.districtCode,
    mobile: body.mobile,
    code: body.code,
    now,
    messages,
  });
  const resident = await residentByMobile(tx, auth.districtCode, body.mobile, now);
  const session = await openResidentSession(tx, {
    residentId: resident.id,
    districtCode: auth.districtCode,
    apiKeyId: auth.apiKeyId,
    boundOrigin: origin,
    now,
  });
  const caller = {
    id: resident.id,
    districtCode: auth.districtCode,
    mobile: body.mobile,
    tokenHash: '',
    apiKeyId: auth.apiKeyId,
    boundOrigin: origin,
    createdAt: resident.createdAt,
  };
  return {
    token: session.token,
    expiresAt: session.expiresAt.toISOString(),
    resident: await presentResident(tx, caller),
  };
}
