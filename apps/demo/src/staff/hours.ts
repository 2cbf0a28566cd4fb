import {
  createServiceRecordRoute,
  getVolunteerHoursRoute,
  listActivitiesRoute,
} from '@wushe/schema';
import { COMMUNITY, describeError, fieldErrors, recentEntries, staffApi } from './api.js';
import { announce, beijingToday, h, showFieldErrors, textOf, when } from './dom.js';

/** Half hours as hours a person reads: 5 → "2.5 小时". */
const hours = (halfHours: number) => `${halfHours / 2} 小时`;

/**
 * SPEC §3 flow 5, the staff half: the organiser records the hours a volunteer served (rounded to
 * half hours by the server's rule) and sees the volunteer's time-bank balance. The activity list
 * and the volunteer suggestions (registrations made through this portal) fill in as they load.
 */
export function hoursDesk(form: HTMLFormElement, result: HTMLElement): { reload(): Promise<void> } {
  const activity = form.querySelector<HTMLSelectElement>('select[name="activityId"]')!;
  const volunteers = form.querySelector<HTMLDataListElement>('datalist')!;
  const servedOn = form.querySelector<HTMLInputElement>('input[name="servedOn"]')!;
  servedOn.value ||= beijingToday();

  const reload = async () => {
    const [activities, recent] = await Promise.allSettled([
      staffApi.call(listActivitiesRoute, {
        query: { community: COMMUNITY, limit: 50 },
      }),
      recentEntries(),
    ]);
    if (activities.status === 'fulfilled') {
      const chosen = activity.value;
      activity.replaceChildren(
        h('option', { value: '' }, '不关联活动（如上门服务）'),
        ...activities.value.data.map((item) =>
          h('option', { value: item.id }, `${item.title}（${when(item.startsAt)}）`),
        ),
      );
      activity.value = chosen;
    }
    if (recent.status === 'fulfilled') {
      volunteers.replaceChildren(
        ...recent.value
          .filter((entry) => entry.type === 'volunteer')
          .map((entry) =>
            h('option', { value: entry.id }, `${entry.name ?? ''} ${entry.code ?? ''}`),
          ),
        h('option', { value: 'vol_pyLiZhiqiang' }, '李志强（演示数据）'),
      );
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void record(form, result);
  });
  return { reload };
}

async function record(form: HTMLFormElement, result: HTMLElement): Promise<void> {
  const data = new FormData(form);
  const text = (name: string) => textOf(data, name);
  const volunteerId = text('volunteerId');
  const activityId = text('activityId');
  const minutes = Number(text('minutes'));
  result.textContent = '';
  delete result.dataset.kind;
  showFieldErrors(form, {});
  try {
    const saved = await staffApi.call(createServiceRecordRoute, {
      body: {
        volunteerId,
        ...(activityId ? { activityId } : {}),
        servedOn: text('servedOn'),
        minutes: Number.isFinite(minutes) ? minutes : 0,
        content: text('content'),
      },
    });
    const bank = await staffApi.call(getVolunteerHoursRoute, {
      params: { id: volunteerId },
    });
    const message =
      `已记录 ${hours(saved.halfHours)}（${saved.minutes} 分钟按半小时取整）。` +
      `该志愿者累计服务 ${hours(bank.servedHalfHours)}，时间银行余额 ${hours(bank.balanceHalfHours)}。`;
    result.textContent = message;
    announce(message);
    form.querySelector<HTMLInputElement>('input[name="minutes"]')!.value = '';
  } catch (error) {
    const errors = fieldErrors(error);
    if (Object.keys(errors).length > 0) showFieldErrors(form, errors);
    result.dataset.kind = 'error';
    result.textContent = `未能记录：${describeError(error)}`;
  }
}
