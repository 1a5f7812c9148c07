import { defaultLabels } from '../src';
import { arLabels, ruLabels, zhHansLabels, zhHantLabels } from '../src/locales';

export { arLabels, ruLabels, zhHansLabels, zhHantLabels };

/**
 * The label sets the package ships (react-journey-map/locales), by locale, for the
 * toolbar's locale menu. English is the library's default.
 */
export const labelsByLocale = { en: defaultLabels, zh: zhHansLabels, 'zh-Hant': zhHantLabels, ru: ruLabels, ar: arLabels } as const;
/** A locale the stories ship labels for. */
export type StoryLocale = keyof typeof labelsByLocale;
