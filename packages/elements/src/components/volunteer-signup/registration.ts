import { html, nothing, type TemplateResult } from 'lit';
import {
  Availability,
  NeedCategory,
  normalizeIdNumber,
  type DivisionTree,
  type RegisterVolunteerRequest,
  type Volunteer,
} from '@wushe/schema';
import { listDivisions } from '@wushe/schema/wire';
import { Attempt } from '../../internal/attempt.js';
import { communityCount, divisionPicker, hasCommunity } from './division-picker.js';
import { birthDateOf, idNumberProblem, isMinor } from './id-number.js';
import { SignupFields } from './signup-fields.js';
import type {
  SignupHost,
  SignupMode,
  SignupModeFactory,
  SignupResult,
  SignupValues,
} from './signup-mode.js';
import { skillsOf } from '../../internal/skills.js';

// The contract's own tables, so a category added there appears here without another list.
const CATEGORIES: readonly NeedCategory[] = Object.values(NeedCategory);
const AVAILABILITY: readonly Availability[] = Object.values(Availability);

/**
 * Volunteer registration (社区志愿者登记): the district tree to choose a community from, the ID
 * number checked as it is typed and turned into a birth date, a guardian for a minor, and
 * `POST /v1/volunteers`, which the SDK checks with the server's own schema before sending.
 */
class Registration implements SignupMode {
  private tree: DivisionTree | undefined;
  /** Whether the resident has left the ID field: only then is a short number an error. */
  private idTouched = false;
  private readonly fields: SignupFields;

  /** One key per registration attempt: a retry after a lost answer registers once. */
  private readonly attempt = new Attempt();

  constructor(private readonly host: SignupHost) {
    this.fields = new SignupFields(host, {
      problem: (name) =>
        name === 'idNumber'
          ? idNumberProblem(host.form.values.idNumber, this.idTouched, host.strings.issues)
          : undefined,
      changed: (name, value) => {
        const birthDate = name === 'idNumber' ? birthDateOf(value as string) : undefined;
        if (birthDate) host.form.set('birthDate', birthDate);
      },
    });
  }

  get title(): string {
    return this.host.text.title;
  }

  async load(signal: AbortSignal): Promise<void> {
    this.tree = await this.host.requester.send(listDivisions, {}, { signal });
    this.preselect();
  }

  reset(): void {
    this.idTouched = false;
    this.preselect();
  }

  /** The widget's own community, chosen for them when the district has it and none is chosen. */
  private preselect(): void {
    const { form, community } = this.host;
    if (this.tree && community && !form.values.communityId && hasCommunity(this.tree, community)) {
      form.values = { ...form.values, communityId: community };
    }
  }

  async submit(): Promise<Volunteer | undefined> {
    const { form, requester, policyVersion } = this.host;
    const volunteer = await form.submit(async (v) => {
      const body = this.request(v, policyVersion);
      const { register } = await import('./writes.js');
      return register(requester, body, this.attempt.keyFor(body));
    });
    if (volunteer) this.attempt.complete();
    return volunteer;
  }

  /** The request as the contract has it: trimmed, skills split, a guardian only for a minor. */
  private request(v: SignupValues, policyVersion: string): RegisterVolunteerRequest {
    const idNumber = normalizeIdNumber(v.idNumber);
    return {
      name: v.name.trim(),
      mobile: v.mobile.trim(),
      communityId: v.communityId,
      skills: skillsOf(v.skills),
      serviceAreas: v.serviceAreas,
      availability: v.availability,
      consent: { policyVersion, agreed: v.consent },
      ...(idNumber ? { idNumber } : {}),
      ...(v.birthDate ? { birthDate: v.birthDate } : {}),
      ...(isMinor(v.birthDate)
        ? {
            guardian: {
              name: v.guardianName.trim(),
              mobile: v.guardianMobile.trim(),
              consent: v.guardianConsent,
            },
          }
        : {}),
    };
  }

  render(): TemplateResult {
    const { host, fields, tree } = this;
    const { text: t, form } = host;
    // No community to register in: say so, rather than offer a form nobody can send.
    if (!tree || communityCount(tree) === 0) {
      return html`<p class="status" role="status">${t.noCommunities}</p>`;
    }
    const body = html`${fields.text('name', t.name, { autocomplete: 'name' })}
    ${fields.mobile('mobile', t.mobile, t.mobileHint)}
    ${fields.text('idNumber', t.idNumber, {
      optional: true,
      hint: t.idNumberHint,
      maxlength: 18,
      autocomplete: 'off',
      blur: () => {
        this.idTouched = true;
        host.requestUpdate();
      },
    })}
    ${fields.text('birthDate', t.birthDate, {
      type: 'date',
      optional: true,
      hint: t.birthDateHint,
      autocomplete: 'bday',
    })}
    ${divisionPicker(fields, tree, form.values.communityId, {
      label: t.community,
      choose: t.chooseCommunity,
    })}
    ${fields.text('skills', t.skills, { optional: true, hint: t.skillsHint })}
    ${fields.group('serviceAreas', t.serviceAreas, CATEGORIES, host.domain.categories)}
    ${fields.group('availability', t.availability, AVAILABILITY, host.domain.availability)}
    ${isMinor(form.values.birthDate) ? this.guardian() : nothing}`;
    return html`<p>${t.intro}</p>
      ${fields.form(body, t.register, { volunteer_exists: t.volunteerExists })}`;
  }

  /** A minor's guardian: name, mobile and consent (the server records them; SPEC §2). */
  private guardian(): TemplateResult {
    const { fields } = this;
    const t = this.host.text;
    return html`<fieldset part="guardian">
      <legend>${t.guardian}</legend>
      <p class="hint">${t.guardianHint}</p>
      ${fields.exact('guardian')}
      ${fields.text('guardianName', t.guardianName, { autocomplete: 'off' })}
      ${fields.mobile('guardianMobile', t.guardianMobile)}
      ${fields.check('guardianConsent', html`${t.guardianConsent}`)}
    </fieldset>`;
  }

  renderSuccess(result: SignupResult): TemplateResult {
    const t = this.host.text;
    const code = 'code' in result ? result.code : '';
    return this.fields.success(
      t.registered,
      html`<div>
          <p>${t.codeLabel}</p>
          <p class="code" part="code">${code}</p>
        </div>
        <p>${t.registeredNext}</p>`,
      t.registerAnother,
    );
  }
}

export const createMode: SignupModeFactory = (host) => new Registration(host);
