import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PersonaPanel } from '../src';
import { densityArgType, journeyArg, journeyArgType, labelsArgType, themeArgType } from './argTypes';
import { channelIconsArgType } from './icons';

/**
 * `PersonaPanel` shows who the journey is about: photo or initials, name, role,
 * age, situation, quote, goals, needs, frustrations, behaviours and channels — or a
 * small card for a sidebar, or a one-row strip (the map shows one until its "Persona details"
 * button expands it). With several personas, a switcher chooses whom to show.
 * It works inside a map or anywhere on the host's page.
 */
const meta = {
  title: 'Components/PersonaPanel',
  component: PersonaPanel,
  tags: ['autodocs'],
  argTypes: {
    journey: journeyArgType,
    theme: themeArgType,
    labels: labelsArgType,
    density: densityArgType,
    channelIcons: channelIconsArgType,
    variant: { control: { type: 'inline-radio' }, options: ['full', 'compact', 'strip'] },
    headingLevel: { control: { type: 'inline-radio' }, options: [2, 3, 4] },
  },
  args: { journey: journeyArg('ecommerce-kitchen'), onActivePersonaChange: fn() },
} satisfies Meta<typeof PersonaPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Everything about Sarah. */
export const Full: Story = {};

/** The small card, for a sidebar. */
export const Compact: Story = {
  args: { variant: 'compact' },
  render: (args) => (
    <div style={{ maxWidth: 360 }}>
      <PersonaPanel {...args} />
    </div>
  ),
};

/** One row: name, role and age, and the whole quote beside them, or under them where the row is narrow. */
export const Strip: Story = {
  args: { variant: 'strip' },
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', { name: 'Sarah' });
    await expect(region).toHaveAttribute('data-variant', 'strip');
    await expect(within(region).queryByRole('heading', { name: 'Goals' })).toBeNull();
  },
};

/**
 * Three personas and a switcher: "All personas" compares them side by side;
 * choosing one shows that persona in full.
 */
export const Switcher: Story = {
  args: { journey: journeyArg('saas-onboarding-multi'), defaultActivePersonaId: null },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const radios = canvas.getAllByRole('radio');
    await expect(radios).toHaveLength(4);
    await userEvent.click(radios[2]!);
    await expect(args.onActivePersonaChange).toHaveBeenCalledTimes(1);
    await expect(radios[2]).toBeChecked();
    await expect(canvasElement.querySelector('.jm-PersonaPanel')).toHaveAttribute('data-view', 'single');
  },
};

/** Two personas, compared side by side (`defaultActivePersonaId={null}`). */
export const AllPersonas: Story = { args: { journey: journeyArg('marketing-agency'), defaultActivePersonaId: null } };
