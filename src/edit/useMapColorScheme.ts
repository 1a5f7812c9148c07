import type { RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../components/context';

/**
 * Gives the editor's own controls (its toolbar, inline fields, dialogs) the colour scheme
 * of the map it edits, whatever set the map's theme: the `theme` prop, a
 * `JourneyConfigProvider`, a custom theme's `base` or the host's CSS. Plain buttons and
 * fields then draw dark in a dark map. Written straight to the root's style after each
 * render (React leaves a style key it does not manage alone), so it costs no render.
 */
export function useMapColorScheme(root: RefObject<HTMLElement | null>): void {
  useIsomorphicLayoutEffect(() => {
    const element = root.current;
    const map = element?.querySelector<HTMLElement>('.jm-root');
    if (!element || !map) return;
    const scheme = getComputedStyle(map).colorScheme;
    if (scheme && element.style.colorScheme !== scheme) element.style.colorScheme = scheme;
  });
}
