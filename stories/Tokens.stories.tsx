import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { TokenSheet } from './designers/TokenSheet';
import { readTokens } from './designers/tokens';

/**
 * The design tokens: every `--jm-*` variable of the stylesheet with its light and dark
 * value, read from the library's theme objects and stylesheet rather than copied here.
 */
const meta = {
  title: 'Designers/Tokens',
  component: TokenSheet,
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof TokenSheet>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Colours as swatches with their contrast, sizes, radii, fonts, shadow and the measured type scale. */
export const Tokens: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Every variable of the stylesheet has its row, and the type scale was measured.
    const rows = canvas.getAllByRole('rowheader').map((th) => th.querySelector('code')?.textContent);
    await expect(rows).toEqual(expect.arrayContaining(readTokens().map((t) => t.name)));
    await expect(readTokens().length).toBeGreaterThan(30);
    await expect(await canvas.findByRole('rowheader', { name: 'Map title' })).toBeInTheDocument();
  },
};
