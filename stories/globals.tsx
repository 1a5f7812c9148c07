import type { CSSProperties, ReactNode } from 'react';
import { themeToCssVariables, type JourneyLabelsOverrides, type JourneyThemeProp } from '../src';
import { labelsByLocale, type StoryLocale } from './labels';
import { themes, type StoryThemeName } from './themes';

/** The value of a toolbar menu that leaves the story's own setting alone. */
export const AS_STORY = 'story';

/** What the toolbar's theme, density, direction and locale menus hold. */
export interface ToolbarGlobals {
  theme?: StoryThemeName | typeof AS_STORY;
  density?: 'comfortable' | 'compact' | typeof AS_STORY;
  dir?: 'ltr' | 'rtl' | typeof AS_STORY;
  locale?: StoryLocale | typeof AS_STORY;
}

/** The map props the toolbar asks for; a key is missing when its menu says "as the story sets it". */
export interface MapPropsFromToolbar {
  theme?: JourneyThemeProp;
  density?: 'comfortable' | 'compact';
  dir?: 'ltr' | 'rtl';
  labels?: JourneyLabelsOverrides;
}

const chosen = <T extends string>(value: T | undefined): Exclude<T, typeof AS_STORY> | undefined =>
  value === undefined || value === AS_STORY ? undefined : (value as Exclude<T, typeof AS_STORY>);

/** Turns the toolbar's globals into the props every map component takes. */
export function mapPropsFromToolbar(globals: Record<string, unknown>): MapPropsFromToolbar {
  const g = globals as ToolbarGlobals;
  const props: MapPropsFromToolbar = {};
  const theme = chosen(g.theme);
  if (theme && theme in themes) props.theme = themes[theme];
  const density = chosen(g.density);
  if (density) props.density = density;
  const dir = chosen(g.dir);
  if (dir) props.dir = dir;
  const locale = chosen(g.locale);
  if (locale && locale in labelsByLocale) props.labels = labelsByLocale[locale];
  return props;
}

/**
 * A `.jm-root` for parts shown outside a map (a standalone `TouchpointCard`): the
 * library's CSS variables, theme and density are declared on that class.
 */
export function ThemedRoot({
  theme,
  density = 'comfortable',
  dir,
  children,
  style,
}: {
  theme?: JourneyThemeProp;
  density?: 'comfortable' | 'compact';
  dir?: 'ltr' | 'rtl';
  children: ReactNode;
  style?: CSSProperties;
}) {
  const name = theme === 'dark' || (typeof theme === 'object' && theme.base === 'dark') ? 'dark' : 'light';
  const vars = typeof theme === 'object' ? themeToCssVariables(theme) : {};
  return (
    <div className="jm-root" data-theme={name} data-density={density} dir={dir} style={{ ...vars, ...style } as CSSProperties}>
      {children}
    </div>
  );
}
