// Which parts of the map a host lets the user edit.
import { describe, expect, it } from 'vitest';
import { allowed, editableParts, partOf } from '../../src/layout/readOnly';

describe('readOnly', () => {
  it('left out or false: everything editable; true: nothing', () => {
    expect(Object.values(editableParts(undefined)).every(Boolean)).toBe(true);
    expect(Object.values(editableParts(false)).every(Boolean)).toBe(true);
    expect(Object.values(editableParts(true)).some(Boolean)).toBe(false);
  });

  it('an object names the read-only parts', () => {
    expect(editableParts({ stages: true, lanes: true })).toEqual({
      cards: true,
      fields: true,
      stages: false,
      lanes: false,
      emotions: true,
      personas: true,
    });
    expect(editableParts({ personas: true })).toMatchObject({ personas: false, cards: true });
    expect(editableParts({ stages: false })).toMatchObject({ stages: true });
  });

  it('except names the only editable parts', () => {
    expect(editableParts({ except: ['fields'] })).toEqual({
      cards: false,
      fields: true,
      stages: false,
      lanes: false,
      emotions: false,
      personas: false,
    });
    expect(editableParts({ except: ['personas'] })).toMatchObject({ personas: true, fields: false });
  });

  it('each command belongs to a part; undo and redo need something editable', () => {
    const onlyFields = editableParts({ except: ['fields'] });
    expect(partOf({ type: 'details', cardId: 'a' })).toBe('fields');
    expect(allowed({ type: 'rename', cardId: 'a' }, onlyFields)).toBe(true);
    expect(allowed({ type: 'remove', cardId: 'a' }, onlyFields)).toBe(false);
    expect(allowed({ type: 'add', laneId: 'l', stage: 0 }, onlyFields)).toBe(false);
    expect(allowed({ type: 'undo' }, onlyFields)).toBe(true);
    expect(allowed({ type: 'undo' }, editableParts(true))).toBe(false);
  });
});
