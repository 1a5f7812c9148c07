import { useEffect, useReducer } from 'react';
import { labelLocaleOf, type LabelLocale } from '../model/locale';
import type { JourneyLabels } from './labels';

/**
 * Each shipped language's set of one kind of strings (the map's, the views', the editor's),
 * every set in a chunk of its own fetched the first time a part in its language is drawn:
 * a page in English loads none of them.
 */
export type LocaleSets<T> = Record<LabelLocale, () => Promise<T>>;

/** The sets that have arrived, and the fetches started, by the function that fetches them. */
const loaded = new Map<() => Promise<unknown>, unknown>();
const loading = new Map<() => Promise<unknown>, Promise<void>>();

/** Starts (once) the fetch `load` of a set; resolves when it is ready, or when it failed (English stays). */
function loadSet(load: () => Promise<unknown>): Promise<void> {
  const started = loading.get(load);
  if (started) return started;
  const promise = load().then(
    (set) => {
      loaded.set(load, set);
    },
    () => {
      // A failed fetch may be tried again by the next part in this language.
      loading.delete(load);
    },
  );
  loading.set(load, promise);
  return promise;
}

/** Starts (once) loading the set of `locale` among `sets`; resolves when it is ready, or when it failed. */
export const loadLocaleSet = <T>(sets: LocaleSets<T>, locale: LabelLocale): Promise<void> => loadSet(sets[locale]);

/**
 * The set among `sets` for the language tag `tag` (a journey's `locale`), or `undefined` for
 * English, for a language with no set, and while the set is still loading — the part
 * draws in English meanwhile and again in its language once the set has arrived.
 */
export function useLocaleSet<T>(sets: LocaleSets<T>, tag: string | undefined): T | undefined {
  const locale = labelLocaleOf(tag);
  const load = locale && sets[locale];
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!load || loaded.has(load)) return;
    let live = true;
    void loadSet(load).then(() => {
      if (live && loaded.has(load)) arrived();
    });
    return () => {
      live = false;
    };
  }, [load]);
  return load && (loaded.get(load) as T | undefined);
}

/** The map's label sets. */
const MAP_SETS: LocaleSets<JourneyLabels> = {
  'zh-Hans': () => import('../locales/zh-Hans').then((m) => m.zhHansLabels),
  'zh-Hant': () => import('../locales/zh-Hant').then((m) => m.zhHantLabels),
  ru: () => import('../locales/ru').then((m) => m.ruLabels),
  ar: () => import('../locales/ar').then((m) => m.arLabels),
};

/** Starts (once) loading the map's label set of `locale`. */
export const loadLabelSet = (locale: LabelLocale): Promise<void> => loadSet(MAP_SETS[locale]);

/** The map's shipped label set for the language tag `tag`, once loaded (see {@link useLocaleSet}). */
export const useLocaleLabels = (tag: string | undefined): JourneyLabels | undefined => useLocaleSet(MAP_SETS, tag);
