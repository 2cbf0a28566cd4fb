import { html, nothing, type ReactiveControllerHost } from 'lit';
import { validate, type IssueMessages } from '@wushe/schema';
import type { WusheError } from '@wushe/sdk';

/** The id of the error message of the field at `path` (`roles.0.scope` → `issue-roles-0-scope`). */
export const issueId = (path: string) => `issue-${path.replace(/\./g, '-')}`;

/**
 * One editor form's sending and its answers: the issues per field (the request schema's, which
 * the SDK checks before sending, or the server's 400), a failure that is no field's (403, offline,
 * a conflict), and whether it is being sent. It never checks a rule of its own: a field is checked
 * as typed only with a schema of `@wushe/schema` (`checkAsTyped`). What was typed stays in the
 * form's fields, which are not re-rendered away on a failure.
 */
export class EditorForm {
  issues: Readonly<Record<string, string>> = {};
  failure: WusheError | undefined;
  busy = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Starts afresh (a form opened or closed). */
  reset(): void {
    this.issues = {};
    this.failure = undefined;
    this.host.requestUpdate();
  }

  /** Sends with `send`; its answer, or `undefined` with the issues or the failure kept. */
  async submit<T>(send: () => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.issues = {};
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      return await send();
    } catch (error) {
      const failed = error as WusheError;
      if (failed.issues.length > 0) this.issues = failed.fieldErrors;
      else this.failure = failed;
      return undefined;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Checks one field as it is typed with `schema` (the request schema's own field). */
  checkAsTyped(
    path: string,
    schema: Parameters<typeof validate>[0],
    value: string,
    messages: IssueMessages,
  ): void {
    const result = validate(schema, value, { issues: messages });
    const others = Object.entries(this.issues).filter(([at]) => at !== path);
    const own: [string, string][] =
      result.success || value === '' ? [] : [[path, result.issues[0]?.message ?? '']];
    this.issues = Object.fromEntries([...others, ...own]);
    this.host.requestUpdate();
  }

  /** The paths of the issues at `path` or within it (`origins`, `origins.0`). */
  pathsUnder(path: string): string[] {
    return Object.keys(this.issues).filter((at) => at === path || at.startsWith(`${path}.`));
  }

  /** Whether the field at `path` (or a part of it) has an issue: for `aria-invalid`. */
  invalid(path: string): 'true' | 'false' {
    return this.pathsUnder(path).length > 0 ? 'true' : 'false';
  }

  /** The ids of the issues of the field at `path`, for its `aria-describedby`. */
  describedBy(path: string): string {
    return this.pathsUnder(path).map(issueId).join(' ');
  }

  /** The issues of the field at `path` and its parts (`describedBy(path)` names them). */
  renderIssues(path: string) {
    const paths = this.pathsUnder(path);
    return paths.length === 0
      ? nothing
      : paths.map(
          (at) =>
            html`<p id=${issueId(at)} class="field-error" part="field-error">
              ${this.issues[at]}
            </p>`,
        );
  }

  /** Issues at paths no field shows (a list's own issue, an unknown field). */
  unshown(shown: readonly string[]): string[] {
    return Object.entries(this.issues)
      .filter(([path]) => !shown.some((prefix) => path === prefix || path.startsWith(`${prefix}.`)))
      .map(([, message]) => message);
  }

  /** A labelled text field at `path` (or of `type`: a number, a day, a time), with its hint and issues. */
  text(
    path: string,
    label: string,
    options: { hint?: string; value?: string; type?: 'number' | 'date' | 'datetime-local' } = {},
  ) {
    const { hint, value, type } = options;
    return html`<div class="field">
      <label for=${path}>${label}</label>
      <input
        id=${path}
        name=${path}
        type=${type ?? 'text'}
        autocomplete="off"
        .value=${value ?? ''}
        aria-invalid=${this.invalid(path)}
        aria-describedby="${hint ? `${path}-hint ` : ''}${this.describedBy(path)}"
      />
      ${hint ? html`<p class="meta" id="${path}-hint">${hint}</p>` : nothing}
      ${this.renderIssues(path)}
    </div>`;
  }

  /** A labelled select at `path` with `options`, `value` picked, and its issues. */
  select(
    path: string,
    label: string,
    options: readonly { value: string; label: string }[],
    value: string,
  ) {
    return html`<div class="field">
      <label for=${path}>${label}</label>
      <select
        id=${path}
        name=${path}
        aria-invalid=${this.invalid(path)}
        aria-describedby=${this.describedBy(path)}
      >
        ${options.map(
          (option) =>
            html`<option value=${option.value} ?selected=${option.value === value}>
              ${option.label}
            </option>`,
        )}
      </select>
      ${this.renderIssues(path)}
    </div>`;
  }
}
