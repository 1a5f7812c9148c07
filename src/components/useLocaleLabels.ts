import { useEffect, useReducer } from 'react';
import { labelLocaleOf, type LabelLocale } from '../model/locale';
import type { JourneyLabels } from './labels';

/**
 * Each shipped label set in a chunk of its own, fetched the first time a journey in its
 * language is drawn: a page of English maps loads none of them.
 */
const LOADERS: Record<LabelLocale, () => Promise<JourneyLabels>> = {
  'zh-Hans': () => import('../locales/zh-Hans').then((m) => m.zhHansLabels),
  'zh-Hant': () => import('../locales/zh-Hant').then((m) => m.zhHantLabels),
  ru: () => import('../locales/ru').then((m) => m.ruLabels),
  ar: () => import('../locales/ar').then((m) => m.arLabels),
};

const loaded = new Map<LabelLocale, JourneyLabels>();
const loading = new Map<LabelLocale, Promise<void>>();

/** Starts (once) loading the set of `locale`; resolves when it is ready, or when it failed (the English labels stay). */
export function loadLabelSet(locale: LabelLocale): Promise<void> {
  const started = loading.get(locale);
  if (started) return started;
  const promise = LOADERS[locale]().then(
    (labels) => {
      loaded.set(locale, labels);
    },
    () => {
      // A failed fetch may be tried again by the next part in this language.
      loading.delete(locale);
    },
  );
  loading.set(locale, promise);
  return promise;
}

/**
 * The shipped label set for the language tag `tag` (a journey's `locale`), or `undefined`
 * for English, for a language with no set, and while the set is still loading — the part
 * draws in English meanwhile and again in its language once the set has arrived.
 */
export function useLocaleLabels(tag: string | undefined): JourneyLabels | undefined {
  const locale = labelLocaleOf(tag);
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  const ready = locale ? loaded.get(locale) : undefined;
  useEffect(() => {
    if (!locale || loaded.has(locale)) return;
    let live = true;
    void loadLabelSet(locale).then(() => {
      if (live && loaded.has(locale)) arrived();
    });
    return () => {
      live = false;
    };
  }, [locale]);
  return ready;
}
