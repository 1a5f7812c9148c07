import { loadLocaleSet, useLocaleSet, type LocaleSets } from '../components/useLocaleLabels';
import type { LabelLocale } from '../model/locale';
import type { EditorLabels } from './labels';

/** The editor's label sets, each fetched the first time an editor in its language is drawn. */
const EDITOR_SETS: LocaleSets<EditorLabels> = {
  'zh-Hans': () => import('../locales/edit/zh-Hans').then((m) => m.zhHansEditorLabels),
  'zh-Hant': () => import('../locales/edit/zh-Hant').then((m) => m.zhHantEditorLabels),
  ru: () => import('../locales/edit/ru').then((m) => m.ruEditorLabels),
  ar: () => import('../locales/edit/ar').then((m) => m.arEditorLabels),
};

/** Starts (once) loading the editor's label set of `locale`. */
export const loadEditorLabelSet = (locale: LabelLocale): Promise<void> => loadLocaleSet(EDITOR_SETS, locale);

/** The editor's shipped label set for the language tag `tag`, once loaded; `undefined` for English and meanwhile. */
export const useEditorLocaleLabels = (tag: string | undefined): EditorLabels | undefined => useLocaleSet(EDITOR_SETS, tag);
