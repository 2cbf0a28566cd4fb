import type { MyNeed } from '@wushe/schema';
import { listMyNeeds } from '@wushe/schema/wire';
import type { ResidentSessionController } from '../../internal/resident-session-controller.js';

/*
 * The widget's read, in a chunk of its own, sent by the route's wire part (no schemas, no zod:
 * the server checks it): Lit, the SDK, the sign-in and the widget's templates arrive first.
 */

/** The needs posted with the signed-in mobile, newest first, each with its timeline. */
export async function fetchMyNeeds(
  session: ResidentSessionController,
  signal: AbortSignal,
): Promise<readonly MyNeed[]> {
  return (await session.send(listMyNeeds, {}, { signal })).data;
}
