import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/styles.css';

/** Applies the toolbar's theme, density and direction to every story's args. */
const withGlobals: Decorator = (Story, context) => {
  const { theme, density, dir } = context.globals as { theme?: string; density?: string; dir?: string };
  const args = { ...context.args };
  if (theme && theme !== 'default') args.theme = theme;
  if (density && density !== 'default') args.density = density;
  if (dir && dir !== 'default') args.dir = dir;
  const background = args.theme === 'dark' ? '#0d1117' : '#ffffff';
  return (
    <div style={{ background, minHeight: '100vh', padding: 0 }}>
      <Story args={args} />
    </div>
  );
};

const preview: Preview = {
  decorators: [withGlobals],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    a11y: { test: 'error' },
  },
  globalTypes: {
    theme: {
      description: 'Map theme',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['default', 'light', 'dark'], dynamicTitle: true },
    },
    density: {
      description: 'Density',
      toolbar: { title: 'Density', icon: 'component', items: ['default', 'comfortable', 'compact'], dynamicTitle: true },
    },
    dir: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['default', 'ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'default', density: 'default', dir: 'default' },
};

export default preview;
