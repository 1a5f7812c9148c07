import type { BlueprintLine, BlueprintSide } from '../../layout/links';
import type { JourneyLabels } from '../labels';

/** A blueprint line's name in the labels' words. */
export const lineName = (line: BlueprintLine, labels: JourneyLabels): string =>
  line === 'interaction' ? labels.lineOfInteraction : line === 'visibility' ? labels.lineOfVisibility : labels.lineOfInternalInteraction;

/** Which side of the lines a lane is on, in the labels' words; `undefined` when no line is near it. */
export const sideText = ({ lineAbove, lineBelow }: BlueprintSide, labels: JourneyLabels): string | undefined =>
  lineAbove || lineBelow
    ? labels.blueprintSide({ lineAbove: lineAbove && lineName(lineAbove, labels), lineBelow: lineBelow && lineName(lineBelow, labels) })
    : undefined;

/**
 * A blueprint line between two lanes outside the grid (the stacked layout): a labelled
 * separator, drawn like the grid's line rows.
 */
export function LineSeparator({ line, labels }: { line: BlueprintLine; labels: JourneyLabels }) {
  const name = lineName(line, labels);
  return (
    <div role="separator" aria-label={name} className="jm-BlueprintLine jm-BlueprintLine-separator" data-line={line}>
      <span className="jm-BlueprintLine-label">{name}</span>
    </div>
  );
}
