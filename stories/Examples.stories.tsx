import type { Meta, StoryObj } from '@storybook/react-vite';
import { JourneyMap } from '../src';
import { examples } from './data';

const meta = {
  title: 'Maps/Examples',
  component: JourneyMap,
  tags: ['autodocs'],
  args: { journey: examples['ecommerce-kitchen'] },
} satisfies Meta<typeof JourneyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sarah, 32, kitting out her first kitchen: awareness to advocacy, current state. */
export const ECommerceKitchen: Story = { args: { journey: examples['ecommerce-kitchen'] } };
/** The same journey redesigned: current and future emotion curves overlaid. */
export const ECommerceKitchenFuture: Story = { args: { journey: examples['ecommerce-kitchen-future'] } };
/** Michael, 45, living with chronic back pain; scores on a 1–5 scale. */
export const HealthcareBackPain: Story = { args: { journey: examples['healthcare-back-pain'] } };
/** Jennifer, CTO, choosing a partner and moving to the cloud. */
export const ITCloudMigration: Story = { args: { journey: examples['it-cloud-migration'] } };
/** David and his CFO hiring a marketing agency: two personas on one map. */
export const MarketingAgency: Story = { args: { journey: examples['marketing-agency'] } };
/** A car purchase drawn as a service blueprint. */
export const CarPurchaseBlueprint: Story = { args: { journey: examples['car-purchase-blueprint'] } };
/** Three personas adopting a B2B SaaS product. */
export const SaasOnboarding: Story = { args: { journey: examples['saas-onboarding-multi'] } };
/** 王芳 switching home broadband (Simplified Chinese). */
export const BroadbandChinese: Story = { args: { journey: examples['broadband-zh'] } };
/** A day in the life of a bakery owner (Russian). */
export const BakeryDayRussian: Story = { args: { journey: examples['bakery-owner-day-ru'] } };
