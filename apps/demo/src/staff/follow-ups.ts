import { listSurveyFollowUpsRoute, type FollowUp } from '@wushe/schema';
import { describeError, staffApi } from './api.js';
import { fill, h, when } from './dom.js';

/** The project survey whose low ratings this desk calls back. */
const SURVEY = 'svy_pyProjectRating';
const LEVEL = ['', '非常不满意', '不满意', '基本满意', '满意', '非常满意'];

/**
 * SPEC §3 flow 5, the district reading results: ratings of 不满意 or worse, newest first, with
 * the contact a resident left (with consent) so staff can call back (回访). Reading them is a
 * staff read of personal data, which the API audits.
 */
export function followUpsDesk(container: HTMLElement): { reload(): Promise<void> } {
  const reload = async () => {
    container.setAttribute('aria-busy', 'true');
    try {
      const { data } = await staffApi.call(listSurveyFollowUpsRoute, {
        params: { id: SURVEY },
      });
      fill(
        container,
        data.length === 0 ? h('p', { class: 'empty' }, '没有需要回访的评价。') : table(data),
      );
    } catch (error) {
      fill(container, h('p', { role: 'alert' }, `回访清单加载失败：${describeError(error)}`));
    }
  };
  return { reload };
}

function table(followUps: readonly FollowUp[]): HTMLTableElement {
  return h(
    'table',
    {},
    h('caption', {}, `“一老一小”关爱服务等项目：${followUps.length} 条低评价待回访`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['评价时间', '评价', '意见', '联系人'].map((title) => h('th', { scope: 'col' }, title)),
      ),
    ),
    h(
      'tbody',
      {},
      ...followUps.map((item) =>
        h(
          'tr',
          {},
          h('td', {}, when(item.createdAt)),
          h('td', {}, LEVEL[item.rating] ?? String(item.rating)),
          h('td', {}, item.comment ?? '—'),
          h(
            'td',
            {},
            item.contact ? `${item.contact.name} ${item.contact.mobile}` : '未留联系方式',
          ),
        ),
      ),
    ),
  );
}
