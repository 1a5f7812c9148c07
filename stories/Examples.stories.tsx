import type { Meta, StoryObj } from '@storybook/react-vite';
import { JourneyMap } from '../src';
import { journeyArg, journeyArgType, labelsArgType, themeArgType } from './argTypes';

/**
 * The example journeys in `stories/data/`, each drawn whole by one `<JourneyMap>`:
 * header, personas, legend, stage and phase headers, every lane, the emotion curve
 * and, for the car purchase, the service-blueprint lanes. Hover or focus a card for
 * its details; the toolbar switches theme, density, direction and language.
 */
const meta = {
  title: 'Maps/Examples',
  component: JourneyMap,
  argTypes: { journey: journeyArgType, theme: themeArgType, labels: labelsArgType },
} satisfies Meta<typeof JourneyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sarah, 32, kitting out her first kitchen: awareness to advocacy, current state. */
export const ECommerceKitchen: Story = { name: 'E-commerce: a first kitchen', args: { journey: journeyArg('ecommerce-kitchen') } };
/** The same journey redesigned: current and future emotion curves overlaid. */
export const ECommerceKitchenFuture: Story = {
  name: 'E-commerce: the kitchen, redesigned',
  args: { journey: journeyArg('ecommerce-kitchen-future') },
};
/** Michael, 45, living with chronic back pain; scores on a 1–5 scale. */
export const HealthcareBackPain: Story = { name: 'Healthcare: back pain', args: { journey: journeyArg('healthcare-back-pain') } };
/** Jennifer, CTO, choosing a partner and moving to the cloud. */
export const ITCloudMigration: Story = { name: 'IT services: cloud migration', args: { journey: journeyArg('it-cloud-migration') } };
/** David and his CFO Karen hiring a marketing agency: two personas on one map. */
export const MarketingAgency: Story = { name: 'Marketing agency: two personas', args: { journey: journeyArg('marketing-agency') } };
/** A car purchase drawn as a service blueprint, with the lines of interaction, visibility and internal interaction. */
export const CarPurchaseBlueprint: Story = {
  name: 'Car purchase: service blueprint',
  args: { journey: journeyArg('car-purchase-blueprint') },
};
/** Three personas adopting a B2B SaaS product. */
export const SaasOnboarding: Story = { name: 'SaaS onboarding: three personas', args: { journey: journeyArg('saas-onboarding-multi') } };
/**
 * 王芳 switching home broadband, written in Simplified Chinese; the map's own strings
 * stay English here (see `Maps/Languages/Chinese` for Chinese labels, or pick 中文 in the toolbar).
 */
export const BroadbandChinese: Story = { name: 'Broadband (Chinese)', args: { journey: journeyArg('broadband-zh') } };
/**
 * A day in the life of a bakery owner, written in Russian; the map's own strings stay
 * English here (see `Maps/Languages/Russian` for Russian labels).
 */
export const BakeryDayRussian: Story = { name: 'Bakery owner’s day (Russian)', args: { journey: journeyArg('bakery-owner-day-ru') } };
