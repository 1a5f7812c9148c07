import { useEffect, useId, useMemo, useRef } from 'react';
import type { Journey, JourneyProblem } from '../model/types';
import type { JourneyThemeProp } from '../theme/theme';
import type { JourneyLabelsOverrides } from '../components/labels';
import { journeyProblems } from '../components/problems';
import { useLocalConfig, type ResolvedJourneyConfig } from '../components/JourneyConfigProvider/JourneyConfigProvider';
import { defaultViewLabels, type ViewLabels } from './labels';
import { useViewLocaleLabels } from './useViewLabels';

/** The props every decision view takes besides its own. */
export interface ViewProps {
  /** The journey: any value, such as a `.json` file's. It is validated; invalid data shows a notice and calls `onError`. */
  journey: unknown;
  /** Strings of the view to override. */
  viewLabels?: Partial<ViewLabels>;
  /** Map strings to override (level, status and kind names). */
  labels?: JourneyLabelsOverrides;
  /** `'light'`, `'dark'`, or theme overrides. */
  theme?: JourneyThemeProp;
  /** Spacing density. */
  density?: 'comfortable' | 'compact';
  /** Text direction; defaults to the journey's. */
  dir?: 'ltr' | 'rtl';
  /** Called with the problems when the journey is not valid. */
  onError?: (problems: JourneyProblem[]) => void;
}

/** What a view works with: the journey once valid (else `null`), its configuration, its strings and a prefix for element ids. */
export interface ViewSetup {
  journey: Journey | null;
  config: ResolvedJourneyConfig;
  text: ViewLabels;
  idPrefix: string;
}

/**
 * Validates a view's journey (calling `onError` when it is not valid) and resolves its
 * configuration and strings; `rest` holds the view's other props.
 */
export function useView<P extends ViewProps>({
  journey: input,
  viewLabels,
  labels,
  theme,
  density,
  dir,
  onError,
  ...rest
}: P): ViewSetup & { rest: Omit<P, keyof ViewProps> } {
  const problems = journeyProblems(input);
  const journey = problems.length === 0 ? (input as Journey) : null;
  const config = useLocalConfig({ theme, density, labels, dir }, { dir: journey?.dir, locale: journey?.locale });
  // The journey's language gives the strings (loaded on demand; English meanwhile); the host's win.
  const shipped = useViewLocaleLabels(config.locale);
  const text = useMemo(() => ({ ...defaultViewLabels, ...shipped, ...viewLabels }), [shipped, viewLabels]);
  const idPrefix = `jm${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  useEffect(() => {
    if (problems.length > 0) onErrorRef.current?.(problems);
  }, [problems]);
  return { journey, config, text, idPrefix, rest };
}
