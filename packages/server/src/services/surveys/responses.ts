import { isUniqueViolation } from '../../db/errors.js';
import type { SurveyResponse } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { surveyResponses } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { keyedHash, type Secrets } from '../secrets.js';
import type { Answer } from './answers.js';

/** The unique index that makes 一事一评 hold even for simultaneous submissions. */
const ONE_PER_SUBJECT = 'survey_responses_one_per_subject';

export interface NewResponse {
  readonly surveyId: string;
  readonly subjectId: string;
  readonly respondentToken: string;
  readonly answers: readonly Answer[];
  readonly contact?: {
    readonly name: string;
    readonly mobile: string;
    readonly consent: { readonly policyVersion: string };
  };
  /** When it was given: the server's clock (`AppDeps.now`), not the database's. */
  readonly createdAt: Date;
}

/**
 * Stores a checked response. The respondent token is kept only as a keyed hash: it still tells
 * a second response from the same token apart, but a leaked table cannot be matched against
 * tokens kept in residents' browsers. The database's unique index, not a prior lookup, refuses
 * the second response, so ten simultaneous submissions with one token still store one.
 */
export async function recordResponse(
  tx: Executor,
  secrets: Secrets,
  response: NewResponse,
): Promise<SurveyResponse> {
  const { contact } = response;
  try {
    const [row] = await tx
      .insert(surveyResponses)
      .values({
        id: newId('rsp'),
        surveyId: response.surveyId,
        subjectId: response.subjectId,
        respondentHash: keyedHash(secrets, response.respondentToken),
        answers: response.answers,
        createdAt: response.createdAt,
        contact: contact
          ? {
              name: contact.name,
              mobile: contact.mobile,
              consentVersion: contact.consent.policyVersion,
            }
          : null,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return {
      id: row.id,
      surveyId: row.surveyId,
      subjectId: row.subjectId,
      createdAt: row.createdAt.toISOString(),
    };
  } catch (error) {
    // On PostgreSQL the failed insert has aborted the transaction: refuse at once.
    if (isUniqueViolation(error, ONE_PER_SUBJECT)) throw new DomainError('already_responded');
    throw error;
  }
}
