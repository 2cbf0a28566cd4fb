import type { Locale } from '@wushe/schema';

/**
 * The wording of `<wushe-donate-button>` and its dialog in one locale. Every locale is bundled
 * with the button (a few words each): loading one on demand would cost more code than the words,
 * and would flash the wrong language on the button of an English or Traditional page.
 */
export interface DonateButtonStrings {
  readonly locale: Locale;
  /** The button's label when the page gives none. */
  readonly donate: string;
  /** The dialog's accessible name. */
  readonly dialog: string;
  readonly close: string;
  /** The dialog's code could not be loaded (offline). */
  readonly failed: string;
}

export const zhCN: DonateButtonStrings = {
  locale: 'zh-CN',
  donate: '我要捐款',
  dialog: '向社区基金捐款',
  close: '关闭',
  failed: '暂时无法打开捐款窗口，请检查网络后重试',
};
