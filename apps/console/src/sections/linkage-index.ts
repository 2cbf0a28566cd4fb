import { html } from 'lit';
import type { Locale } from '@wushe/schema';
import type { ConsoleSection } from './section.js';

const WORDING: Readonly<Record<Locale, { download: string; failed: string; saved: string }>> = {
  'zh-CN': { download: '下载 CSV', failed: '下载失败，请重试。', saved: '已下载。' },
  'zh-HK': { download: '下載 CSV', failed: '下載失敗，請重試。', saved: '已下載。' },
  en: { download: 'Download CSV', failed: 'The download failed; try again.', saved: 'Downloaded.' },
};

/**
 * The picked division's index as CSV (`Accept: text/csv`, the same table as the widget's), read
 * with the console's session cookie and saved as `linkage-index-<division>.csv`.
 */
async function downloadCsv(event: Event, division: string, lang: Locale): Promise<void> {
  const status = (event.currentTarget as HTMLElement).nextElementSibling as HTMLElement;
  status.textContent = '';
  const response = await fetch(`/v1/indicators?division=${encodeURIComponent(division)}`, {
    headers: { Accept: 'text/csv', 'Accept-Language': lang },
    credentials: 'same-origin',
  }).catch(() => undefined);
  if (!response?.ok) {
    status.textContent = WORDING[lang].failed;
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `linkage-index-${division}.csv`;
  link.click();
  URL.revokeObjectURL(url);
  status.textContent = WORDING[lang].saved;
}

/** 五社联动评价指标: the picked division's index with its drill-down, and the CSV of it. */
export const linkageIndexSection: ConsoleSection = {
  id: 'linkage-index',
  title: { 'zh-CN': '评价指标', 'zh-HK': '評價指標', en: 'Linkage index' },
  roles: ['district_admin', 'street_staff', 'community_staff', 'social_worker'],
  load: () => import('@wushe/elements/linkage-index.js'),
  render: ({ division, lang, elder }) =>
    html`<p class="actions">
        <button type="button" @click=${(event: Event) => void downloadCsv(event, division, lang)}>
          ${WORDING[lang].download}
        </button>
        <span role="status"></span>
      </p>
      <wushe-linkage-index
        division=${division}
        lang=${lang}
        ?elder=${elder}
      ></wushe-linkage-index>`,
};
