import { loadLocaleSet, useLocaleSet, type LocaleSets } from '../components/useLocaleLabels';
import type { LabelLocale } from '../model/locale';
import type { ViewLabels } from './labels';

/** The decision views' label sets, each fetched the first time a view in its language is drawn. */
const VIEW_SETS: LocaleSets<ViewLabels> = {
  'zh-Hans': () => import('../locales/views/zh-Hans').then((m) => m.zhHansViewLabels),
  'zh-Hant': () => import('../locales/views/zh-Hant').then((m) => m.zhHantViewLabels),
  ru: () => import('../locales/views/ru').then((m) => m.ruViewLabels),
  ar: () => import('../locales/views/ar').then((m) => m.arViewLabels),
};

/** Starts (once) loading the views' label set of `locale`. */
export const loadViewLabelSet = (locale: LabelLocale): Promise<void> => loadLocaleSet(VIEW_SETS, locale);

/** The views' shipped label set for the language tag `tag`, once loaded; `undefined` for English and meanwhile. */
export const useViewLocaleLabels = (tag: string | undefined): ViewLabels | undefined => useLocaleSet(VIEW_SETS, tag);
