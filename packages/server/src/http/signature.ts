import { createHmac, timingSafeEqual } from 'node:crypto';

/** How old a signed callback may be: replays of an old one are refused. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;
export const SIGNATURE_HEADER = 'Wushe-Signature';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, the header a provider callback carries. */
export function signPayload(
  key: Buffer,
  body: string,
  time = Math.floor(Date.now() / 1000),
): string {
  const mac = createHmac('sha256', key).update(`${time}.${body}`).digest('hex');
  return `t=${time},v1=${mac}`;
}

export function verifySignature(
  key: Buffer,
  header: string,
  body: string,
  now = Math.floor(Date.now() / 1000),
): boolean {
  const parts = new Map(
    header.split(',').map((part) => part.trim().split('=', 2) as [string, string | undefined]),
  );
  const time = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isSafeInteger(time) || Math.abs(now - time) > SIGNATURE_TOLERANCE_SECONDS)
    return false;
  const expected = createHmac('sha256', key).update(`${time}.${body}`).digest('hex');
  return (
    given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  );
}
