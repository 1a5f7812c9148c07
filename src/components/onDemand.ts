import { lazyPart } from './lazy';

/**
 * The parts of a map loaded on demand (see `lazyPart`): the card details popover, with
 * its focus manager, and the emotion curve's tooltip. Both are floating elements, and
 * floating-ui comes with them, out of the first load.
 */
export const CardPopover = /* @__PURE__ */ lazyPart(() => import('./TouchpointCard/CardPopover').then((m) => m.CardPopover));

/** The emotion curve's one tooltip (see `useCurveTooltip`). */
export const CurveTooltip = /* @__PURE__ */ lazyPart(() => import('./EmotionCurve/CurveTooltip').then((m) => m.CurveTooltip));

export { preloadParts } from './lazy';
