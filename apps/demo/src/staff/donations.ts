import { confirmDonationRoute, type ConfirmDonationRequest } from '@wushe/schema';
import { describeError, fieldErrors, recentEntries, staffApi, type RecentEntry } from './api.js';
import { announce, fill, h, showFieldErrors, textOf, when, yuan } from './dom.js';

const CHANNEL: Readonly<Record<string, string>> = {
  offline: '线下认捐',
  sandbox: '在线支付（沙箱）',
  wechat_pay: '微信支付',
  alipay: '支付宝',
  unionpay: '银联',
};
const STATUS: Readonly<Record<string, string>> = {
  pending: '待确认',
  succeeded: '已到账',
  failed: '未到账',
  refunded: '已退款',
};

/**
 * SPEC §3 flow 4, the staff half: when a pledged transfer arrives, staff confirm it and the
 * fund's total moves (once) on every open page. Lists the pledges made through this portal;
 * `form` confirms any donation by its id (a pledge made elsewhere, or the demo's seeded one).
 */
export function donationsDesk(
  list: HTMLElement,
  form: HTMLFormElement,
  result: HTMLElement,
): { reload(): Promise<void> } {
  const reload = async () => {
    list.setAttribute('aria-busy', 'true');
    try {
      const pledges = (await recentEntries()).filter((entry) => entry.type === 'donation');
      fill(
        list,
        pledges.length === 0
          ? h('p', { class: 'empty' }, '本站启动以来还没有新的认捐。')
          : h('ul', { class: 'cards' }, ...pledges.map((pledge) => row(pledge, confirm))),
      );
    } catch (error) {
      fill(list, h('p', { role: 'alert' }, describeError(error)));
    }
  };

  /** Confirms (or fails) one donation; `form` shows field errors, the result says what happened. */
  const confirm = async (id: string, body: ConfirmDonationRequest, where: HTMLFormElement) => {
    result.textContent = '';
    delete result.dataset.kind;
    showFieldErrors(where, {});
    try {
      const donation = await staffApi.call(confirmDonationRoute, {
        params: { id },
        body,
      });
      const message =
        donation.status === 'succeeded'
          ? `已确认到账：${donation.id}，${yuan(donation.amountFen)} 已计入基金。`
          : `已标记未到账：${donation.id}。`;
      result.textContent = message;
      announce(message);
      await reload();
    } catch (error) {
      // The form's own fields only; any other problem is said in words below it.
      const errors = fieldErrors(error);
      const mine = Object.fromEntries(
        Object.entries(errors).filter(([name]) => name === 'id' || name === 'providerReference'),
      );
      if (Object.keys(mine).length > 0) showFieldErrors(where, mine);
      else {
        result.dataset.kind = 'error';
        result.textContent = `确认失败：${describeError(error)}`;
      }
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const succeeded = (event.submitter as HTMLButtonElement | null)?.value !== 'failed';
    void confirm(textOf(data, 'id'), bodyOf(data, succeeded), form);
  });
  return { reload };
}

function bodyOf(data: FormData, succeeded: boolean): ConfirmDonationRequest {
  const providerReference = textOf(data, 'providerReference');
  return { succeeded, ...(providerReference ? { providerReference } : {}) };
}

/** One pledge, with its confirm form while it is pending. */
function row(
  pledge: RecentEntry,
  confirm: (id: string, body: ConfirmDonationRequest, form: HTMLFormElement) => Promise<void>,
): HTMLLIElement {
  const pending = pledge.status === 'pending';
  const fieldId = `${pledge.id}-reference`;
  const form = h(
    'form',
    { class: 'inline-form', novalidate: true },
    h('label', { for: fieldId }, '银行流水号（选填）'),
    h('input', { id: fieldId, name: 'providerReference', maxlength: 64, autocomplete: 'off' }),
    h('p', { class: 'field-error', id: `${fieldId}-error`, hidden: true }),
    h('button', { type: 'submit', value: 'succeeded' }, '确认到账'),
    h('button', { type: 'submit', value: 'failed', class: 'secondary' }, '标记未到账'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const succeeded = (event.submitter as HTMLButtonElement | null)?.value !== 'failed';
    void confirm(pledge.id, bodyOf(new FormData(form), succeeded), form);
  });
  const headingId = `pledge-${pledge.id}`;
  return h(
    'li',
    { class: 'card', 'data-donation': pledge.id, 'aria-labelledby': headingId },
    h(
      'h3',
      { id: headingId },
      `${yuan(pledge.amountFen ?? 0)} · ${pledge.donorName ?? '匿名'} · ${STATUS[pledge.status ?? ''] ?? pledge.status}`,
    ),
    h(
      'dl',
      { class: 'facts-list' },
      h('dt', {}, '捐赠编号'),
      h('dd', {}, h('code', {}, pledge.id)),
      h('dt', {}, '转账附言'),
      h('dd', {}, h('code', {}, pledge.reference ?? '—')),
      h('dt', {}, '方式'),
      h('dd', {}, CHANNEL[pledge.channel ?? ''] ?? pledge.channel ?? ''),
      h('dt', {}, '认捐时间'),
      h('dd', {}, when(pledge.createdAt)),
    ),
    pending && form,
  );
}
