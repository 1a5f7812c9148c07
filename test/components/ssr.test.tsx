// @vitest-environment node
import { memo } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  EmotionCurve,
  JourneyGrid,
  JourneyMap,
  PersonaPanel,
  ServiceBlueprintLane,
  StageColumn,
  TouchpointCard,
  type EmotionCurveProps,
} from '../../src';
import { examples } from '../../stories/data';
import { smallBlueprint, smallJourney } from '../fixtures';

/** Text as React writes it into HTML. */
const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

describe('server rendering', () => {
  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each(Object.entries(examples))('renders the %s example to a string with every stage and card', (_name, journey) => {
    const out = renderToString(<JourneyMap journey={journey} />);
    expect(out).toContain('role="grid"');
    expect(out).not.toContain('role="alert"');
    for (const stage of journey.stages) expect(out).toContain(html(stage.name));
    for (const card of journey.cards) expect(out).toContain(html(card.title));
    for (const persona of journey.personas) expect(out).toContain(html(persona.name));
  });

  it('renders the grid layout by default (it cannot measure), with the curve over equal columns', () => {
    const out = renderToString(<JourneyGrid journey={smallJourney()} />);
    expect(out).toContain('data-layout="grid"');
    expect(out).toMatch(/class="jm-EmotionCurve-point"[^>]*data-stage-id="search"[^>]*style="left:25%/);
  });

  it('mirrors the curve for a right-to-left map', () => {
    const out = renderToString(<JourneyGrid journey={{ ...smallJourney(), dir: 'rtl' }} />);
    expect(out).toContain('dir="rtl"');
    expect(out).toMatch(/data-stage-id="search"[^>]*style="left:75%/);
  });

  it('renders the stacked layout when asked', () => {
    const out = renderToString(<JourneyGrid journey={smallJourney()} layout="stacked" />);
    expect(out).toContain('data-layout="stacked"');
    expect(out).toContain('role="group" class="jm-StageColumn"');
  });

  it('renders the error panel for bad data', () => {
    const out = renderToString(<JourneyMap journey={{ schemaVersion: 1 }} />);
    expect(out).toContain('role="alert"');
    expect(out).toContain('This journey map cannot be drawn');
    expect(out).toContain('<code class="jm-ErrorPanel-path">id</code>');
  });

  it('renders every part', () => {
    const j = smallJourney();
    const out = renderToString(
      <>
        <PersonaPanel journey={j} />
        <TouchpointCard card={j.cards[0]!} />
        <JourneyGrid journey={j} lanes={['touch']}>
          <StageColumn stageId="search" variant="stacked" />
          <EmotionCurve />
          <ServiceBlueprintLane />
        </JourneyGrid>
      </>,
    );
    expect(out).toContain('Sam Rivera');
    expect(out).toContain('role="article"');
    expect(out).toContain('jm-EmotionCurve');
    expect(out).toContain('jm-ServiceBlueprintLane');
  });

  it("draws a part wrapped in the host's component, or memoised, once: the grid leaves its lanes to it", () => {
    const HostCurve = (props: EmotionCurveProps) => <EmotionCurve {...props} />;
    const MemoBlueprint = memo(ServiceBlueprintLane);
    const j = smallBlueprint();
    const journey = { ...j, lanes: [...j.lanes, { id: 'feel', kind: 'emotion' as const, label: 'Emotions' }] };
    const out = renderToString(
      <JourneyGrid journey={journey} lanes={[]}>
        <HostCurve />
        <MemoBlueprint />
      </JourneyGrid>,
    );
    const count = (text: string) => out.split(text).length - 1;
    expect(count('class="jm-Lane jm-EmotionCurve"')).toBe(1);
    expect(count('class="jm-ServiceBlueprintLane"')).toBe(1);
    expect(count('Asks for a kettle')).toBe(1);
    // The parts' lanes, in the order the host placed the parts.
    expect(out.indexOf('data-lane-id="feel"')).toBeLessThan(out.indexOf('data-lane-id="customer"'));
  });
});
