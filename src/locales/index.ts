/**
 * The label sets the package ships besides English: every string a map shows that does
 * not come from the journey, in Simplified and Traditional Chinese, Russian and Arabic.
 *
 * A map picks the set matching `journey.locale` by itself, loading it on demand (a page
 * that draws English maps ships none of them). Import a set from here to have it at once —
 * for server rendering, so that the first paint is already in the journey's language — or
 * to use it whatever the journey says: `<JourneyMap journey={j} labels={ruLabels} />`.
 * @packageDocumentation
 */
export { zhHansLabels } from './zh-Hans';
export { zhHantLabels } from './zh-Hant';
export { ruLabels } from './ru';
export { arLabels } from './ar';
export { labelLocaleOf, LABEL_LOCALES } from '../model/locale';
export type { LabelLocale } from '../model/locale';
