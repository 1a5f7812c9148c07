import { Fragment, memo, type ReactNode } from 'react';
import { isBlueprintLane } from '../../model/types';
import { emotionMeterScale, valenceScale } from '../../layout/emotion';
import { blueprintLines, blueprintSides } from '../../layout/links';
import { personaColor } from '../../layout/persona';
import { useJourneyContext } from '../context';
import { useJourneyConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { StageColumn } from '../StageColumn/StageColumn';
import { TouchpointCard } from '../TouchpointCard/TouchpointCard';
import { LineSeparator, sideText } from '../ServiceBlueprintLane/lines';
import { domId } from '../ids';

/** The narrow layout: each stage a column of its own, its lanes one under another. */
export const StackedLayout = /* @__PURE__ */ memo(function StackedLayout() {
  const { model, idPrefix } = useJourneyContext('StackedLayout');
  const { labels } = useJourneyConfig();
  const { journey, scale } = model;
  const valenceOf = valenceScale(scale);
  const meter = emotionMeterScale(scale);
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
                <section className="jm-Stacked-lane" data-kind={lane.kind} aria-label={lane.label} aria-describedby={sideId}>
                  <h4 className="jm-Stacked-laneLabel">{lane.label}</h4>
                  {content}
                  {side && (
                    <span id={sideId} hidden>
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
              return section(
                <>
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
                          style={{
                            ['--jm-meter' as string]: `${meter(point!.score)}%`,
                            color: personaColor(journey, series.persona?.id),
                          }}
                        />
                        <span className="jm-Stacked-score">
                          {point!.score}
                          {point!.label ? ` · ${point!.label}` : ''}
                        </span>
                      </li>
                    ))}
                  </ul>
                </>,
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
