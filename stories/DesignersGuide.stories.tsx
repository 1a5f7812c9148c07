import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import type { CSSProperties, ReactNode } from 'react';
import {
  EmotionCurve,
  JourneyConfigProvider,
  JourneyGrid,
  JourneyMap,
  PersonaPanel,
  TouchpointCard,
  type Card,
  type Evidence,
} from '../src';
import { mapPropsFromToolbar, ThemedRoot, type MapPropsFromToolbar } from './globals';
import { bikeRepairBlueprint, bikeRepairJourney } from './designers/guideJourneys';

/**
 * The live examples of the designer's guide, each one part of the map drawn by the real
 * components. They are shown on the guide's page only (hidden from the sidebar), and the
 * browser tests check each of them like any other story.
 */
const meta = {
  title: 'Designers/Guide examples',
  tags: ['!dev', '!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The toolbar's theme, density, direction and language, for examples that draw no component of the story's own. */
const toolbar = (context: StoryContext) => mapPropsFromToolbar(context.globals);

const journey = bikeRepairJourney;
const cards = Object.fromEntries(journey.cards.map((card) => [card.id, card])) as Record<string, Card>;

/** The whole small map: header, persona, legend, phases and stages, lanes, cards and the curve. */
export const WholeMap: Story = { render: (_args, context) => <JourneyMap {...toolbar(context)} journey={journey} /> };

/** The header above the grid, and the phase and stage headers, with no lanes under them. */
export const HeaderAndStages: Story = {
  render: (_args, context) => <JourneyMap {...toolbar(context)} journey={journey} showPersonas={false} showLegend={false} lanes={[]} />,
};

/** The persona panel: who the map is about. */
export const Persona: Story = {
  render: (_args, context) => {
    const { theme, density, dir, labels } = toolbar(context);
    return (
      <JourneyConfigProvider theme={theme} density={density} dir={dir} labels={labels}>
        <ThemedRoot theme={theme} density={density} dir={dir} style={{ background: 'transparent', maxWidth: 720 }}>
          <PersonaPanel journey={journey} />
        </ThemedRoot>
      </JourneyConfigProvider>
    );
  },
};

/** The lanes of cards, one row each, under the stage headers. */
export const Lanes: Story = {
  render: (_args, context) => (
    <JourneyGrid {...toolbar(context)} journey={journey} lanes={['actions', 'touchpoints', 'thoughts', 'pains', 'opportunities']} />
  ),
};

const gallery: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))',
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

/** The research a card cites, one array per card for good: a card's props stay equal from render to render. */
const evidenceCache = new Map<string, Evidence[]>();
function evidenceOf(card: Card): Evidence[] {
  let found = evidenceCache.get(card.id);
  if (!found) evidenceCache.set(card.id, (found = (journey.evidence ?? []).filter((e) => card.evidence?.includes(e.id))));
  return found;
}

/** Standalone cards on the toolbar's theme, the way a host page would place them. */
function CardGallery({ toolbar, items }: { toolbar: MapPropsFromToolbar; items: Array<[label: string, card: Card]> }) {
  const { theme, density, dir, labels } = toolbar;
  return (
    <JourneyConfigProvider theme={theme} density={density} dir={dir} labels={labels}>
      <ThemedRoot theme={theme} density={density} dir={dir} style={{ background: 'transparent' }}>
        <div style={gallery}>
          {items.map(([label, card]) => (
            <Labelled key={card.id} label={label}>
              <TouchpointCard card={card} evidence={evidenceOf(card)} />
            </Labelled>
          ))}
        </div>
      </ThemedRoot>
    </JourneyConfigProvider>
  );
}

const plain = (id: string, kind: Card['kind'], title: string, extra: Partial<Card> = {}): Card => ({
  id,
  stage: 'book',
  lane: 'do',
  kind,
  title,
  ...extra,
});

/** One card of each kind a map uses most. */
export const CardKinds: Story = {
  render: (_args, context) => (
    <CardGallery
      toolbar={toolbar(context)}
      items={[
        ['action', plain('k-action', 'action', 'Searches for repair shops nearby')],
        ['touchpoint', plain('k-touch', 'touchpoint', 'Online booking form', { channel: 'web' })],
        ['thought', plain('k-thought', 'thought', 'How much will this cost me?')],
        ['pain', plain('k-pain', 'pain', 'Price only given at the counter')],
        ['opportunity', plain('k-opp', 'opportunity', 'Fixed prices on the form')],
        ['process', plain('k-process', 'process', 'Mechanic plans the day')],
        ['metric', plain('k-metric', 'metric', 'Bookings finished online', { metric: { label: 'Completed', value: 62, unit: '%' } })],
        ['text', plain('k-text', 'text', 'Saturdays are twice as busy as weekdays.')],
        ['evidence', plain('k-evidence', 'evidence', 'The printed repair ticket')],
      ]}
    />
  ),
};

/** The chips a card can carry: moment of truth, research or assumption, severity, impact, effort, status and owner. */
export const Chips: Story = {
  render: (_args, context) => (
    <CardGallery
      toolbar={toolbar(context)}
      items={[
        ['moment of truth, backed by research', cards['t-book']!],
        ['severity, backed by research', cards['p-price']!],
        ['impact, effort, status and owner, an assumption', cards['o-quote']!],
      ]}
    />
  ),
};

/**
 * The emotion curve under the touchpoints, with its axis, points, high and low, and the
 * band behind the stage whose touchpoint is a moment of truth.
 */
export const Curve: Story = {
  render: (_args, context) => (
    <JourneyGrid {...toolbar(context)} journey={journey} lanes={['touchpoints']}>
      <EmotionCurve />
    </JourneyGrid>
  ),
};

/** A service blueprint: four lanes, the lines between them and arrows that follow the cards' links. */
export const Blueprint: Story = {
  render: (_args, context) => <JourneyGrid {...toolbar(context)} journey={bikeRepairBlueprint} />,
};
