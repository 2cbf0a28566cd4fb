// Signing a resident in against the real server of the test run, as the resident widgets' tests
// need: a mobile nobody else in the run has, the code the `log` notifier put in the dev outbox
// (read with the secret key, in the test runner's process), and a session opened from this page,
// so its token is bound to the page's origin as a widget's would be.
import type { OutboxMessage, Page, ResidentSession } from '@wushe/schema';
import { realServer, staff } from './real-server.js';

/** A mobile nobody else in this run has: the real server is shared by every test file. */
export const freshMobile = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/** The latest sign-in code the server sent to `mobile` (from `GET /v1/dev/outbox`). */
export async function latestCode(mobile: string): Promise<string> {
  const answer = await staff<Page<OutboxMessage>>('GET', `/v1/dev/outbox?to=${mobile}`);
  const message = answer.body.data.find((each) => each.template === 'resident_code');
  if (!message?.params.code) throw new Error(`no sign-in code in the outbox for ${mobile}`);
  return message.params.code;
}

/** Sends `POST path` from this page with the demo publishable key, as a widget would. */
export async function fromPage(path: string, body: unknown): Promise<Response> {
  const { apiBase, publishableKey } = await realServer();
  return fetch(`${apiBase}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${publishableKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Signs `mobile` in from this page (code, outbox, session): the session a widget would keep. */
export async function signInFromPage(mobile: string): Promise<ResidentSession> {
  const sent = await fromPage('/v1/residents/codes', { mobile });
  if (!sent.ok) throw new Error(`code request: ${sent.status} ${await sent.text()}`);
  const code = await latestCode(mobile);
  const answer = await fromPage('/v1/residents/sessions', { mobile, code });
  if (!answer.ok) throw new Error(`sign-in: ${answer.status} ${await answer.text()}`);
  return (await answer.json()) as ResidentSession;
}
