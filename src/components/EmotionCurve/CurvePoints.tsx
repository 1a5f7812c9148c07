import type { NormalizedJourney } from '../../model/normalize';
import type { JourneyLabels } from '../labels';
import { valenceColor } from './CurvePlot';
import type { CurveGeometry } from './useCurveGeometry';
import type { CurveTooltip } from './useCurveTooltip';

/**
 * The curve's points and their words, as HTML over the SVG so that they keep their shape
 * whatever the drawing's aspect ratio, and text wraps and mirrors naturally. Hovering or
 * focusing a point makes it the subject of the curve's tooltip.
 *
 * Each point is an image named by its stage, score, feeling and persona. Points take
 * focus only when clicked or focused by code, never by Tab (the map is one tab stop);
 * until each is a keyboard stop of its own, a point stands for its curve's cell in the
 * map's arrow-key navigation (`navKey`).
 */
export function CurvePoints({
  geometry,
  height,
  model,
  labels,
  showPointLabels,
  navKey,
  tooltip,
}: {
  geometry: CurveGeometry;
  height: number;
  model: NormalizedJourney;
  labels: JourneyLabels;
  showPointLabels: boolean;
  navKey: string;
  tooltip: CurveTooltip;
}) {
  const { width, series, bothScenarios, momentStages } = geometry;
  const single = series.length === 1;
  const pct = (x: number) => `${width > 0 ? (x / width) * 100 : 0}%`;
  const stageName = (id: string) => model.stages.get(id)?.name ?? '';
  const { shown } = tooltip;
  return (
    <>
      {series.map((g, si) =>
        g.points.map((p, pi) => {
          // With several curves, highs and lows are marked by shape only; words would collide.
          const extreme = pi === g.high ? 'high' : pi === g.low ? 'low' : undefined;
          const mark = single ? extreme : undefined;
          const described = shown?.series === si && shown.point === pi;
          return (
            <span
              key={`${g.key}-${p.stageId}`}
              role="img"
              aria-label={labels.emotionPoint({ name: g.name, stage: stageName(p.stageId), score: p.score, label: p.label })}
              aria-describedby={described ? tooltip.id : undefined}
              tabIndex={-1}
              className="jm-EmotionCurve-point"
              data-nav-key={navKey}
              data-valence={p.valence}
              data-scenario={g.scenario}
              data-extreme={extreme}
              data-stage-id={p.stageId}
              data-moment-of-truth={momentStages.has(model.stageIndex.get(p.stageId) ?? -1) ? '' : undefined}
              style={{ left: pct(p.x), top: p.y, color: single || bothScenarios ? valenceColor(p.valence) : g.color }}
              onPointerEnter={(event) => tooltip.point({ series: si, point: pi }, event.currentTarget)}
              onFocus={(event) => tooltip.point({ series: si, point: pi }, event.currentTarget)}
            >
              {(mark || (single && showPointLabels && p.label)) && (
                <span className="jm-EmotionCurve-pointLabel" data-below={p.y < height / 2 ? '' : undefined}>
                  {mark && <strong>{mark === 'high' ? labels.high : labels.low}</strong>}
                  {mark && p.label && single ? ' · ' : ''}
                  {single && showPointLabels ? p.label : ''}
                </span>
              )}
            </span>
          );
        }),
      )}
    </>
  );
}
