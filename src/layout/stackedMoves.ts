import { isNavKey } from './navigation';
import type { NavOptions } from './navigationMoves';
import type { StackStop } from './stacked';

// Where focus goes when a key is pressed, in the stacked layout (see `stacked.ts`). A
// module of its own, loaded on demand like `navigationMoves.ts`.

/**
 * Where focus goes from the stop with key `from` when `key` is pressed (`from` itself at
 * an edge), or `undefined` when `key` is not a navigation key or `from` is not a stop.
 */
export function nextStackKey(
  stops: readonly StackStop[],
  from: string,
  key: string,
  { rtl = false, ctrl = false }: Pick<NavOptions, 'rtl' | 'ctrl'> = {},
): string | undefined {
  if (!isNavKey(key)) return undefined;
  const i = stops.findIndex((s) => s.key === from);
  if (i === -1) return undefined;
  const at = stops[i]!;
  const inStage = (stage: number) => stops.filter((s) => s.stage === stage);
  // The nearest stage after (step 1) or before (step -1) this one that has stops.
  const stageFrom = (step: 1 | -1): StackStop[] => {
    for (let j = i + step; j >= 0 && j < stops.length; j += step) if (stops[j]!.stage !== at.stage) return inStage(stops[j]!.stage);
    return [];
  };
  let to: StackStop | undefined;
  switch (key) {
    case 'ArrowDown':
      to = stops[i + 1];
      break;
    case 'ArrowUp':
      to = stops[i - 1];
      break;
    case 'PageDown':
    case 'PageUp':
      to = stageFrom(key === 'PageDown' ? 1 : -1)[0];
      break;
    case 'ArrowRight':
    case 'ArrowLeft': {
      const stage = stageFrom((key === 'ArrowRight') !== rtl ? 1 : -1);
      to = stage.find((s) => s.lane === at.lane) ?? stage[0];
      break;
    }
    default: {
      const range = ctrl ? stops : inStage(at.stage);
      to = key === 'Home' ? range[0] : range[range.length - 1];
    }
  }
  return (to ?? at).key;
}
