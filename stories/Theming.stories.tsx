import type { Meta, StoryObj } from '@storybook/react-vite';
import { JourneyMap } from '../src';
import { journeyArg, journeyArgType, labelsArgType, themeArgType } from './argTypes';
import { bankTheme, retailTheme } from './themes';

/**
 * Theming is one `theme` prop — `'light'`, `'dark'` or overrides of any token — or
 * plain `--jm-*` CSS variables on the map or any ancestor. The brand themes here
 * are built only from those, in `stories/themes.ts`; no component is forked.
 */
const meta = {
  title: 'Maps/Theming',
  component: JourneyMap,
  argTypes: { journey: journeyArgType, theme: themeArgType, labels: labelsArgType },
  args: { journey: journeyArg('marketing-agency') },
} satisfies Meta<typeof JourneyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The default light theme (`theme="light"`). */
export const Light: Story = { args: { theme: 'light' } };

/** The dark theme (`theme="dark"`). */
export const Dark: Story = { args: { theme: 'dark' } };

/**
 * A bank's brand: navy, a serif face, square corners — a theme object of
 * overrides, `theme={bankTheme}`.
 *
 * ```ts
 * const bankTheme: JourneyThemeOverrides = {
 *   colors: { accent: '#0a2a66', action: '#0a2a66', surface: '#f1f4f9', text: '#0d1b33' },
 *   fontFamily: 'Georgia, "Times New Roman", serif',
 *   radius: '2px',
 * };
 * ```
 */
export const BankBrand: Story = { args: { theme: bankTheme, journey: journeyArg('it-cloud-migration') } };

/** A retailer's brand: warm orange, a rounded sans-serif, soft corners — `theme={retailTheme}`. */
export const RetailBrand: Story = { args: { theme: retailTheme, journey: journeyArg('ecommerce-kitchen') } };

const retailCss = `
.acme-retail {
  --jm-color-accent: #b93d0a;
  --jm-color-action: #b93d0a;
  --jm-color-surface: #fff4e8;
  --jm-color-border: #f2cfae;
  --jm-color-text: #2b1a0e;
  --jm-color-muted: #6b4a33;
  --jm-font-family: "Trebuchet MS", "Segoe UI", Roboto, sans-serif;
  --jm-radius: 14px;
}`;

/**
 * The retail brand again with no `theme` prop at all: a host stylesheet sets the
 * `--jm-*` variables on a class of its own. The library declares its defaults with
 * zero specificity (`:where(.jm-root)`), so the host's rule wins without `!important`.
 *
 * ```css
 * .acme-retail { --jm-color-accent: #b93d0a; --jm-radius: 14px; … }
 * ```
 */
export const CssVariablesOnly: Story = {
  args: { journey: journeyArg('ecommerce-kitchen'), className: 'acme-retail' },
  render: (args) => (
    <>
      <style>{retailCss}</style>
      <JourneyMap {...args} />
    </>
  ),
};

/** The compact density (`density="compact"`): tighter spacing for big maps on small screens. */
export const Compact: Story = { args: { density: 'compact', journey: journeyArg('saas-onboarding-multi') } };

/** Dark and compact together. */
export const DarkCompact: Story = { args: { theme: 'dark', density: 'compact', journey: journeyArg('car-purchase-blueprint') } };
