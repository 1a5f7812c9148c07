// The "hand-rolled map" baseline: plain React putting the same texts as the map
// (title, stage names, lane labels, card titles) into a plain table, with no
// features — no validation, selection, popovers, keyboard navigation, curve or styling.
import { useMemo } from 'react';
import type { Card, Journey } from '../src';

export function PlainTable({ journey }: { journey: Journey }) {
  const byCell = useMemo(() => {
    const map = new Map<string, Card[]>();
    for (const card of journey.cards) {
      const key = `${card.lane}|${card.stage}`;
      const list = map.get(key);
      if (list) list.push(card);
      else map.set(key, [card]);
    }
    return map;
  }, [journey]);
  return (
    <table>
      <caption>{journey.title}</caption>
      <thead>
        <tr>
          <th />
          {journey.stages.map((stage) => (
            <th key={stage.id}>{stage.name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {journey.lanes.map((lane) => (
          <tr key={lane.id}>
            <th>{lane.label}</th>
            {journey.stages.map((stage) => (
              <td key={stage.id}>
                {byCell.get(`${lane.id}|${stage.id}`)?.map((card) => (
                  <div key={card.id}>{card.title}</div>
                ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
