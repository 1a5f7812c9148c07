import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CARD_KINDS, EVIDENCE_KINDS, JOURNEY_KINDS, LANE_KINDS, LEVELS, OPPORTUNITY_STATUSES } from '../../src';
import { examples } from '../../stories/data';
import { smallJourney } from '../fixtures';
import { ISO_DATE } from '../../src/model/dates';
import schema from '../../schema/journey.schema.json';

interface SchemaDef {
  required?: string[];
  properties: Record<string, { enum?: string[] }>;
}
const defs = schema.definitions as unknown as Record<string, SchemaDef>;

/** Reads the model's interfaces from the TypeScript source: name → property → optional? */
function modelInterfaces(): Map<string, Map<string, boolean>> {
  // Tests run from the package root.
  const path = resolve(process.cwd(), 'src/model/types.ts');
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const result = new Map<string, Map<string, boolean>>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    const props = new Map<string, boolean>();
    for (const member of node.members) {
      if (ts.isPropertySignature(member)) props.set(member.name.getText(source), member.questionToken !== undefined);
    }
    result.set(node.name.text, props);
  });
  return result;
}

describe('journey.schema.json', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);

  it('describes every model interface with the same properties and required fields', () => {
    const interfaces = modelInterfaces();
    interfaces.delete('JourneyProblem'); // not part of a journey
    expect(Object.keys(defs).sort()).toEqual([...interfaces.keys()].sort());
    for (const [name, props] of interfaces) {
      const def = defs[name]!;
      expect(Object.keys(def.properties).sort(), name).toEqual([...props.keys()].sort());
      const required = [...props].filter(([, optional]) => !optional).map(([key]) => key);
      expect([...(def.required ?? [])].sort(), `${name} required`).toEqual(required.sort());
    }
  });

  it('lists the same enumerations as the model', () => {
    expect(defs.Journey!.properties.kind!.enum).toEqual([...JOURNEY_KINDS]);
    expect(defs.Lane!.properties.kind!.enum).toEqual([...LANE_KINDS]);
    expect(defs.Card!.properties.kind!.enum).toEqual([...CARD_KINDS]);
    expect(defs.Card!.properties.severity!.enum).toEqual([...LEVELS]);
    expect(defs.Card!.properties.status!.enum).toEqual([...OPPORTUNITY_STATUSES]);
    expect(defs.Evidence!.properties.kind!.enum).toEqual([...EVIDENCE_KINDS]);
  });

  it.each(Object.entries(examples))('accepts the %s example', (_name, journey) => {
    expect(validate(journey), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects what the validator rejects for shape errors', () => {
    const broken = { ...smallJourney(), cards: [{ id: 'x', stage: 's', lane: 'l', kind: 'wish', title: 'T' }] };
    expect(validate(broken)).toBe(false);
    expect(validate({ ...smallJourney(), schemaVersion: 2 })).toBe(false);
  });
});

describe('journey.schema.json dates', () => {
  const dateFields = [
    defs.JourneyMeta!.properties.updatedAt,
    defs.JourneyMeta!.properties.validatedAt,
    defs.Evidence!.properties.date,
  ] as Array<{
    pattern?: string;
    description?: string;
  }>;

  it('asks for the ISO 8601 dates the validator accepts, by the same pattern, and says so', () => {
    for (const field of dateFields) {
      expect(field.pattern).toBe(ISO_DATE.source);
      expect(field.description).toMatch(/ISO 8601/);
    }
  });

  it('rejects a date in another form, as the validator does', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    for (const date of ['2024-03-01', '2024-03-01T09:30:00Z']) {
      expect(validate({ ...smallJourney(), meta: { updatedAt: date } }), date).toBe(true);
    }
    for (const date of ['hello world 2', '-1', '01/02/2024', '2024-3-1']) {
      expect(validate({ ...smallJourney(), meta: { updatedAt: date } }), date).toBe(false);
    }
  });

  it('rejects a card that links to one card twice, as the validator does', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const journey = smallJourney();
    journey.cards[1]!.links = ['c1', 'c1'];
    expect(ajv.compile(schema)(journey)).toBe(false);
  });
});
