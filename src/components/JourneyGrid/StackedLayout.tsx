import { memo } from 'react';
import { emotionMeterScale, valenceScale } from '../../layout/emotion';
import { personaColor } from '../../layout/persona';
import { useJourneyContext } from '../context';
import { useJourneyConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { StageColumn } from '../StageColumn/StageColumn';
import { TouchpointCard } from '../TouchpointCard/TouchpointCard';

/** The narrow layout: each stage a column of its own, its lanes one under another. */
export const StackedLayout = /* @__PURE__ */ memo(function StackedLayout() {
  const { model } = useJourneyContext('StackedLayout');
  const { labels } = useJourneyConfig();
  const { journey, scale } = model;
  const valenceOf = valenceScale(scale);
  const meter = emotionMeterScale(scale);
  return (
    <div className="jm-Stacked">
      {journey.stages.map((stage, index) => (
        <StageColumn key={stage.id} stageId={stage.id} variant="stacked">
          {journey.lanes.map((lane) => {
            if (lane.kind === 'emotion') {
              const points = model.emotionSeries
                .map((series) => ({ series, point: series.points.find((p) => p.index === index) }))
                .filter((x) => x.point !== undefined);
              if (points.length === 0) return null;
              return (
                <section key={lane.id} className="jm-Stacked-lane" data-kind="emotion" aria-label={lane.label}>
                  <h4 className="jm-Stacked-laneLabel">{lane.label}</h4>
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
                </section>
              );
            }
            const cards = (model.cardsByLane.get(lane.id) ?? []).filter((p) => p.start === index);
            if (cards.length === 0) return null;
            return (
              <section key={lane.id} className="jm-Stacked-lane" data-kind={lane.kind} aria-label={lane.label}>
                <h4 className="jm-Stacked-laneLabel">{lane.label}</h4>
                <div className="jm-Stacked-cards">
                  {cards.map((p) => (
                    <TouchpointCard key={p.card.id} card={p.card} />
                  ))}
                </div>
              </section>
            );
          })}
        </StageColumn>
      ))}
    </div>
  );
});
