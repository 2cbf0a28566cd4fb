import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AdministeredAccount, RoleGrant, StaffRole } from '@wushe/schema';
import { LocaleController, LocaleStrings } from '@wushe/elements/foundation.js';
import { fieldValue } from '../../internal/field-value.js';
import { StaffEditor } from '../../internal/staff-editor.js';
import { accountEditorStyles } from './account-editor.styles.js';
import {
  contactOf,
  inviteAccount,
  loadAccounts,
  scopeChoices,
  scopeNames,
  updateAccount,
  type AccountsData,
} from './api.js';
import { zhCN, type AccountEditorStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<AccountEditorStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/** One grant row of the form, as picked so far ('' until picked). */
interface GrantRow {
  readonly key: number;
  role: StaffRole | '';
  scope: string;
}

/**
 * @tagname wushe-account-editor
 * @summary Staff accounts (工作人员账号): invite with roles and scopes, change roles, disable.
 *
 * Lists the accounts the person administers in `division` (a district admin: all; street staff:
 * those of their communities). Inviting asks for the name, login, a mobile or e-mail for the
 * invite link, and one or more roles, each in a scope: only the roles and scopes the server says
 * the person may grant (`GET /v1/accounts/grantable`) are offered, and the server checks each
 * grant again. Changing roles replaces them; disabling ends the account's sessions at once.
 * Takes the console's session, or a delegated one in `token`.
 *
 * @event wushe-editor-saved - An account was invited (`created`), its roles changed or invite resent (`updated`), disabled or enabled; `detail` has `editor`, `id`, `action`.
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart new - The button that opens the invite form.
 * @csspart form - The invite form, or an account's roles form.
 * @csspart grant - One role-and-scope row of the form.
 * @csspart add-grant - The button that adds a role row.
 * @csspart remove-grant - The button that removes a role row.
 * @csspart field-error - A field's issue, from the request schema or the server.
 * @csspart form-error - Why the form did not go through.
 * @csspart save - The form's submit button.
 * @csspart cancel - The form's cancel button.
 * @csspart list - The list of accounts.
 * @csspart item - One account.
 * @csspart item-title - An account's name.
 * @csspart edit - The button that opens an account's roles form.
 * @csspart disable - The button that disables (or enables) an account.
 * @csspart resend - The button that sends the invite again.
 * @csspart action-error - Why an act on an account did not go through.
 * @csspart announcer - The live region that announces each change.
 * @csspart state - The load-state panel.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the accounts could not be loaded.
 * @csspart state-forbidden - The person administers no accounts (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart state-empty - No account here yet.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the accounts again.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheAccountEditor extends StaffEditor<AccountsData, AdministeredAccount> {
  static override styles = accountEditorStyles;

  static override properties = {
    ...StaffEditor.properties,
    rows: { state: true },
  };

  /** The role rows of the open form. */
  declare private rows: GrantRow[];

  protected readonly editorName = 'accounts';
  private readonly accountWords = new LocaleController(this, ownStrings);
  private nextRowKey = 0;

  constructor() {
    super();
    this.rows = [];
  }

  protected get own() {
    return this.accountWords.value;
  }

  protected load(signal: AbortSignal): Promise<AccountsData> {
    return loadAccounts(this.requester, this.division ?? '', signal);
  }

  protected itemsOf(data: AccountsData) {
    return data.accounts;
  }

  protected itemId(account: AdministeredAccount) {
    return account.id;
  }

  protected itemTitle(account: AdministeredAccount) {
    return `${account.name}（${account.login}）`;
  }

  protected withItem(data: AccountsData, account: AdministeredAccount, isNew: boolean) {
    return {
      ...data,
      accounts: isNew
        ? [account, ...data.accounts]
        : data.accounts.map((each) => (each.id === account.id ? account : each)),
    };
  }

  private row(grant?: RoleGrant): GrantRow {
    return { key: this.nextRowKey++, role: grant?.role ?? '', scope: grant?.scope ?? '' };
  }

  protected override open(account?: AdministeredAccount): void {
    this.rows = account ? account.roles.map((grant) => this.row(grant)) : [this.row()];
    super.open(account);
  }

  private setRow(key: number, change: Partial<GrantRow>) {
    this.rows = this.rows.map((row) =>
      row.key === key ? { ...row, ...change, ...(change.role ? { scope: '' } : {}) } : row,
    );
  }

  private grants(): RoleGrant[] {
    return this.rows.map((row) => ({ role: row.role as StaffRole, scope: row.scope }));
  }

  protected save(form: HTMLFormElement, account: AdministeredAccount | undefined) {
    if (account) return updateAccount(this.requester, account.id, { roles: this.grants() });
    return inviteAccount(this.requester, {
      name: fieldValue(form, 'name').trim(),
      login: fieldValue(form, 'login').trim(),
      contact: contactOf(fieldValue(form, 'contact')),
      roles: this.grants(),
    });
  }

  private renderGrant(row: GrantRow, index: number, data: AccountsData) {
    const words = this.words.value;
    const own = this.accountWords.value;
    const form = this.form;
    const roles = [...new Set(data.grantable.map((each) => each.role))].filter(
      (role) => scopeChoices(role, data).length > 0,
    );
    const scopes = row.role ? scopeChoices(row.role, data) : [];
    const at = `roles.${index}`;
    return html`<div class="grant" part="grant" role="group" aria-label="${own.role} ${index + 1}">
      <div class="field">
        <label for="role-${row.key}">${own.role}</label>
        <select
          id="role-${row.key}"
          aria-invalid=${form.invalid(`${at}.role`)}
          aria-describedby=${form.describedBy(`${at}.role`)}
          @change=${(event: Event) => {
            this.setRow(row.key, { role: (event.target as HTMLSelectElement).value as StaffRole });
          }}
        >
          <option value="" ?selected=${row.role === ''}>—</option>
          ${roles.map(
            (role) =>
              html`<option value=${role} ?selected=${row.role === role}>
                ${words.roleNames[role]}
              </option>`,
          )}
        </select>
        ${form.renderIssues(`${at}.role`)}
      </div>
      <div class="field">
        <label for="scope-${row.key}">${own.scope}</label>
        <select
          id="scope-${row.key}"
          aria-invalid=${form.invalid(`${at}.scope`)}
          aria-describedby=${form.describedBy(`${at}.scope`)}
          @change=${(event: Event) => {
            this.setRow(row.key, { scope: (event.target as HTMLSelectElement).value });
          }}
        >
          <option value="" ?selected=${row.scope === ''}>—</option>
          ${scopes.map(
            (scope) =>
              html`<option value=${scope.code} ?selected=${row.scope === scope.code}>
                ${scope.name}
              </option>`,
          )}
        </select>
        ${form.renderIssues(`${at}.scope`)}
      </div>
      ${
        this.rows.length > 1
          ? html`<button
              type="button"
              part="remove-grant"
              class="secondary"
              @click=${() => {
                this.rows = this.rows.filter((each) => each.key !== row.key);
              }}
            >
              ${own.removeRole}
            </button>`
          : nothing
      }
    </div>`;
  }

  protected renderFields(account: AdministeredAccount | undefined): TemplateResult {
    const own = this.accountWords.value;
    const data = this.data.value;
    if (!data) return html``;
    const rolesIssues = this.form.unshown([
      'name',
      'login',
      'contact',
      ...this.rows.map((_, i) => `roles.${i}`),
    ]);
    return html`${
        account
          ? nothing
          : html`${this.form.text('name', own.name)}
            ${this.form.text('login', own.login, { hint: own.loginHint })}
            ${this.form.text('contact', own.contact, { hint: own.contactHint })}`
      }
      <fieldset>
        <legend>${own.roles}</legend>
        ${
          data.grantable.length === 0
            ? html`<p>${own.nothingToGrant}</p>`
            : repeat(
                this.rows,
                (row) => row.key,
                (row, index) => this.renderGrant(row, index, data),
              )
        }
        ${rolesIssues.map((message) => html`<p class="field-error" part="field-error">${message}</p>`)}
        <div class="actions">
          <button
            type="button"
            part="add-grant"
            class="secondary"
            @click=${() => {
              this.rows = [...this.rows, this.row()];
            }}
          >
            ${own.addRole}
          </button>
        </div>
      </fieldset>`;
  }

  protected renderItem(account: AdministeredAccount): TemplateResult {
    const own = this.accountWords.value;
    const words = this.words.value;
    const data = this.data.value;
    const names = data ? scopeNames(data) : new Map<string, string>();
    const busy = this.form.busy;
    return html`<h3 part="item-title" tabindex="-1">${this.itemTitle(account)}</h3>
      <ul class="roles" aria-label=${own.roles}>
        ${account.roles.map(
          (grant) =>
            html`<li>
              ${words.roleNames[grant.role]} · ${names.get(grant.scope) ?? grant.scope}
            </li>`,
        )}
      </ul>
      ${
        account.disabled || !account.passwordSet
          ? html`<p class="meta">${account.disabled ? own.disabled : own.invitePending}</p>`
          : nothing
      }
      <div class="actions">
        <button
          type="button"
          part="edit"
          class="secondary"
          aria-label="${own.editRoles}：${account.name}"
          @click=${() => {
            this.open(account);
          }}
        >
          ${own.editRoles}
        </button>
        <button
          type="button"
          part="disable"
          class="secondary"
          ?disabled=${busy}
          aria-label="${account.disabled ? own.enable : own.disable}：${account.name}"
          @click=${() =>
            void this.act(account.disabled ? 'enabled' : 'disabled', () =>
              updateAccount(this.requester, account.id, { disabled: !account.disabled }),
            )}
        >
          ${account.disabled ? own.enable : own.disable}
        </button>
        ${
          account.passwordSet || account.disabled
            ? nothing
            : html`<button
                type="button"
                part="resend"
                class="secondary"
                ?disabled=${busy}
                aria-label="${own.resendInvite}：${account.name}"
                @click=${() =>
                  void this.act('updated', () =>
                    updateAccount(this.requester, account.id, { resendInvite: true }),
                  )}
              >
                ${own.resendInvite}
              </button>`
        }
      </div>`;
  }
}
