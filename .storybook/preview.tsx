import type { Decorator, Preview } from '@storybook/react-vite';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import '../src/styles.css';
import '../src/views/views.css';
import { preloadParts } from '../src/components/onDemand';
import { loadLabelSet } from '../src/components/useLocaleLabels';
import { LABEL_LOCALES } from '../src/model/locale';
import { AS_STORY, mapPropsFromToolbar } from '../stories/globals';
import { isDarkTheme } from '../stories/themes';

/**
 * Applies the toolbar's theme, density, direction and locale to every story: each
 * becomes the matching prop (`theme`, `density`, `dir`, `labels`) of any story whose
 * component or args take it, and the canvas follows the theme and direction.
 */
const withToolbar: Decorator = (Story, context) => {
  const fromToolbar = mapPropsFromToolbar(context.globals);
  const args: Record<string, unknown> = { ...context.args };
  for (const [key, value] of Object.entries(fromToolbar)) {
    if (key in context.argTypes || key in context.args) args[key] = value;
  }
  const dark = isDarkTheme((args.theme as never) ?? fromToolbar.theme);
  return (
    <div
      className="sb-journey-canvas"
      dir={fromToolbar.dir}
      style={{
        background: dark ? '#0d1117' : '#ffffff',
        color: dark ? '#e6edf3' : '#1b1f24',
        minHeight: context.viewMode === 'docs' ? undefined : '100vh',
        padding: 16,
        boxSizing: 'border-box',
      }}
    >
      <Story args={args} />
    </div>
  );
};

type ToolbarIcon = NonNullable<NonNullable<NonNullable<Preview['globalTypes']>[string]['toolbar']>['icon']>;

const menu = (title: string, icon: ToolbarIcon, items: Array<[value: string, label: string]>) => ({
  description: title,
  toolbar: {
    title,
    icon,
    dynamicTitle: true,
    items: [{ value: AS_STORY, title, right: 'as the story sets it' }, ...items.map(([value, label]) => ({ value, title: label }))],
  },
});

const preview: Preview = {
  decorators: [withToolbar],
  // What a map loads on demand (the details popover, the curve's tooltip, the label sets of
  // the journeys' languages) is loaded before a story renders, so that play functions meet it
  // as a host page does once it has arrived.
  loaders: [() => Promise.all([preloadParts(), ...LABEL_LOCALES.map(loadLabelSet)])],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Every story is checked by axe-core against WCAG 2.0, 2.1 and 2.2 level A and AA;
    // a violation fails the story in the browser tests. Only violations are collected
    // in full, which keeps axe fast on maps with hundreds of elements.
    a11y: {
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
      },
    },
    viewport: {
      options: {
        ...MINIMAL_VIEWPORTS,
        wide: { name: 'Wide desktop (1440 × 900)', styles: { width: '1440px', height: '900px' }, type: 'desktop' },
      },
    },
    docs: { toc: true },
    options: {
      // Designers first: the introduction, their guide, tokens and playground, then the
      // maps with theming and languages; the developers' pages (component props, keyboard
      // walks, import and export, robustness) come last.
      storySort: {
        order: [
          'Introduction',
          'Designers',
          ["Designer's guide", 'Tokens', 'Theme playground'],
          'Maps',
          ['Examples', 'Map kinds', 'Views', 'Interactions', 'Theming', 'Languages'],
          'Decisions',
          'Components',
          ['JourneyMap', 'JourneyGrid', 'StageColumn', 'TouchpointCard', 'EmotionCurve', 'PersonaPanel', 'ServiceBlueprintLane'],
          'Accessibility',
          'Developers',
          ['Import and export', 'Robustness'],
        ],
      },
    },
  },
  globalTypes: {
    theme: menu('Theme', 'paintbrush', [
      ['light', 'Light'],
      ['dark', 'Dark'],
      ['brand-bank', 'Bank brand (navy)'],
      ['brand-retail', 'Retail brand (orange)'],
    ]),
    density: menu('Density', 'component', [
      ['comfortable', 'Comfortable'],
      ['compact', 'Compact'],
    ]),
    dir: menu('Direction', 'transfer', [
      ['ltr', 'Left to right'],
      ['rtl', 'Right to left'],
    ]),
    locale: menu('Language', 'globe', [
      ['en', 'English'],
      ['zh', '简体中文 (Simplified Chinese)'],
      ['zh-Hant', '繁體中文 (Traditional Chinese)'],
      ['ru', 'Русский (Russian)'],
      ['ar', 'العربية (Arabic)'],
    ]),
  },
  initialGlobals: { theme: AS_STORY, density: AS_STORY, dir: AS_STORY, locale: AS_STORY },
};

export default preview;
