import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import { examples } from './data';
import { ThemePlayground } from './designers/ThemePlayground';

/**
 * Try a brand on a real map: pick colours, a corner radius, a font and a density, watch
 * the map follow, and take the result away as CSS variables or as a `theme` object.
 * Both are made by the library's own theme → variables mapping, so they are exactly
 * what the map uses.
 */
const meta = {
  title: 'Designers/Theme playground',
  component: ThemePlayground,
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
  args: { journeys: examples, initialJourney: 'ecommerce-kitchen' },
  argTypes: { journeys: { control: false } },
} satisfies Meta<typeof ThemePlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Pick colours, a radius, a font and a density; the map and the exported CSS follow. */
export const Playground: Story = { name: 'Theme playground' };

/**
 * The playground at work, for the browser tests only (a play function would otherwise
 * change the designer's playground as it opens): a new colour reaches the map and both
 * exports, and a colour too faint for text is flagged at its picker.
 */
export const AtWork: Story = {
  tags: ['!dev'],
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const map = canvasElement.querySelector<HTMLElement>('.jm-JourneyMap')!;
    const css = canvas.getByLabelText('CSS variables') as HTMLTextAreaElement;
    const themeObject = canvas.getByLabelText('Theme object') as HTMLTextAreaElement;
    const variable = (name: string) => getComputedStyle(map).getPropertyValue(name).trim();

    await step('a new accent colour reaches the map and both exports', async () => {
      await expect(variable('--jm-color-accent')).toBe('#0b62d6');
      await expect(css.value).not.toContain('--jm-color-accent');
      fireEvent.input(canvas.getByLabelText('Accent'), { target: { value: '#8a1c7c' } });
      await waitFor(() => expect(variable('--jm-color-accent')).toBe('#8a1c7c'));
      await expect(css.value).toContain('--jm-color-accent: #8a1c7c;');
      await expect(themeObject.value).toContain('accent: "#8a1c7c"');
    });

    await step('too faint a text colour is flagged at its picker', async () => {
      const text = canvas.getByLabelText('Text');
      await expect(text).not.toHaveAccessibleDescription();
      fireEvent.input(text, { target: { value: '#b0b0b0' } });
      await waitFor(() => expect(text).toHaveAccessibleDescription(/under 4\.5:1 for text/));
      await expect(variable('--jm-color-text')).toBe('#b0b0b0');
    });

    await step('the dark theme as a start: its rule targets dark maps', async () => {
      await userEvent.selectOptions(canvas.getByLabelText('Start from'), 'dark');
      await waitFor(() => expect(map).toHaveAttribute('data-theme', 'dark'));
      await expect(css.value).toContain(".jm-root[data-theme='dark']");
      await expect(themeObject.value).toContain('base: "dark"');
    });

    await step('copying says what happened', async () => {
      const button = canvas.getByRole('button', { name: 'Copy css variables' });
      await userEvent.click(button);
      const status = within(button.parentElement!).getByRole('status');
      await waitFor(() => expect(status).toHaveTextContent(/Copied|selected/), { timeout: 3000 });
    });
  },
};
