/**
 * The label sets the package ships besides English: every string a map, a decision view
 * and the editor show that does not come from the journey, in Simplified and Traditional
 * Chinese, Russian and Arabic (`arLabels` for the map, `arViewLabels` for the views,
 * `arEditorLabels` for the editor, and so on).
 *
 * A map picks the set matching `journey.locale` by itself, loading it on demand (a page
 * that draws English maps ships none of them). Import a set from here to have it at once —
 * for server rendering, so that the first paint is already in the journey's language — or
 * to use it whatever the journey says: `<JourneyMap journey={j} labels={ruLabels} />`,
 * `<OpportunityMatrix journey={j} viewLabels={ruViewLabels} />`,
 * `<JourneyEditor journey={j} editorLabels={ruEditorLabels} />`. The views and the editor
 * pick their sets by the journey's language just as the map does.
 * @packageDocumentation
 */
export { zhHansLabels } from './zh-Hans';
export { zhHantLabels } from './zh-Hant';
export { ruLabels } from './ru';
export { arLabels } from './ar';
export { labelLocaleOf, LABEL_LOCALES } from '../model/locale';
export type { LabelLocale } from '../model/locale';
export { zhHansViewLabels } from './views/zh-Hans';
export { zhHantViewLabels } from './views/zh-Hant';
export { ruViewLabels } from './views/ru';
export { arViewLabels } from './views/ar';
export { zhHansEditorLabels } from './edit/zh-Hans';
export { zhHantEditorLabels } from './edit/zh-Hant';
export { ruEditorLabels } from './edit/ru';
export { arEditorLabels } from './edit/ar';
