import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties, ReactNode } from 'react';
import {
  CARD_KINDS,
  JourneyConfigProvider,
  LEVELS,
  OPPORTUNITY_STATUSES,
  TouchpointCard,
  type Card,
  type CardKind,
  type Evidence,
} from '../src';
import { labelsArgType } from './argTypes';
import { mapPropsFromToolbar, ThemedRoot } from './globals';
import { channelIconsArgType } from './icons';

const research: Evidence[] = [
  { id: 'ev-interviews', kind: 'interview', label: '14 interviews with recent home movers', sampleSize: 14 },
  { id: 'ev-analytics', kind: 'analytics', label: 'Checkout funnel analytics, Dec–Jan' },
];
const guess: Evidence[] = [{ id: 'ev-guess', kind: 'assumption', label: 'Team estimate, not yet tested' }];

const base = { stage: 'purchase', lane: 'lane' };

/** One card of every kind, as a journey would hold them. */
const cardsByKind: Record<CardKind, Card> = {
  action: { ...base, id: 'k-action', kind: 'action', title: 'Measures the alcove and the doorways' },
  touchpoint: { ...base, id: 'k-touchpoint', kind: 'touchpoint', title: 'Product pages and comparison table', channel: 'web' },
  thought: { ...base, id: 'k-thought', kind: 'thought', title: 'Will this fridge even fit through the front door?' },
  pain: { ...base, id: 'k-pain', kind: 'pain', title: 'Installation and removal fees appear last', severity: 'high' },
  opportunity: {
    ...base,
    id: 'k-opportunity',
    kind: 'opportunity',
    title: 'All-in price from the first page',
    impact: 'high',
    effort: 'medium',
    status: 'planned',
    owner: 'Checkout team',
  },
  process: { ...base, id: 'k-process', kind: 'process', title: 'Warehouse books the two-person crew' },
  metric: {
    ...base,
    id: 'k-metric',
    kind: 'metric',
    title: 'Checkout abandonment',
    metric: { label: 'Checkout abandonment', value: 71, unit: '%', target: 55, trend: 'up' },
  },
  text: { ...base, id: 'k-text', kind: 'text', title: 'Figures from the December sale; January is quieter.' },
  image: { ...base, id: 'k-image', kind: 'image', title: 'The delivery note customers keep' },
  evidence: { ...base, id: 'k-evidence', kind: 'evidence', title: 'Handwritten offer sheet and finance quote' },
};

/**
 * `TouchpointCard` draws a card of any kind — touchpoint, action, thought, pain
 * point, opportunity, process, metric, note, image, physical evidence — styled by
 * kind, with its channel, a moment-of-truth marker, an evidence badge that tells
 * research from assumption, and opportunity ratings. Inside a `JourneyGrid` it is
 * interactive (selection, keyboard, details); on its own, as here, it is a static card.
 *
 * On its own a card is a `.jm-root` of its own, declaring the theme's CSS variables;
 * the stories give it the toolbar's theme, density and direction through a
 * `JourneyConfigProvider`, as a host page would.
 */
const meta = {
  title: 'Components/TouchpointCard',
  component: TouchpointCard,
  tags: ['autodocs'],
  argTypes: {
    labels: labelsArgType,
    channelIcons: channelIconsArgType,
  },
  args: { card: { ...cardsByKind.touchpoint, momentOfTruth: true }, evidence: research, showDescription: false },
  decorators: [
    (Story, context) => {
      const { theme, density, dir } = mapPropsFromToolbar(context.globals);
      return (
        <ThemedRoot theme={theme} density={density} dir={dir} style={{ background: 'transparent' }}>
          <JourneyConfigProvider theme={theme} density={density} dir={dir}>
            <Story />
          </JourneyConfigProvider>
        </ThemedRoot>
      );
    },
  ],
} satisfies Meta<typeof TouchpointCard>;

export default meta;
type Story = StoryObj<typeof meta>;

const gallery: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
  gap: 16,
  alignItems: 'start',
};

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <figure style={{ margin: 0, display: 'grid', gap: 6 }}>
      <figcaption style={{ font: '600 12px/1.3 system-ui, sans-serif', color: 'var(--jm-color-muted)' }}>{label}</figcaption>
      {children}
    </figure>
  );
}

/** A touchpoint on the web, a moment of truth, backed by two research sources. */
export const Default: Story = {
  render: (args) => (
    <div style={{ maxWidth: 260 }}>
      <TouchpointCard {...args} />
    </div>
  ),
};

/** With `showDescription`, the description shows on the face as well as in the details. */
export const WithDescription: Story = {
  args: {
    card: { ...cardsByKind.pain, description: 'Shown only at the last step of checkout, after delivery has been booked.' },
    evidence: research,
    showDescription: true,
  },
  render: (args) => (
    <div style={{ maxWidth: 260 }}>
      <TouchpointCard {...args} />
    </div>
  ),
};

/** Every card kind, side by side. */
export const EveryKind: Story = {
  render: (args) => (
    <div style={gallery}>
      {CARD_KINDS.map((kind) => (
        <Labelled key={kind} label={kind}>
          <TouchpointCard {...args} card={cardsByKind[kind]} evidence={kind === 'pain' ? research : kind === 'opportunity' ? guess : []} />
        </Labelled>
      ))}
    </div>
  ),
};

/**
 * Every state a card can show, for visual checks: selected, linked to the selected
 * card, details open, moment of truth, research or assumption, each severity, each
 * opportunity status. Inside a map these come from interaction; here they are set
 * with the same `data-*` attributes the stylesheet reads.
 */
export const AllStates: Story = {
  render: (args) => {
    // Each card its own id: standalone cards name their details element after it.
    const touch = (id: string, extra: Partial<Card> = {}): Card => ({ ...cardsByKind.touchpoint, id, ...extra });
    return (
      <div style={gallery}>
        <Labelled label="resting">
          <TouchpointCard {...args} card={touch('s-resting')} evidence={[]} />
        </Labelled>
        <Labelled label="selected (data-selected)">
          <TouchpointCard {...args} card={touch('s-selected')} evidence={[]} data-selected="" />
        </Labelled>
        <Labelled label="linked to the selection (data-linked)">
          <TouchpointCard {...args} card={touch('s-linked')} evidence={[]} data-linked="" />
        </Labelled>
        <Labelled label="details open (data-state=open)">
          <TouchpointCard {...args} card={touch('s-open')} evidence={[]} data-state="open" />
        </Labelled>
        <Labelled label="moment of truth">
          <TouchpointCard {...args} card={touch('s-moment', { momentOfTruth: true })} evidence={[]} />
        </Labelled>
        <Labelled label="backed by research">
          <TouchpointCard {...args} card={touch('s-research')} evidence={research} />
        </Labelled>
        <Labelled label="an assumption only">
          <TouchpointCard {...args} card={touch('s-guess')} evidence={guess} />
        </Labelled>
        {LEVELS.map((severity) => (
          <Labelled key={severity} label={`pain, severity ${severity}`}>
            <TouchpointCard {...args} card={{ ...cardsByKind.pain, id: `pain-${severity}`, severity }} evidence={[]} />
          </Labelled>
        ))}
        {OPPORTUNITY_STATUSES.map((status) => (
          <Labelled key={status} label={`opportunity, ${status}`}>
            <TouchpointCard {...args} card={{ ...cardsByKind.opportunity, id: `opp-${status}`, status }} evidence={[]} />
          </Labelled>
        ))}
      </div>
    );
  },
};

/** Every kind on the dark theme. */
export const Dark: Story = { ...EveryKind, globals: { theme: 'dark' } };
