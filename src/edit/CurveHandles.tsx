import { useEffect, useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../components/context';
import { createPortal } from 'react-dom';
import { editableCurves, newPointScore, onCurve, scoreScale, type CurveKey } from '../layout/curveEditing';
import { emotionYScale } from '../layout/emotion';
import type { JourneyChange } from '../model/changes';
import type { Journey } from '../model/types';
import type { EditorLabels, PointWords } from './labels';
import { CurvePointHandle, POINT_ATTR, pointId } from './CurvePointHandle';

/** Props of {@link CurveHandles}. */
export interface CurveHandlesProps {
  root: RefObject<HTMLElement | null>;
  journey: Journey;
  labels: EditorLabels;
  /** Applies changes through the editor (announced and undoable). */
  commit: (changes: JourneyChange[]) => void;
}

/** A stage cell of a curve drawn as a chart, with the height of its drawing. */
interface CurveCell {
  el: HTMLElement;
  stageId: string;
  height: number;
}

/** The stage cells of every curve drawn as a chart, in the page's order. */
function curveCells(root: HTMLElement | null): CurveCell[] {
  return Array.from(root?.querySelectorAll<HTMLElement>('.jm-EmotionCurve-stage[data-view="chart"][data-stage-id]') ?? [], (el) => ({
    el,
    stageId: el.getAttribute('data-stage-id')!,
    height: el.closest<HTMLElement>('.jm-EmotionCurve-plot')?.clientHeight ?? 0,
  }));
}

/** Room each control of the curve needs, so that two never overlap (targets of at least 24 by 24 pixels). */
const ROOM = 28;

/**
 * Horizontal offsets from the column's centre for controls at heights `ys`: each control
 * closer than {@link ROOM} to an earlier one is put beside them, alternately after and before.
 */
export function spread(ys: readonly number[]): number[] {
  return ys.map((y, i) => {
    const k = ys.slice(0, i).filter((other) => Math.abs(other - y) < ROOM).length;
    return k % 2 ? ((k + 1) / 2) * ROOM : -(k / 2) * ROOM;
  });
}

const sameCells = (a: CurveCell[], b: CurveCell[]) =>
  a.length === b.length && a.every((c, i) => c.el === b[i]!.el && c.height === b[i]!.height);

/**
 * The emotion curve, editable: over each point a slider (Up and Down change its score,
 * Home and End go to the scale's ends, the pointer drags it, snapping to the scale), and at
 * each stage a curve has no point an "Add a score" button. Drawn into the curve's stage
 * cells, so the map itself draws nothing more for pages that only view it.
 */
export function CurveHandles({ root, journey, labels, commit }: CurveHandlesProps) {
  const [cells, setCells] = useState<CurveCell[]>([]);
  // After the commit (not in layout): the editor's root ref is attached after its children's layout effects.
  useEffect(() => {
    const find = () => {
      const found = curveCells(root.current);
      setCells((old) => (sameCells(old, found) ? old : found));
    };
    find();
    // The curve is drawn after the grid has measured its columns, and again in another view.
    const observer = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(find);
    if (root.current) observer?.observe(root.current, { childList: true, subtree: true, attributeFilter: ['data-view'] });
    return () => observer?.disconnect();
  }, [root, journey]);

  // The control to focus once drawn: the point added, or the Add button of a point removed.
  const [focus, setFocus] = useState<{ id: string } | null>(null);
  useIsomorphicLayoutEffect(() => {
    if (focus) root.current?.querySelector<HTMLElement>(`[${POINT_ATTR}="${CSS.escape(focus.id)}"]`)?.focus();
  }, [root, focus, cells]);
  const apply = (changes: JourneyChange[], id?: string) => {
    commit(changes);
    if (id) setFocus({ id });
  };

  const curves = editableCurves(journey);
  const scale = scoreScale(journey);
  const several = curves.length > 1;
  const words = (key: CurveKey, stageId: string): PointWords => ({
    stage: journey.stages.find((s) => s.id === stageId)?.name ?? stageId,
    persona: several && key.persona ? (journey.personas.find((p) => p.id === key.persona)?.name ?? key.persona) : null,
    future: key.scenario === 'future',
  });
  return (
    <>
      {cells.map(({ el, stageId, height }, cellIndex) => {
        if (!journey.stages.some((s) => s.id === stageId) || height <= 0) return null;
        const y = emotionYScale({ min: scale.min, max: scale.max, height });
        const points = curves.map((key) => journey.emotions.find((e) => e.stage === stageId && onCurve(e, key)));
        const offsets = spread(points.map((p) => y(p?.score ?? newPointScore(journey))));
        return createPortal(
          curves.map((key, i) => {
            const point = points[i];
            const id = pointId(stageId, key);
            if (point)
              return (
                <CurvePointHandle
                  key={id}
                  journey={journey}
                  curve={key}
                  point={point}
                  y={y}
                  offset={offsets[i]!}
                  scale={scale}
                  words={words(key, stageId)}
                  labels={labels}
                  commit={apply}
                />
              );
            return (
              <button
                key={id}
                type="button"
                className="jm-JourneyEditor-addPoint"
                aria-label={labels.addPoint(words(key, stageId))}
                {...{ [POINT_ATTR]: `add:${id}` }}
                data-persona={key.persona}
                data-scenario={key.scenario ?? 'current'}
                onClick={() =>
                  apply(
                    [
                      {
                        type: 'emotion/set',
                        emotion: {
                          stage: stageId,
                          ...(key.persona && { persona: key.persona }),
                          score: newPointScore(journey),
                          ...(key.scenario && { scenario: key.scenario }),
                        },
                      },
                    ],
                    `point:${id}`,
                  )
                }
                style={{
                  position: 'absolute',
                  // Several curves' buttons side by side, around the column's centre.
                  left: `calc(50% + ${offsets[i]!}px)`,
                  top: `calc(${y(newPointScore(journey))}px + var(--jm-spacing) * 1.5)`,
                  transform: 'translate(-50%, -50%)',
                  width: 24,
                  height: 24,
                  padding: 0,
                  borderRadius: '50%',
                  border: '2px dashed var(--jm-color-accent)',
                  background: 'var(--jm-color-background)',
                  color: 'var(--jm-color-text)',
                  font: 'inherit',
                  lineHeight: 1,
                  cursor: 'pointer',
                }}
              >
                +
              </button>
            );
          }),
          el,
          `${stageId}:${cellIndex}`,
        );
      })}
    </>
  );
}
