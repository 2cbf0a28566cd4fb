import * as z from 'zod/mini';

/**
 * Field issue codes. Errors are data: every issue carries one of these codes and a path, and the
 * wording lives in the locale maps (`messages/`), so a server response, an SDK pre-check and a
 * widget all say the same thing in the resident's language.
 *
 * The first group maps zod's own issue codes; the second is ours, raised by the checks in this
 * package through `params.code`.
 */
export const IssueCode = {
  required: 'required',
  invalidType: 'invalid_type',
  tooShort: 'too_short',
  tooLong: 'too_long',
  tooSmall: 'too_small',
  tooBig: 'too_big',
  tooFewItems: 'too_few_items',
  tooManyItems: 'too_many_items',
  invalidFormat: 'invalid_format',
  invalidDate: 'invalid_date',
  invalidDateTime: 'invalid_datetime',
  invalidChoice: 'invalid_choice',
  unknownField: 'unknown_field',
  notInteger: 'not_integer',
  invalid: 'invalid',
  mobileFormat: 'mobile_format',
  idNumberFormat: 'id_number_format',
  idNumberBirthDate: 'id_number_birth_date',
  idNumberChecksum: 'id_number_checksum',
  creditCodeFormat: 'credit_code_format',
  creditCodeChecksum: 'credit_code_checksum',
  districtCode: 'district_code',
  streetCode: 'street_code',
  communityCode: 'community_code',
  divisionNotInParent: 'division_not_in_parent',
  moneyFen: 'money_fen',
  prefixedId: 'prefixed_id',
  consentRequired: 'consent_required',
  guardianRequired: 'guardian_required',
  guardianConsentRequired: 'guardian_consent_required',
  birthDateMismatch: 'birth_date_mismatch',
  nameRequiredUnlessAnonymous: 'name_required_unless_anonymous',
  valueRequiredForWish: 'value_required_for_wish',
  valueOnlyForWish: 'value_only_for_wish',
  reasonRequired: 'reason_required',
  endsBeforeStart: 'ends_before_start',
  duplicateAnswer: 'duplicate_answer',
  notBlank: 'not_blank',
  roleScope: 'role_scope',
  passwordTooShort: 'password_too_short',
  passwordTooCommon: 'password_too_common',
  streetOrCommunityCode: 'street_or_community_code',
  divisionKindLevel: 'division_kind_level',
  divisionParentMissing: 'division_parent_missing',
  creditCodeNotForFiled: 'credit_code_not_for_filed',
  organizationOrStation: 'organization_or_station',
  accountNotSocialWorker: 'account_not_social_worker',
  duplicateGrant: 'duplicate_grant',
  scopeUnknown: 'scope_unknown',
  projectQuiet: 'project_quiet',
  resourceNotPublished: 'resource_not_published',
  notMatchedToOrganization: 'not_matched_to_organization',
  outsideProject: 'outside_project',
  scoreRange: 'score_range',
  deadlinePassed: 'deadline_passed',
  alreadyVoted: 'already_voted',
  callClosed: 'call_closed',
  callNotYetOpen: 'call_not_yet_open',
} as const;
export type IssueCode = (typeof IssueCode)[keyof typeof IssueCode];

/** One bad field, as the API returns it and a form shows it. */
export interface FieldIssue {
  /** Where the field is: `["contact", "mobile"]`, `["answers", 2, "value"]`; `[]` for the whole body. */
  path: (string | number)[];
  code: IssueCode;
  message: string;
  /** Facts a message may name: `{minimum: 2}`, `{keys: ["x"]}`, `{values: ["service", "wish"]}`. */
  params?: Record<string, unknown>;
}

/**
 * A check that fails with one of our issue codes.
 *
 * Object-level checks (a guardian for minors, a value for wishes) name the fields they read in
 * `dependsOn`: they then run even when *other* fields failed, so a form shows every problem at
 * once, and are skipped only when a field they read is itself broken.
 */
/* @__NO_SIDE_EFFECTS__ */
export function check<T>(
  predicate: (value: T) => boolean,
  code: IssueCode,
  options: {
    path?: (string | number)[];
    params?: Record<string, unknown>;
    dependsOn?: string[];
  } = {},
) {
  const { dependsOn } = options;
  return z.refine<T>(predicate, {
    ...(options.path ? { path: options.path } : {}),
    params: { code, ...options.params },
    ...(dependsOn
      ? {
          // Never on a body that is not an object at all: the predicate reads its fields.
          when: (payload) =>
            typeof payload.value === 'object' &&
            payload.value !== null &&
            !payload.issues.some(
              (issue) => !issue.path?.length || dependsOn.includes(String(issue.path[0])),
            ),
        }
      : {}),
  });
}
