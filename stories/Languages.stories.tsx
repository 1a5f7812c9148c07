import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { JourneyMap } from '../src';
import { journeyArg, journeyArgType, labelsArg, labelsArgType, themeArgType } from './argTypes';
import { examples } from './data';

/**
 * Journeys written in other languages. The library's own strings follow the journey's
 * `locale`: the package ships Simplified and Traditional Chinese, Russian and Arabic sets
 * (`react-journey-map/locales`), and a map loads the one it needs. The `labels` prop still
 * overrides any string. CJK and Cyrillic text wraps; a right-to-left journey mirrors the map.
 */
const meta = {
  title: 'Maps/Languages',
  component: JourneyMap,
  argTypes: { journey: journeyArgType, theme: themeArgType, labels: labelsArgType },
} satisfies Meta<typeof JourneyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 王芳 switching home broadband: a Chinese journey (`locale: "zh-CN"`); the labels follow it. */
export const Chinese: Story = {
  args: { journey: journeyArg('broadband-zh') },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.jm-JourneyMap')).toHaveAttribute('lang', 'zh-CN');
    await expect((await within(canvasElement).findAllByText('痛点')).length).toBeGreaterThan(0);
  },
};

/** The same journey marked `locale: "zh-TW"`: the labels come in traditional characters. */
export const TraditionalChinese: Story = {
  args: { journey: { ...examples['broadband-zh']!, locale: 'zh-TW' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.jm-JourneyMap')).toHaveAttribute('lang', 'zh-TW');
    await expect((await within(canvasElement).findAllByText('痛點')).length).toBeGreaterThan(0);
  },
};

/** A bakery owner's day: a Russian journey (`locale: "ru"`); the labels follow it, numbers and dates too. */
export const Russian: Story = {
  args: { journey: journeyArg('bakery-owner-day-ru') },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.jm-JourneyMap')).toHaveAttribute('lang', 'ru');
    await expect((await within(canvasElement).findAllByText('Боль')).length).toBeGreaterThan(0);
  },
};

/** The `labels` prop still wins: the Russian set, with the host's own word for pain points. */
export const RussianWithOverride: Story = {
  name: 'Russian, one label overridden',
  args: { journey: journeyArg('bakery-owner-day-ru'), labels: { cardKinds: { pain: 'Проблема' } } },
  play: async ({ canvasElement }) => {
    await expect((await within(canvasElement).findAllByText('Проблема')).length).toBeGreaterThan(0);
    await expect(within(canvasElement).queryAllByText('Боль')).toEqual([]);
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
