/**
 * The respondent token of 一事一评: one random token per survey and subject, kept in this browser
 * (localStorage) so the same resident answers once, without being identified. The server stores
 * only a keyed hash of it and refuses a second response with the same token (409
 * `already_responded`); the widget remembers that an answer went in, so a resident coming back
 * sees the thank-you state instead of an empty form.
 */
export interface Respondent {
  readonly token: string;
  /** This browser has answered this survey about this subject already. */
  readonly answered: boolean;
}

/** Where private browsing refuses storage: the token lives as long as the page. */
const inMemory = new Map<string, Respondent>();

const keyOf = (survey: string, subject: string) => `wushe.survey.${survey}.${subject}`;

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
 * The respondent of this browser for a survey and subject, created (and kept) on first use. The
 * token is kept before anything is sent: if an answer reaches the server but its reply is lost,
 * sending again with the same token is refused as a duplicate rather than counted twice.
 */
export function respondentFor(survey: string, subject: string): Respondent {
  const key = keyOf(survey, subject);
  const known = load(key);
  if (known) return known;
  const fresh = { token: newToken(), answered: false };
  save(key, fresh);
  return fresh;
}

/** Whether this browser has answered about the subject; reads only, so a mere visit stores nothing. */
export function answeredBefore(survey: string, subject: string): boolean {
  return load(keyOf(survey, subject))?.answered === true;
}

/** Remembers that this browser's answer about the subject is in (sent now, or refused as a repeat). */
export function markAnswered(survey: string, subject: string): void {
  const { token } = respondentFor(survey, subject);
  save(keyOf(survey, subject), { token, answered: true });
}
