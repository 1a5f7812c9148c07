import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { JourneyMap } from '../src';
import { journeyArg, journeyArgType, labelsArg, labelsArgType, themeArgType } from './argTypes';

/**
 * Journeys written in other languages, with the library's own strings translated
 * through the `labels` prop (`stories/labels.ts` has complete Chinese, Russian and
 * Arabic sets). CJK and Cyrillic text wraps; a right-to-left journey mirrors the map.
 */
const meta = {
  title: 'Maps/Languages',
  component: JourneyMap,
  argTypes: { journey: journeyArgType, theme: themeArgType, labels: labelsArgType },
} satisfies Meta<typeof JourneyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 王芳 switching home broadband: a Chinese journey with Chinese labels. */
export const Chinese: Story = {
  args: { journey: journeyArg('broadband-zh'), labels: labelsArg('zh') },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.jm-JourneyMap')).toHaveAttribute('lang', 'zh-CN');
    await expect(within(canvasElement).getAllByText('痛点').length).toBeGreaterThan(0);
  },
};

/** A bakery owner's day: a Russian journey with Russian labels. */
export const Russian: Story = {
  args: { journey: journeyArg('bakery-owner-day-ru'), labels: labelsArg('ru') },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.jm-JourneyMap')).toHaveAttribute('lang', 'ru');
    await expect(within(canvasElement).getAllByText('Боль').length).toBeGreaterThan(0);
  },
};

/**
 * Right to left: an Arabic journey (`dir: "rtl"`) with Arabic labels. Stages run
 * from right to left, lane labels sit on the right, the curve and arrow keys mirror.
 */
export const RightToLeft: Story = {
  args: { journey: journeyArg('bank-account-ar'), labels: labelsArg('ar') },
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('.jm-JourneyMap')!;
    await expect(map).toHaveAttribute('dir', 'rtl');
    const stages = [...canvasElement.querySelectorAll<HTMLElement>('.jm-JourneyGrid-stageRow > [data-stage-id]')];
    const [first, second] = stages.map((s) => s.getBoundingClientRect().left);
    await expect(first!).toBeGreaterThan(second!);
  },
};

/** An English journey mirrored with `dir="rtl"`, as a host with a right-to-left page would show it. */
export const EnglishMirrored: Story = { args: { journey: journeyArg('it-cloud-migration'), dir: 'rtl' } };
