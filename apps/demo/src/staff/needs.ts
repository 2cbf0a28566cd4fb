import {
  getNeedRoute,
  listNeedsRoute,
  updateNeedRoute,
  type Need,
  type NeedCategory,
  type NeedStatus,
  type UpdateNeedRequest,
} from '@wushe/schema';
// The shared wording alone (not the index, which defines every widget).
import { zhCNDomain } from '@wushe/elements/locales/zh-CN.js';
import { COMMUNITY, describeError, fieldErrors, staffApi } from './api.js';
import { announce, fill, h, showFieldErrors, when, yuan } from './dom.js';

/** The 需求清单 categories as staff read them: the widgets' own zh-CN labels, so both say the same. */
const CATEGORY: Readonly<Record<NeedCategory, string>> = zhCNDomain.categories;

/** One queue of needs in one status, and what staff can do to each. */
interface Queue {
  readonly status: Extract<NeedStatus, 'pending_review' | 'claimed'>;
  readonly container: HTMLElement;
  readonly empty: string;
}

/**
 * The two needs queues of SPEC §3 flow 1: needs waiting for review (publish, or reject with a
 * reason the resident is told) and claimed needs (mark fulfilled, or release the claim). Every
 * action reloads both, since a need moves between them.
 */
export function needsDesk(review: HTMLElement, claimed: HTMLElement): { reload(): Promise<void> } {
  const queues: Queue[] = [
    { status: 'pending_review', container: review, empty: '没有待审核的需求。' },
    { status: 'claimed', container: claimed, empty: '没有待完成的已认领需求。' },
  ];
  const reload = async () => {
    await Promise.all(queues.map((queue) => load(queue, reload)));
  };
  return { reload };
}

async function load(queue: Queue, reload: () => Promise<void>): Promise<void> {
  queue.container.setAttribute('aria-busy', 'true');
  try {
    const page = await staffApi.call(listNeedsRoute, {
      query: { community: COMMUNITY, status: queue.status, limit: 50 },
    });
    fill(
      queue.container,
      page.data.length === 0
        ? h('p', { class: 'empty' }, queue.empty)
        : h('ul', { class: 'cards' }, ...page.data.map((need) => card(need, queue, reload))),
    );
  } catch (error) {
    fill(
      queue.container,
      h('p', { role: 'alert' }, `需求列表加载失败：${describeError(error)}`),
      h('button', { type: 'button', onclick: () => void load(queue, reload) }, '重试'),
    );
  }
}

function card(need: Need, queue: Queue, reload: () => Promise<void>): HTMLLIElement {
  const headingId = `need-${need.id}`;
  const facts = h(
    'dl',
    { class: 'facts-list' },
    h('dt', {}, '类别'),
    h('dd', {}, `${CATEGORY[need.category]} · ${need.kind === 'wish' ? '微心愿' : '服务需求'}`),
    need.valueFen !== null && h('dt', {}, '价值'),
    need.valueFen !== null && h('dd', {}, yuan(need.valueFen)),
    h('dt', {}, '发布'),
    h('dd', {}, `${need.requesterName ?? '匿名'} · ${when(need.createdAt)}`),
    need.claim && h('dt', {}, '认领人'),
    need.claim && h('dd', {}, `${need.claim.claimantName}（${when(need.claim.claimedAt)}）`),
  );
  const problem = h('p', { class: 'card-error', role: 'alert' });
  /** Sends one update; a wrong reason is shown on its field, anything else on the card. */
  const act = async (patch: UpdateNeedRequest, done: string, form?: HTMLFormElement) => {
    problem.textContent = '';
    try {
      await staffApi.call(updateNeedRoute, { params: { id: need.id }, body: patch });
      announce(`${done}：${need.title}`);
      await reload();
    } catch (error) {
      const reason = fieldErrors(error).reason;
      if (form && reason) showFieldErrors(form, { reason });
      else problem.textContent = `操作失败：${describeError(error)}`;
    }
  };
  const actions =
    queue.status === 'pending_review'
      ? [
          h(
            'button',
            { type: 'button', onclick: () => void act({ status: 'open' }, '已通过审核并公开') },
            '通过审核',
          ),
          reasonForm(need, 'reject', '不通过', '不通过原因（会告知居民）', (reason, form) =>
            act({ status: 'rejected', reason }, '已驳回', form),
          ),
        ]
      : [
          h(
            'button',
            {
              type: 'button',
              onclick: () => void act({ status: 'fulfilled' }, '已标记完成，请邀请居民评价'),
            },
            '标记完成',
          ),
          reasonForm(need, 'release', '释放认领', '释放原因（选填）', (reason, form) =>
            act(
              { releaseClaim: true, ...(reason ? { reason } : {}) },
              '已释放认领，需求重新开放',
              form,
            ),
          ),
        ];
  return h(
    'li',
    { class: 'card', 'data-need': need.id, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, need.title),
    h('p', {}, need.description),
    facts,
    contactReveal(need, problem),
    h('div', { class: 'actions' }, ...actions),
    problem,
  );
}

/**
 * The requester's contact, never public, shown on request: reading it is a staff read of
 * personal data, which the API audits (PIPL), so it is not fetched for every card.
 */
function contactReveal(need: Need, problem: HTMLElement): HTMLElement {
  const shown = h('span', { class: 'contact' });
  const button = h('button', { type: 'button', class: 'link' }, '查看联系方式（记入审计）');
  const reveal = async () => {
    try {
      const full = await staffApi.call(getNeedRoute, { params: { id: need.id } });
      // A secret key reads the staff view (a StaffNeed); the public one has no contact.
      if (!('contact' in full)) throw new Error('没有返回联系方式');
      // Erased on the requester's request, or 180 days after the need closed (PIPL).
      shown.textContent = full.contact
        ? `${full.contact.name} ${full.contact.mobile}`
        : '联系方式已删除';
      button.remove();
    } catch (error) {
      problem.textContent = `联系方式读取失败：${describeError(error)}`;
    }
  };
  button.addEventListener('click', () => void reveal());
  return h('p', { class: 'contact-line' }, '联系人：', shown, button);
}

/** A one-field form: a reason and the button that sends it. */
function reasonForm(
  need: Need,
  action: string,
  label: string,
  prompt: string,
  send: (reason: string, form: HTMLFormElement) => Promise<void>,
): HTMLFormElement {
  const id = `${need.id}-${action}`;
  const form = h(
    'form',
    { class: 'inline-form', novalidate: true },
    h('label', { for: id }, prompt),
    h('input', { id, name: 'reason', maxlength: 200, autocomplete: 'off' }),
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
    h('button', { type: 'submit', class: 'secondary' }, label),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    showFieldErrors(form, {});
    void send(form.querySelector('input')!.value.trim(), form);
  });
  return form;
}
