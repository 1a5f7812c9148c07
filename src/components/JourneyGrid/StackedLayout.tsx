import { Fragment, memo, type CSSProperties, type ReactNode } from 'react';
import { isBlueprintLane } from '../../model/types';
import { emotionBar, formatScore, valenceScale, type EmotionBar } from '../../layout/emotion';
import { blueprintLines, blueprintSides } from '../../layout/links';
import { curveStageKey } from '../../layout/navigation';
import { useJourneyContext } from '../context';
import { useJourneyConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { useInteraction } from '../store';
import { StageColumn } from '../StageColumn/StageColumn';
import { TouchpointCard } from '../TouchpointCard/TouchpointCard';
import { LineSeparator, sideText } from '../ServiceBlueprintLane/lines';
import { domId } from '../ids';

/**
 * A stage's scores in the stacked layout: one keyboard stop, named like the curve's cell
 * for the stage in the grid, so that it reads the same in both layouts.
 */
function StageScores({ laneId, index, name, children }: { laneId: string; index: number; name: string; children: ReactNode }) {
  const { store, firstNavKey } = useJourneyContext('StackedLayout');
  const key = curveStageKey(laneId, index);
  const tabbable = useInteraction(store, (s) => s.focusKey === key || (s.focusKey === null && firstNavKey === key));
  return (
    <div
      role="img"
      aria-label={name}
      className="jm-Stacked-scores"
      data-nav-key={key}
      tabIndex={tabbable ? 0 : -1}
      onFocus={() => store.set({ focusKey: key })}
    >
      {children}
    </div>
  );
}

/** A score's bar as the CSS variables that place it (see `EmotionCurve.css`). */
const meterStyle = ({ zero, start, size }: EmotionBar): CSSProperties =>
  ({ '--jm-meter-zero': `${zero}%`, '--jm-meter-start': `${start}%`, '--jm-meter-size': `${size}%` }) as CSSProperties;

/**
 * The narrow layout: each stage a group of its own, its lanes one under another. Like the
 * grid it is one tab stop; the arrow keys move it through the cards and scores (the
 * keyboard model is `layout/stacked`). Lanes are headed, named groups, not landmarks.
 */
export const StackedLayout = /* @__PURE__ */ memo(function StackedLayout() {
  const { model, idPrefix } = useJourneyContext('StackedLayout');
  const { labels } = useJourneyConfig();
  const { journey, scale } = model;
  const valenceOf = valenceScale(scale);
  // The blueprint lines fall between the lanes each stage shows, as in the grid; each
  // blueprint lane says which side of them it is on.
  const blueprint = journey.stages.map((_, index) => {
    const shows = (lane: (typeof journey.lanes)[number]) =>
      lane.kind === 'emotion'
        ? model.emotionSeries.some((series) => series.points.some((p) => p.index === index))
        : (model.cardsByLane.get(lane.id) ?? []).some((p) => p.start === index);
    const lines = blueprintLines(journey.lanes.map((lane) => (shows(lane) ? lane.kind : '')));
    return { lines, sides: blueprintSides(lines, journey.lanes.length) };
  });
  return (
    <div className="jm-Stacked">
      {journey.stages.map((stage, index) => (
        <StageColumn key={stage.id} stageId={stage.id} variant="stacked">
          {journey.lanes.map((lane, laneIndex) => {
            const { lines, sides } = blueprint[index]!;
            const side = isBlueprintLane(lane) ? sideText(sides[laneIndex]!, labels) : undefined;
            const sideId = side && domId(`${idPrefix}-side${index}`, lane.id);
            const section = (content: ReactNode) => (
              <Fragment key={lane.id}>
                {lines.get(laneIndex)?.map((line) => (
                  <LineSeparator key={line} line={line} labels={labels} />
                ))}
                <section role="group" className="jm-Stacked-lane" data-kind={lane.kind} aria-label={lane.label} aria-describedby={sideId}>
                  <h4 className="jm-Stacked-laneLabel">{lane.label}</h4>
                  {content}
                  {side && (
                    <span id={sideId} hidden aria-hidden="true">
                      {side}
                    </span>
                  )}
                </section>
              </Fragment>
            );
            if (lane.kind === 'emotion') {
              const points = model.emotionSeries
                .map((series) => ({ series, point: series.points.find((p) => p.index === index) }))
                .filter((x) => x.point !== undefined);
              if (points.length === 0) return null;
              const scores = points.map(({ series, point }) => ({
                name: `${series.persona?.name ?? journey.title}${series.scenario === 'future' ? ` (${labels.futureState})` : ''}`,
                score: formatScore(point!.score),
                label: point!.label,
              }));
              return section(
                <StageScores laneId={lane.id} index={index} name={labels.emotionStage({ stage: stage.name, scores })}>
                  <ul className="jm-Stacked-emotions">
                    {points.map(({ series, point }) => (
                      <li key={series.key} data-valence={valenceOf(point!.score)}>
                        <span className="jm-Stacked-emotionName">
                          {series.persona?.name ?? journey.title}
                          {series.scenario === 'future' ? ` (${labels.futureState})` : ''}
                        </span>
                        <span
                          className="jm-Stacked-meter"
                          aria-hidden="true"
                          style={meterStyle(emotionBar({ ...scale, score: point!.score }))}
                        />
                        <span className="jm-Stacked-score">
                          {formatScore(point!.score)}
                          {point!.label ? ` · ${point!.label}` : ''}
                        </span>
                      </li>
                    ))}
                  </ul>
                </StageScores>,
              );
            }
            const cards = (model.cardsByLane.get(lane.id) ?? []).filter((p) => p.start === index);
            if (cards.length === 0) return null;
            return section(
              <div className="jm-Stacked-cards">
                {cards.map((p) => (
                  <TouchpointCard key={p.card.id} card={p.card} />
                ))}
              </div>,
            );
          })}
        </StageColumn>
      ))}
    </div>
  );
});
