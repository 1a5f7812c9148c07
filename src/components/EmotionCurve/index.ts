export { EmotionCurve } from './EmotionCurve';
export type { EmotionCurveProps, EmotionCurveOwnProps, EmotionCurveRenderProps, EmotionSeriesGeometry } from './EmotionCurve';
