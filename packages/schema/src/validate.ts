import type * as z from 'zod/mini';
import type { FieldIssue, IssueCode } from './issues.js';
import { DEFAULT_WORDING, fieldIssue, type Wording } from './field-issue.js';
import { fenToYuan } from './validators/money.js';

export { fieldIssue, type Wording } from './field-issue.js';

type ZodIssue = z.core.$ZodIssue;

/** The result of `validate`: the parsed (normalised) value, or every field issue. */
export type Validation<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: FieldIssue[] };

/**
 * Validates with a schema and words any problems in `messages`' locale (zh-CN by default). The server answers with
 * these issues and the SDK raises them before sending, so a form gets the same field errors
 * either way.
 */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
  messages: Wording = DEFAULT_WORDING,
): Validation<z.output<S>> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: toFieldIssues(result.error.issues, messages) };
}

/** Words zod issues with our codes. An unknown key becomes one issue at the key's own path. */
export function toFieldIssues(
  issues: readonly ZodIssue[],
  messages: Wording = DEFAULT_WORDING,
): FieldIssue[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        fieldIssue([...path, key], 'unknown_field', { key }, messages),
      );
    }
    const [code, params] = classify(issue);
    return [fieldIssue(path, code, params, messages)];
  });
}

function classify(issue: ZodIssue): [IssueCode, Record<string, unknown>?] {
  // A missing field fails whatever its type: an enum says invalid_value, an object invalid_type.
  if (issue.input === undefined && issue.code !== 'custom') return ['required'];
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int'
        ? ['not_integer']
        : ['invalid_type', { expected: issue.expected }];
    case 'too_small':
      return [
        sizeCode(issue.origin, 'too_short', 'too_few_items', 'too_small'),
        { minimum: Number(issue.minimum) },
      ];
    case 'too_big':
      return [
        sizeCode(issue.origin, 'too_long', 'too_many_items', 'too_big'),
        { maximum: Number(issue.maximum) },
      ];
    case 'invalid_format':
      if (issue.format === 'date') return ['invalid_date'];
      if (issue.format === 'datetime') return ['invalid_datetime'];
      return ['invalid_format', { format: issue.format }];
    case 'invalid_value':
      return ['invalid_choice', { values: issue.values }];
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? ['invalid_choice', { values: issue.options }]
        : ['invalid'];
    case 'custom':
      return customIssue(issue.params);
    default:
      return ['invalid'];
  }
}

function sizeCode(origin: string, text: IssueCode, items: IssueCode, number: IssueCode): IssueCode {
  if (origin === 'string') return text;
  if (origin === 'array' || origin === 'set') return items;
  return number;
}

function customIssue(
  params: Record<string, unknown> | undefined,
): [IssueCode, Record<string, unknown>?] {
  if (!params || typeof params.code !== 'string') return ['invalid'];
  const { code, ...rest } = params;
  if (code === 'money_fen') {
    rest.minimumYuan = fenToYuan(Number(rest.minimum));
    rest.maximumYuan = fenToYuan(Number(rest.maximum));
  }
  return Object.keys(rest).length > 0 ? [code as IssueCode, rest] : [code as IssueCode];
}
