import type { MyDonation } from '@wushe/schema';
import { listMyDonations } from '@wushe/schema/wire';
import type { ResidentSessionController } from '../../internal/resident-session-controller.js';

/*
 * The widget's read, in a chunk of its own, sent by the route's wire part (no schemas, no zod:
 * the server checks it): Lit, the SDK, the sign-in and the widget's templates arrive first.
 */

/** The donations given with the signed-in mobile, newest first, with the receipts asked for. */
export async function fetchMyDonations(
  session: ResidentSessionController,
  signal: AbortSignal,
): Promise<readonly MyDonation[]> {
  return (await session.send(listMyDonations, {}, { signal })).data;
}
