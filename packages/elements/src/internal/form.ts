import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldIssue } from '@wushe/schema';
import { WusheError } from '@wushe/sdk';

export const FormStatus = { editing: 'editing', submitting: 'submitting', done: 'done' } as const;
export type FormStatus = (typeof FormStatus)[keyof typeof FormStatus];

export interface FormOptions<V> {
  readonly initial: V;
  /** Where the draft is kept in session storage; `undefined` keeps no draft. */
  readonly draftKey?: () => string | undefined;
  /** Fields never written to the draft (an ID number stays only in the form). */
  readonly sensitive?: readonly (keyof V & string)[];
}

/**
 * A form's values and errors. What the resident typed survives every failure: a field error
 * (put on its field, from the SDK's own check or the server's), a conflict, a lost connection, and
 * a page reload (a draft in session storage, cleared once the form is sent).
 */
export class FormController<V extends Record<string, unknown>> implements ReactiveController {
  values: V;
  issues: readonly FieldIssue[] = [];
  error: WusheError | undefined;
  status: FormStatus = FormStatus.editing;
  /** True when the values came from a draft of an earlier visit. */
  restored = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FormOptions<V>,
  ) {
    this.values = { ...options.initial };
    host.addController(this);
  }

  hostConnected(): void {
    const key = this.options.draftKey?.();
    const saved = key ? sessionStorage.getItem(key) : null;
    if (!saved) return;
    try {
      this.values = { ...this.options.initial, ...(JSON.parse(saved) as Partial<V>) };
      this.restored = true;
    } catch {
      sessionStorage.removeItem(key!);
    }
  }

  set<K extends keyof V>(name: K, value: V[K]): void {
    this.values = { ...this.values, [name]: value };
    // The field the resident is fixing no longer shows its old error.
    this.issues = this.issues.filter((issue) => issue.path[0] !== name);
    this.saveDraft();
    this.host.requestUpdate();
  }

  /** The message for a field (`"contact.mobile"`), if it has one. */
  errorFor(path: string): string | undefined {
    return this.issues.find(
      (issue) => issue.path.join('.') === path || issue.path.join('.').startsWith(`${path}.`),
    )?.message;
  }

  /**
   * Sends the form with `action`. A field error lands on its field, any other error in `error`;
   * either way the values stay. Resolves to the action's result, or `undefined` when it failed.
   */
  async submit<R>(action: (values: V) => Promise<R>): Promise<R | undefined> {
    if (this.status === FormStatus.submitting) return undefined;
    this.status = FormStatus.submitting;
    this.issues = [];
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const result = await action(this.values);
      this.status = FormStatus.done;
      this.clearDraft();
      return result;
    } catch (error) {
      this.status = FormStatus.editing;
      const failure =
        error instanceof WusheError
          ? error
          : new WusheError({ code: 'unknown_error', status: 0, message: String(error) });
      if (failure.issues.length > 0) this.issues = failure.issues;
      else this.error = failure;
      return undefined;
    } finally {
      this.host.requestUpdate();
    }
  }

  reset(): void {
    this.values = { ...this.options.initial };
    this.issues = [];
    this.error = undefined;
    this.status = FormStatus.editing;
    this.restored = false;
    this.clearDraft();
    this.host.requestUpdate();
  }

  private saveDraft(): void {
    const key = this.options.draftKey?.();
    if (!key) return;
    const kept = Object.fromEntries(
      Object.entries(this.values).filter(
        ([name]) => !this.options.sensitive?.includes(name as keyof V & string),
      ),
    );
    try {
      sessionStorage.setItem(key, JSON.stringify(kept));
    } catch {
      // Storage may be full or disabled (private browsing): the form still works without a draft.
    }
  }

  private clearDraft(): void {
    const key = this.options.draftKey?.();
    if (key) sessionStorage.removeItem(key);
  }
}
