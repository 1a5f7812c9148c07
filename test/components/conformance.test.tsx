import { describe, expect, it } from 'vitest';
import * as api from '../../src';
import * as exportApi from '../../src/export';
import { createRef } from 'react';
import { EmotionCurve, JourneyGrid, JourneyMap, PersonaPanel, ServiceBlueprintLane, StageColumn, TouchpointCard } from '../../src';
import { ExportMenu } from '../../src/export';
import { describeConformance } from '../conformance';
import { smallBlueprint, smallJourney } from '../fixtures';

const journey = smallJourney();
const card = journey.cards[0]!;

describeConformance<HTMLDivElement>('JourneyMap', {
  rootClass: 'jm-JourneyMap',
  standalone: true,
  render: (props) => <JourneyMap journey={journey} layout="grid" {...props} />,
});

describeConformance<HTMLDivElement>('JourneyMap showing the error panel', {
  rootClass: 'jm-JourneyMap',
  standalone: true,
  render: (props) => <JourneyMap journey={{ not: 'a journey' }} {...props} />,
});

describeConformance<HTMLDivElement>('JourneyGrid', {
  rootClass: 'jm-JourneyGrid',
  standalone: true,
  render: (props) => <JourneyGrid journey={journey} layout="grid" {...props} />,
});

describeConformance<HTMLDivElement>('JourneyGrid, stacked', {
  rootClass: 'jm-JourneyGrid',
  standalone: true,
  render: (props) => <JourneyGrid journey={journey} layout="stacked" {...props} />,
});

describeConformance<HTMLDivElement>('JourneyGrid with an invalid journey', {
  rootClass: 'jm-JourneyGrid',
  standalone: true,
  render: (props) => <JourneyGrid journey={{ ...journey, stages: [] }} {...props} />,
});

describeConformance<HTMLDivElement>('StageColumn', {
  rootClass: 'jm-StageColumn',
  render: (props) => (
    <JourneyGrid journey={journey} layout="grid">
      <StageColumn stageId="checkout" {...props} />
    </JourneyGrid>
  ),
});

describeConformance<HTMLDivElement>('StageColumn, stacked', {
  rootClass: 'jm-StageColumn',
  render: (props) => (
    <JourneyGrid journey={journey} layout="grid">
      <StageColumn stageId="checkout" variant="stacked" {...props} />
    </JourneyGrid>
  ),
});

describeConformance<HTMLDivElement>('StageColumn with an unknown stage', {
  rootClass: 'jm-PartError',
  render: (props) => (
    <JourneyGrid journey={journey} layout="grid">
      <StageColumn stageId="nowhere" {...props} />
    </JourneyGrid>
  ),
});

describeConformance<HTMLDivElement>('TouchpointCard on its own', {
  rootClass: 'jm-TouchpointCard',
  standalone: true,
  render: (props) => <TouchpointCard card={card} {...props} />,
});

describeConformance<HTMLDivElement>('TouchpointCard inside JourneyGrid', {
  rootClass: 'jm-TouchpointCard',
  render: (props) => (
    <JourneyGrid journey={journey} layout="grid">
      <TouchpointCard card={card} {...props} />
    </JourneyGrid>
  ),
});

describeConformance<HTMLDivElement>('EmotionCurve', {
  rootClass: 'jm-EmotionCurve',
  render: (props) => (
    <JourneyGrid journey={journey} layout="grid" lanes={['touch']}>
      <EmotionCurve {...props} />
    </JourneyGrid>
  ),
});

describeConformance<HTMLDivElement>('ServiceBlueprintLane', {
  rootClass: 'jm-ServiceBlueprintLane',
  render: (props) => (
    <JourneyGrid journey={smallBlueprint()} layout="grid">
      <ServiceBlueprintLane {...props} />
    </JourneyGrid>
  ),
});

describeConformance<HTMLElement>('PersonaPanel', {
  rootClass: 'jm-PersonaPanel',
  standalone: true,
  render: (props) => <PersonaPanel journey={journey} {...props} />,
});

describeConformance<HTMLDivElement>('ExportMenu', {
  rootClass: 'jm-ExportMenu',
  render: (props) => <ExportMenu target={createRef<HTMLElement>()} journey={journey} {...props} />,
});

describe('conformance coverage', () => {
  it('every exported component shows its public name in React DevTools and error messages', () => {
    const components = [...Object.entries(api), ...Object.entries(exportApi)].filter(
      ([, value]) => typeof value === 'object' && value !== null && '$$typeof' in value,
    );
    expect(components.length).toBeGreaterThan(0);
    for (const [name, component] of components) expect((component as { displayName?: string }).displayName, name).toBe(name);
  });

  it('covers every component the package exports, from every entry point', () => {
    const covered = [
      'JourneyMap',
      'JourneyGrid',
      'StageColumn',
      'TouchpointCard',
      'EmotionCurve',
      'ServiceBlueprintLane',
      'PersonaPanel',
      'ExportMenu',
    ];
    // forwardRef and memo components are objects carrying React's $$typeof tag.
    const components = [...Object.entries(api), ...Object.entries(exportApi)]
      .filter(([, value]) => typeof value === 'object' && value !== null && '$$typeof' in value)
      .map(([name]) => name);
    expect(components.sort()).toEqual([...covered].sort());
  });
});
