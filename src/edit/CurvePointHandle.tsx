import { useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import {
  pointValueText,
  removeScoreChange,
  scoreAtY,
  setFeelingChange,
  setScoreChange,
  stepScore,
  type CurveKey,
  type ScoreScale,
} from '../layout/curveEditing';
import type { LinearScale } from '../layout/emotion';
import type { JourneyChange } from '../model/changes';
import type { Emotion, Journey } from '../model/types';
import { InlineTitle } from './InlineTitle';
import type { EditorLabels, PointWords } from './labels';

/** Props of {@link CurvePointHandle}. */
export interface CurvePointHandleProps {
  journey: Journey;
  curve: CurveKey;
  point: Emotion;
  /** The lane's score → y scale, as the curve draws it. */
  y: LinearScale;
  /** Pixels from the column's centre, to keep it clear of another curve's point at the same height. */
  offset: number;
  scale: ScoreScale;
  words: PointWords;
  labels: EditorLabels;
  /** Applies changes through the editor; `focus` names the control (by {@link POINT_ATTR}) to focus once drawn. */
  commit: (changes: JourneyChange[], focus?: string) => void;
}

/** The attribute naming a curve control (`point:` or `add:`, then its stage and curve), to give focus to it once drawn. */
export const POINT_ATTR = 'data-jm-point';

/** The name of the point of curve `curve` at stage `stage` among the curve controls. */
export const pointId = (stage: string, curve: CurveKey): string => `${stage}:${curve.persona ?? ''}:${curve.scenario ?? 'current'}`;

/** Gives focus back to `el` unless the user has put it somewhere else meanwhile. */
const refocus = (el: HTMLElement | null) =>
  requestAnimationFrame(() => {
    const now = document.activeElement;
    if (!now || now === document.body || !now.isConnected) el?.focus();
  });

const small: CSSProperties = {
  width: 24,
  height: 24,
  padding: 0,
  borderRadius: 4,
  border: '1px solid var(--jm-color-border)',
  background: 'var(--jm-color-background)',
  color: 'var(--jm-color-text)',
  font: 'inherit',
  fontSize: 13,
  lineHeight: 1,
  cursor: 'pointer',
};

/**
 * One point of the curve as a vertical slider (the WAI-ARIA slider pattern): its value the
 * score, said with the feeling; arrows, Page Up/Down, Home and End change it one change a
 * press; dragged with the pointer it snaps to the scale and is changed once, on release. F2
 * or Enter edits the feeling, Delete removes the point; two buttons beside the focused or
 * pointed-at point do the same.
 */
export function CurvePointHandle({ journey, curve, point, y, offset, scale, words, labels, commit }: CurvePointHandleProps) {
  const [preview, setPreview] = useState<number | null>(null);
  const [shown, setShown] = useState<'focus' | 'hover' | null>(null);
  const [editing, setEditing] = useState(false);
  const plotTop = useRef<number | null>(null);
  const slider = useRef<HTMLSpanElement>(null);
  const score = preview ?? point.score;
  const id = pointId(point.stage, curve);
  const top = `calc(${y(score)}px + var(--jm-spacing) * 1.5)`;

  const set = (next: number | undefined) => {
    const change = next === undefined ? undefined : setScoreChange(journey, curve, point.stage, next);
    if (change) commit([change]);
  };
  const remove = () => {
    const change = removeScoreChange(journey, curve, point.stage);
    if (change) commit([change], `add:${id}`);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = stepScore(point.score, event.key, scale);
    if (next !== undefined) set(next);
    else if (event.key === 'F2' || event.key === 'Enter') setEditing(true);
    else if (event.key === 'Delete' || event.key === 'Backspace') remove();
    else return;
    // The map's own navigation must not also move focus on these keys.
    event.preventDefault();
    event.stopPropagation();
  };
  const drag = {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      if (event.button !== 0) return;
      const plot = event.currentTarget.closest('.jm-EmotionCurve-plot');
      if (!plot) return;
      try {
        // The moves keep coming here when the pointer leaves the point on the way.
        event.currentTarget.setPointerCapture(event.pointerId);
      } catch {
        // A pointer the browser does not know as active (a synthetic one) cannot be captured; the moves still come while over the point.
      }
      plotTop.current = plot.getBoundingClientRect().top;
      setPreview(point.score);
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      if (plotTop.current === null) return;
      setPreview(scoreAtY(event.clientY - plotTop.current, (v) => y.invert(v), scale));
    },
    onPointerUp: () => {
      if (plotTop.current === null) return;
      plotTop.current = null;
      setPreview(null);
      set(preview ?? undefined);
    },
    onPointerCancel: () => {
      plotTop.current = null;
      setPreview(null);
    },
  };

  return (
    <span
      className="jm-JourneyEditor-point"
      onFocus={() => setShown('focus')}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setShown(null);
      }}
      onPointerEnter={() => setShown((s) => s ?? 'hover')}
      onPointerLeave={() => setShown((s) => (s === 'hover' ? null : s))}
    >
      <span
        ref={slider}
        role="slider"
        tabIndex={0}
        {...{ [POINT_ATTR]: `point:${id}` }}
        className="jm-JourneyEditor-pointHandle"
        aria-label={labels.point(words)}
        aria-orientation="vertical"
        aria-valuemin={scale.min}
        aria-valuemax={scale.max}
        aria-valuenow={score}
        aria-valuetext={pointValueText(score, point.label)}
        data-dragging={preview !== null ? '' : undefined}
        onKeyDown={onKeyDown}
        onDoubleClick={() => setEditing(true)}
        {...drag}
        style={{
          position: 'absolute',
          left: `calc(50% + ${offset}px)`,
          top,
          width: 24,
          height: 24,
          transform: 'translate(-50%, -50%)',
          boxSizing: 'border-box',
          borderRadius: '50%',
          border: `2px solid ${shown || preview !== null ? 'var(--jm-color-accent)' : 'transparent'}`,
          outline: shown === 'focus' ? '2px solid var(--jm-color-accent)' : 'none',
          outlineOffset: 2,
          cursor: preview !== null ? 'grabbing' : 'ns-resize',
          touchAction: 'none',
        }}
      >
        {(shown || preview !== null) && (
          <span
            aria-hidden="true"
            className="jm-JourneyEditor-pointValue"
            style={{
              position: 'absolute',
              insetInlineEnd: 'calc(100% + 6px)',
              top: '50%',
              transform: 'translateY(-50%)',
              padding: '1px 4px',
              borderRadius: 4,
              background: 'var(--jm-color-text)',
              color: 'var(--jm-color-background)',
              fontSize: 12,
              whiteSpace: 'nowrap',
              pointerEvents: 'none',
            }}
          >
            {/* A signed number reads the same way in a right-to-left map: “+1”, never “1+”. */}
            <span dir="ltr">{pointValueText(score)}</span>
          </span>
        )}
      </span>
      {shown && preview === null && !editing && (
        <span
          className="jm-JourneyEditor-pointTools"
          style={{
            position: 'absolute',
            top,
            // On the point's inline-end side (mirrored right to left), moved with it when it is set aside.
            insetInlineStart: 'calc(50% + 18px)',
            transform: `translate(${offset}px, -50%)`,
            display: 'flex',
            gap: 2,
            zIndex: 3,
          }}
        >
          <button type="button" aria-label={labels.editFeeling(words)} style={small} onClick={() => setEditing(true)}>
            ✎
          </button>
          <button type="button" aria-label={labels.removePoint(words)} style={small} onClick={remove}>
            ✕
          </button>
        </span>
      )}
      {editing && (
        // Keys typed in the field are its own, not the map's navigation.
        <span onKeyDown={(event) => event.stopPropagation()}>
          <InlineTitle
            initial={point.label ?? ''}
            label={labels.feelingField(words)}
            emptyMessage=""
            optional
            box={{ position: 'absolute', top, left: 0, width: '100%', minWidth: '8em' }}
            onCancel={() => {
              setEditing(false);
              refocus(slider.current);
            }}
            onCommit={(text) => {
              setEditing(false);
              refocus(slider.current);
              const change = setFeelingChange(journey, curve, point.stage, text);
              if (change) commit([change]);
            }}
          />
        </span>
      )}
    </span>
  );
}
