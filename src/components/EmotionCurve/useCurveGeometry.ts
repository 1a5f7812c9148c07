import { useMemo } from 'react';
import type { EmotionScenario } from '../../model/types';
import type { NormalizedJourney } from '../../model/normalize';
import {
  columnCenters,
  curvePaint,
  emotionArea,
  emotionPath,
  emotionTicks,
  emotionYScale,
  equalColumns,
  extremes,
  personaColorScale,
  valenceScale,
  type ColumnBox,
  type LinearScale,
} from '../../layout/emotion';
import type { JourneyLabels } from '../labels';
import type { EmotionSeriesGeometry } from './types';

/** What the curve's parts draw: the columns, the scale and every series in pixels. */
export interface CurveGeometry {
  /** Stage columns in pixels. */
  columns: readonly ColumnBox[];
  /** The centre of each column. */
  centers: number[];
  /** Width of the drawing. */
  width: number;
  /** Pixels from the drawing's start edge (the right under right-to-left) to the first stage's centre. */
  room: number;
  /** Score → y: the lane's clamped linear scale. */
  y: LinearScale;
  /** The scores the axis labels. */
  ticks: number[];
  /** The y of the neutral baseline. */
  baseline: number;
  /** Every series drawn. */
  series: EmotionSeriesGeometry[];
  /** Whether current and future state are both drawn. */
  bothScenarios: boolean;
  /** `'valence'`: the lines and points are coloured by score; `'persona'`: each series in its persona's colour. */
  paint: 'valence' | 'persona';
  /** Index in `series` of the one series whose area is shaded, if any. */
  filled?: number;
  /** Indices of the stages that hold a moment of truth. */
  momentStages: ReadonlySet<number>;
}

/**
 * Lays the curve out: the measured stage columns (or equal ones before measuring and
 * on the server, mirrored right to left), the vertical scale and its ticks, and each
 * chosen series as points, paths, colours and valences.
 */
export function useCurveGeometry({
  model,
  labels,
  measured,
  rtl,
  height,
  personas,
  scenarios,
}: {
  model: NormalizedJourney;
  labels: JourneyLabels;
  measured: readonly ColumnBox[] | null;
  rtl: boolean;
  height: number;
  personas: readonly string[] | undefined;
  scenarios: readonly EmotionScenario[] | undefined;
}): CurveGeometry {
  const { journey, scale } = model;
  const stageCount = journey.stages.length;
  const columns = useMemo(() => {
    if (measured && measured.length === stageCount) return measured;
    return equalColumns({ count: stageCount, width: stageCount * 220, rtl });
  }, [measured, stageCount, rtl]);
  const momentStages = useMemo(() => {
    const set = new Set<number>();
    for (const card of journey.cards) if (card.momentOfTruth) set.add(model.stageIndex.get(card.stage) ?? 0);
    return set;
  }, [journey.cards, model.stageIndex]);
  const y = useMemo(() => emotionYScale({ min: scale.min, max: scale.max, height }), [scale.min, scale.max, height]);
  const ticks = useMemo(() => emotionTicks({ scale: y }), [y]);
  const valenceOf = useMemo(() => valenceScale(scale), [scale]);
  const colorOf = useMemo(() => personaColorScale({ personas: journey.personas }), [journey.personas]);

  const width = columns.reduce((w, c) => Math.max(w, c.left + c.width), 0);
  const centers = columnCenters(columns);
  const room = centers.length === 0 ? width : rtl ? width - centers[0]! : centers[0]!;
  const baseline = y(scale.neutral);
  const chosen = model.emotionSeries.filter(
    (s) => (!personas || !s.persona || personas.includes(s.persona.id)) && (!scenarios || scenarios.includes(s.scenario)),
  );
  const bothScenarios = new Set(chosen.map((s) => s.scenario)).size > 1;
  const series = chosen.map((s): EmotionSeriesGeometry => {
    const points = s.points.map((p) => ({
      x: centers[p.index] ?? 0,
      y: y(p.score),
      score: p.score,
      stageId: p.stage,
      label: p.label,
      valence: valenceOf(p.score),
    }));
    // Draw the curve from the first stage to the last whatever the direction.
    const ordered = [...points].sort((a, b) => a.x - b.x);
    const personaName = s.persona?.name ?? journey.title;
    return {
      key: s.key,
      name: bothScenarios ? `${personaName} — ${s.scenario === 'future' ? labels.futureState : labels.currentState}` : personaName,
      scenario: s.scenario,
      color: colorOf(s.persona?.id),
      points,
      path: emotionPath({ points: ordered }),
      area: emotionArea({ points: ordered, baseline }),
      ...extremes(points.map((p) => p.score)),
    };
  });
  const { paint, filled } = curvePaint({ series: chosen.map((s) => ({ persona: s.persona?.id, scenario: s.scenario })) });
  return { columns, centers, width, room, y, ticks, baseline, series, bothScenarios, paint, filled, momentStages };
}
