/**
 * The respondent token: one random token per ballot, kept in this browser (localStorage) so the
 * same household answers once without being identified — a survey about a subject (一事一评, a
 * second response is 409 `already_responded`) or a call's public vote (一户一票, 409
 * `already_voted`). The server stores only a keyed hash of it; the widget remembers that an
 * answer went in, so a resident coming back sees that instead of an empty form.
 */
export interface Respondent {
  readonly token: string;
  /** This browser has answered this ballot already. */
  readonly answered: boolean;
}

/** Where private browsing refuses storage: the token lives as long as the page. */
const inMemory = new Map<string, Respondent>();

/** The ballot of a survey about one subject. */
export const surveyBallot = (survey: string, subject: string) =>
  `wushe.survey.${survey}.${subject}`;
/** The ballot of a call's public vote (一户一票). */
export const callBallot = (call: string) => `wushe.call.${call}`;

/** 24 random bytes as base64url: 32 characters of `[A-Za-z0-9_-]`, as the contract asks. */
function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

function save(key: string, respondent: Respondent): void {
  try {
    localStorage.setItem(key, JSON.stringify(respondent));
  } catch {
    // Storage full or disabled: the page's memory still prevents a double answer here.
    inMemory.set(key, respondent);
  }
}

function load(key: string): Respondent | undefined {
  let saved: string | null;
  try {
    saved = localStorage.getItem(key);
  } catch {
    return inMemory.get(key);
  }
  try {
    const parsed = saved ? (JSON.parse(saved) as Partial<Respondent>) : undefined;
    if (typeof parsed?.token === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(parsed.token)) {
      return { token: parsed.token, answered: parsed.answered === true };
    }
  } catch {
    // Not ours, or damaged: a fresh token replaces it.
  }
  return inMemory.get(key);
}

/**
 * The respondent of this browser for a ballot (`surveyBallot`, `callBallot`), created (and kept)
 * on first use. The token is kept before anything is sent: if an answer reaches the server but its
 * reply is lost, sending again with the same token is refused as a duplicate rather than counted
 * twice.
 */
export function respondentFor(key: string): Respondent {
  const known = load(key);
  if (known) return known;
  const fresh = { token: newToken(), answered: false };
  save(key, fresh);
  return fresh;
}

/** Whether this browser has answered the ballot; reads only, so a mere visit stores nothing. */
export function answeredBefore(key: string): boolean {
  return load(key)?.answered === true;
}

/** Remembers that this browser's answer is in (sent now, or refused as a repeat). */
export function markAnswered(key: string): void {
  const { token } = respondentFor(key);
  save(key, { token, answered: true });
}
