/**
 * Tag → the module that defines it, for the `wushe.js` loader. One line per folder of
 * `src/components/<name>/<name>.ts`; the elements' build (`vite.config.ts`) fails when a component
 * folder is missing here or a line points at no component, so this list cannot drift.
 */
export const widgetModules = {
  'wushe-provider': () => import('../components/provider/provider.js'),
  'wushe-needs-list': () => import('../components/needs-list/needs-list.js'),
  'wushe-volunteer-signup': () => import('../components/volunteer-signup/volunteer-signup.js'),
  'wushe-survey': () => import('../components/survey/survey.js'),
  'wushe-survey-results': () => import('../components/survey-results/survey-results.js'),
  'wushe-donation': () => import('../components/donation/donation.js'),
  'wushe-donate-button': () => import('../components/donate-button/donate-button.js'),
  'wushe-resources': () => import('../components/resources/resources.js'),
  'wushe-projects': () => import('../components/projects/projects.js'),
  'wushe-points-store': () => import('../components/points-store/points-store.js'),
  'wushe-linkage-index': () => import('../components/linkage-index/linkage-index.js'),
  'wushe-my-volunteering': () => import('../components/my-volunteering/my-volunteering.js'),
  'wushe-my-needs': () => import('../components/my-needs/my-needs.js'),
  'wushe-my-donations': () => import('../components/my-donations/my-donations.js'),
} as const satisfies Record<`wushe-${string}`, () => Promise<unknown>>;

export type WidgetTag = keyof typeof widgetModules;

/** The provider is defined before any widget, so a widget's first render already finds its config. */
export const PROVIDER_TAG = 'wushe-provider' satisfies WidgetTag;
