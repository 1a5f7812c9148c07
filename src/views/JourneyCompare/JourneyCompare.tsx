import { clsx } from 'clsx';
import { forwardRef, Fragment, useCallback, useMemo, type CSSProperties, type HTMLAttributes, type ReactNode } from 'react';
import type { Journey, Lane } from '../../model/types';
import type { CardPlace } from '../../model/diff';
import { buildJourneyCompare, cardMarkLines, type CompareMode, type JourneyCompareModel, type PartMark } from '../../layout/compare';
import { diffSummaryText } from '../../layout/diffSummary';
import { journeyProblems } from '../../components/problems';
import { ConfigScope, themeRootProps } from '../../components/JourneyConfigProvider/JourneyConfigProvider';
import { JourneyGrid } from '../../components/JourneyGrid/JourneyGrid';
import { EmotionCurve } from '../../components/EmotionCurve/EmotionCurve';
import { NoteContext, type PartNote } from '../../components/notes';
import { named } from '../../components/refs';
import { useControllableState } from '../../components/useControllableState';
import { useView, type ViewProps } from '../useView';
import type { ViewLabels } from '../labels';
import { CompareCurves, curveColor } from './CompareCurves';
import { compareWords, placeWords } from './words';

/** Props of {@link JourneyCompare}. */
export interface JourneyCompareProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'onError' | 'dir'>, Omit<ViewProps, 'journey'> {
  /** The old version of the journey: any value, validated like `after`. */
  before: unknown;
  /** The new version of the journey. */
  after: unknown;
  /** Which version is drawn (controlled): `'after'`, `'before'`, or `'both'` merged, removed parts as ghosts. Default: uncontrolled. */
  mode?: CompareMode;
  /** The version drawn at first (uncontrolled). Default `'both'`. */
  defaultMode?: CompareMode;
  /** Called with the version the user chose. */
  onModeChange?: (mode: CompareMode) => void;
  /** Heading level of the journey's title (1–6). Default: 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
}

const MODES: readonly CompareMode[] = ['both', 'after', 'before'];

/**
 * Two versions of a journey on one map, cell by cell: new cards marked, removed cards as
 * ghosts in their old cell, changed cards with each field's old and new value, moved cards
 * with where they came from, new and removed stages and lanes marked, both emotion curves
 * overlaid (the old one dashed) with each stage's change of score, and a summary line
 * ("+12 cards, −5, 7 changed · Checkout −2 → +1"). Every mark is part of its card's,
 * stage's or lane's description, so the keyboard and a screen reader meet the same.
 */
export const JourneyCompare = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLElement, JourneyCompareProps>(function JourneyCompare(props, ref) {
    // The view validates `before` first and, once it is valid, `after`: the notice and `onError` tell the first invalid one.
    const first = journeyProblems(props.before).length > 0 ? props.before : props.after;
    const {
      journey: valid,
      config,
      text,
      idPrefix,
      rest: { before, after, mode: modeProp, defaultMode = 'both', onModeChange, headingLevel = 2, className, style, ...rest },
    } = useView({ ...props, journey: first });
    const [mode = 'both', setMode] = useControllableState<CompareMode>({
      prop: modeProp,
      defaultProp: defaultMode,
      onChange: onModeChange,
    });
    const model = useMemo(
      () => (valid ? buildJourneyCompare(before as Journey, after as Journey, mode) : null),
      [valid, before, after, mode],
    );
    const l = config.labels;
    const summary = model && diffSummaryText(model.diff, l, (id) => stageName(model, id));
    const rtl = config.dir === 'rtl';
    const note = useMemo(() => model && partNote(model, mode, text, config.labels, rtl), [model, mode, text, config.labels, rtl]);
    const renderLane = useCallback(
      (lane: Lane) =>
        model && lane.kind === 'emotion' ? (
          <EmotionCurve laneId={lane.id}>
            {(geometry) => (
              <CompareCurves
                geometry={geometry}
                curves={model.curves}
                stageIndex={new Map(model.journey.stages.map((s, i) => [s.id, i]))}
                deltas={model.deltas}
              />
            )}
          </EmotionCurve>
        ) : undefined,
      [model],
    );

    const Title = `h${headingLevel}` as const;
    return (
      <article
        ref={ref}
        className={clsx(!config.themed && 'jm-root', 'jm-JourneyCompare', className)}
        {...themeRootProps(config, style)}
        dir={config.dir}
        lang={model?.journey.locale}
        aria-labelledby={`${idPrefix}-compare`}
        aria-describedby={summary ? `${idPrefix}-summary` : undefined}
        data-mode={mode}
        {...rest}
      >
        <ConfigScope config={config} themed>
          <header className="jm-JourneyCompare-header">
            <p className="jm-JourneyCompare-kind">{text.compareTitle}</p>
            <Title id={`${idPrefix}-compare`} className="jm-JourneyCompare-title" dir="auto">
              {model ? model.journey.title : text.compareTitle}
            </Title>
            {summary && (
              <p className="jm-JourneyCompare-summary" id={`${idPrefix}-summary`} dir="auto">
                {summary}
              </p>
            )}
            <div className="jm-JourneyCompare-controls">
              <fieldset className="jm-JourneyCompare-modes">
                <legend>{text.compareShow}</legend>
                {MODES.map((m) => (
                  <label key={m} data-checked={m === mode ? '' : undefined}>
                    <input type="radio" name={`${idPrefix}-mode`} value={m} checked={m === mode} onChange={() => setMode(m)} />
                    {text.compareModes[m]}
                  </label>
                ))}
              </fieldset>
              {model && model.curves.length > 0 && (
                <p className="jm-JourneyCompare-legend">
                  {model.curves.length > 1 &&
                    model.curves.map((c, i) => (
                      <span
                        key={c.key}
                        data-curve=""
                        style={{ '--jm-curve': curveColor(i, model.curves.length) } as CSSProperties}
                        dir="auto"
                      >
                        {[
                          model.journey.personas.find((p) => p.id === c.persona)?.name,
                          c.scenario === 'future' ? l.futureState : l.currentState,
                        ]
                          .filter(Boolean)
                          .join(' \u2014 ')}
                      </span>
                    ))}
                  <span data-version="after">{text.curveVersions.after}</span>
                  <span data-version="before">{text.curveVersions.before}</span>
                </p>
              )}
            </div>
          </header>
          {!model || !note ? (
            <div role="alert" className="jm-PartError">
              {l.partError}
            </div>
          ) : (
            <NoteContext.Provider value={note}>
              <JourneyGrid journey={model.journey} renderLane={renderLane} />
            </NoteContext.Provider>
          )}
        </ConfigScope>
      </article>
    );
  }),
  'JourneyCompare',
);

/** A stage's name in whichever version has it. */
function stageName(model: JourneyCompareModel, id: string): string {
  return (model.journey.stages.find((s) => s.id === id) ?? model.diff.stages.removed.find((s) => s.id === id))?.name ?? id;
}

/** A mark as a small label; each detail after it, a space apart (so that a description reads them as words). */
function Mark({ change, lines }: { change: string; lines: readonly string[] }): ReactNode {
  return (
    <>
      {lines.map((line, i) =>
        i === 0 ? (
          <span key={i} className="jm-JourneyCompare-mark" data-change={change} dir="auto">
            {line}
          </span>
        ) : (
          <Fragment key={i}>
            {' '}
            <span className="jm-JourneyCompare-detail" dir="auto">
              {line}
            </span>
          </Fragment>
        ),
      )}
    </>
  );
}

/** The note of each marked card, stage and lane of a comparison. */
function partNote(
  model: JourneyCompareModel,
  mode: CompareMode,
  text: ViewLabels,
  labels: Parameters<typeof compareWords>[1],
  rtl: boolean,
): PartNote {
  const { journey, diff } = model;
  const lookup = <T extends { id: string }>(now: readonly T[], removed: readonly T[]) => {
    const map = new Map<string, T>();
    for (const p of [...removed, ...now]) map.set(p.id, p);
    return map;
  };
  const stages = lookup(journey.stages, diff.stages.removed);
  const lanes = lookup(journey.lanes, diff.lanes.removed);
  const words = compareWords(text, labels, { ...journey, cards: [...journey.cards, ...diff.cards.removed] }, rtl);
  const place = (p: CardPlace) =>
    placeWords(
      p,
      (id) => stages.get(id)?.name ?? id,
      (id) => lanes.get(id)?.label ?? id,
    );
  const personas = new Set(model.curves.map((c) => c.persona));
  const partMark = (mark: PartMark | undefined, words: ViewLabels['stageMarks']) =>
    mark ? (mark.change === 'moved' ? words.moved(mark.from!) : words[mark.change]) : undefined;
  return (part, id) => {
    if (part === 'card') {
      const mark = model.cards.get(id);
      if (!mark) return null;
      const { change, details } = cardMarkLines(mark, mode, words, place);
      return <Mark change={mark.change} lines={change ? [change, ...details] : details} />;
    }
    if (part === 'lane') {
      const mark = model.lanes.get(id);
      return mark && <Mark change={mark.change} lines={[partMark(mark, text.laneMarks)!]} />;
    }
    const mark = model.stages.get(id);
    const feelings = (model.deltas.get(id) ?? []).map((d) =>
      // Isolated left to right: "−2 → +1" reads the same in right-to-left text.
      text.feelingChange(personas.size > 1 ? (journey.personas.find((p) => p.id === d.persona)?.name ?? '') : '', `\u2066${d.text}\u2069`),
    );
    if (!mark && feelings.length === 0) return null;
    return (
      <>
        {mark && <Mark change={mark.change} lines={[partMark(mark, text.stageMarks)!]} />}
        {feelings.map((f, i) => (
          <Fragment key={i}>
            {' '}
            <span className="jm-JourneyCompare-feeling" dir="auto">
              {f}
            </span>
          </Fragment>
        ))}
      </>
    );
  };
}
