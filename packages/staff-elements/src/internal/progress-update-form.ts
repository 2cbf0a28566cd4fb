import { html, type TemplateResult } from 'lit';
import type { EditorForm } from './editor-form.js';

/** The words of a progress update's field. */
export interface ProgressUpdateWords {
  readonly update: string;
  readonly updateHint: string;
}

/**
 * A project's public progress-update form (`POST /v1/projects/{id}/updates`): its text with the
 * hint and the server's issues at `body`, then `actions` (send and cancel). The widgets that post
 * progress (project updates, the organization desk) share it, and `postUpdate` sends it.
 */
export function renderProgressUpdateForm(
  form: EditorForm,
  projectId: string,
  words: ProgressUpdateWords,
  onSubmit: (event: SubmitEvent) => void,
  actions: TemplateResult,
): TemplateResult {
  const id = `update-${projectId}`;
  return html`<form class="inline-form" @submit=${onSubmit}>
    <div class="field">
      <label for=${id}>${words.update}</label>
      <textarea
        id=${id}
        name="body"
        part="update"
        required
        minlength="5"
        maxlength="2000"
        rows="4"
        aria-invalid=${form.invalid('body')}
        aria-describedby="${id}-hint ${form.describedBy('body')}"
      ></textarea>
      <p class="meta" id="${id}-hint">${words.updateHint}</p>
      ${form.renderIssues('body')}
    </div>
    ${actions}
  </form>`;
}
