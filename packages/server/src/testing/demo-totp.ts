import { DEMO_TOTP_SECRETS } from '../seed/demo/staff.js';
import { base32Decode, totpCode } from '../services/staff/totp.js';

/**
 * The authenticator code of a demo district admin (`panyu.admin` in 440113, `changning.admin` in
 * 310105) at `time`, from its documented secret: what the person's app shows. The server refuses
 * a code of a step it already accepted, so one sign-in per 30 s step (or pass a later `time`).
 */
export function demoTotpCode(
  districtCode: keyof typeof DEMO_TOTP_SECRETS = '440113',
  time: Date = new Date(),
): string {
  return totpCode(base32Decode(DEMO_TOTP_SECRETS[districtCode]), time);
}
