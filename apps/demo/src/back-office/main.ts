// The portal's back office page: wushe's staff widgets, on the delegated session the portal's
// server minted for the person it signed in (GET /back-office/session). The page never sees the
// district's secret key; it renews the session before its 15 minutes run out. The widgets' code
// loads once the first session is on them (Lit keeps properties set before an element upgrades),
// so they never ask the API without a token and draw a 401.

interface BackOfficeSession {
  readonly token: string;
  readonly expiresAt: string;
  readonly name: string;
  readonly division: string;
}

/** Ask for a fresh session this long before the current one ends. */
const RENEW_BEFORE_MS = 60_000;

const widgets = ['#review', '#follow-ups'].map((selector) => {
  const widget = document.querySelector<HTMLElement & { token?: string; division?: string }>(
    selector,
  );
  if (!widget) throw new Error(`the back office page has no ${selector}`);
  return widget;
});
const person = document.querySelector('#person');
const problem = document.querySelector<HTMLElement>('#session-problem');

async function useSession(): Promise<void> {
  const answer = await fetch('/back-office/session', { credentials: 'same-origin' });
  if (answer.status === 401) {
    location.assign('/back-office/sign-in');
    return;
  }
  if (!answer.ok) throw new Error(`the back office session answered ${String(answer.status)}`);
  const session = (await answer.json()) as BackOfficeSession;
  if (person) person.textContent = session.name;
  for (const widget of widgets) {
    widget.division = session.division;
    widget.token = session.token;
  }
  if (problem) problem.hidden = true;
  await loadWidgets();
  const wait = Math.max(Date.parse(session.expiresAt) - Date.now() - RENEW_BEFORE_MS, 5_000);
  setTimeout(() => void renew(), wait);
}

let widgetsLoaded: Promise<unknown> | undefined;
function loadWidgets(): Promise<unknown> {
  widgetsLoaded ??= Promise.all([
    import('@wushe/staff-elements/review-queue.js'),
    import('@wushe/staff-elements/follow-ups.js'),
  ]);
  return widgetsLoaded;
}

async function renew(): Promise<void> {
  try {
    await useSession();
  } catch {
    if (problem) {
      problem.textContent = '暂时无法连接 wushe，正在重试…';
      problem.hidden = false;
    }
    setTimeout(() => void renew(), 10_000);
  }
}

void renew();
