import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@wushe/schema';
import type { WusheConfig } from '../../internal/config.js';

/** What the satisfaction widgets on a project's page take from `<wushe-projects>`. */
export interface SurveyHost {
  readonly config: WusheConfig;
  readonly locale: Locale;
  readonly theme: 'light' | 'dark' | undefined;
  readonly elder: boolean;
}

/** A completed project's satisfaction results: `<wushe-survey-results>`, loaded now. */
export function renderResults(host: SurveyHost, surveyId: string, projectId: string) {
  void import('../survey-results/survey-results.js');
  const { apiBase, publishableKey, client } = host.config;
  return html`<wushe-survey-results
    survey=${surveyId}
    subject=${projectId}
    api-base=${apiBase}
    publishable-key=${publishableKey}
    lang=${host.locale}
    theme=${host.theme ?? nothing}
    ?elder=${host.elder}
    .client=${client}
  ></wushe-survey-results>`;
}

/** The form residents rate a completed project with (一事一评): `<wushe-survey>`, loaded now. */
export function renderRating(
  host: SurveyHost,
  surveyId: string,
  projectId: string,
): TemplateResult {
  void import('../survey/survey.js');
  const { apiBase, publishableKey, client } = host.config;
  return html`<wushe-survey
    survey=${surveyId}
    subject=${projectId}
    api-base=${apiBase}
    publishable-key=${publishableKey}
    lang=${host.locale}
    theme=${host.theme ?? nothing}
    ?elder=${host.elder}
    .client=${client}
  ></wushe-survey>`;
}
