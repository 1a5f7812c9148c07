import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // Prop tables come from the components' TSDoc. react-docgen reads every component
  // here correctly; react-docgen-typescript's Vite plugin attached the wrong docs to
  // the memoised TouchpointCard and none to PersonaPanel.
  typescript: { reactDocgen: 'react-docgen' },
};

export default config;
