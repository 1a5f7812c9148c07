import type { Card, Emotion, Journey, JourneyProblem } from '../types';
import { assign, type Fields } from './assign';

/** The journey's lists, by name. */
export interface Lists {
  personas: Journey['personas'];
  phases: NonNullable<Journey['phases']>;
  stages: Journey['stages'];
  lanes: Journey['lanes'];
  cards: Journey['cards'];
  emotions: Journey['emotions'];
  evidence: NonNullable<Journey['evidence']>;
}
/** The name of one of the journey's lists. */
export type ListName = keyof Lists;
/** The lists whose items have an `id`. */
export type IdListName = Exclude<ListName, 'emotions'>;

const LIST_NAMES: readonly ListName[] = ['personas', 'phases', 'stages', 'lanes', 'cards', 'emotions', 'evidence'];

/** Thrown inside {@link Draft} to stop at a change that cannot be applied; `applyJourneyChanges` reports it. */
export class ChangeProblem extends Error {
  constructor(readonly problem: JourneyProblem) {
    super(problem.message);
  }
}

/** Stops the changes at `path` with `message`. */
export function fail(path: string, message: string): never {
  throw new ChangeProblem({ path, message });
}

/** The stage, persona and scenario a score belongs to, as one text; a point naming no persona belongs to the only one. */
export function emotionKey(emotion: Pick<Emotion, 'stage' | 'persona' | 'scenario'>, onlyPersona: string | undefined): string {
  return JSON.stringify([emotion.stage, emotion.persona ?? onlyPersona ?? null, emotion.scenario ?? 'current']);
}

/**
 * A journey being changed: each list is copied the first time a change touches it, and
 * each part is replaced, never written to, so that whatever no change touches keeps its
 * identity in the result and the input journey is never modified.
 */
export class Draft {
  private header: Journey;
  private readonly copied = new Set<ListName>();
  private readonly lists: Partial<Lists> = {};

  constructor(readonly base: Journey) {
    this.header = base;
  }

  /** A list to read (the input's own until a change copies it). */
  read<K extends ListName>(name: K): Lists[K] {
    return (this.lists[name] ?? this.base[name] ?? []) as Lists[K];
  }

  /** A list to change: a copy of its own. */
  write<K extends ListName>(name: K): Lists[K] {
    if (!this.copied.has(name)) {
      this.lists[name] = [...this.read(name)] as Lists[K];
      this.copied.add(name);
    }
    return this.lists[name] as Lists[K];
  }

  /** Where the part with this id sits in its list, or -1. */
  indexOf(name: IdListName, id: string): number {
    return (this.read(name) as ReadonlyArray<{ id: string }>).findIndex((item) => item.id === id);
  }

  /** The index of the part with this id, or a stop naming `path`. */
  require(name: IdListName, id: unknown, path: string, what: string): number {
    if (typeof id !== 'string') fail(path, `the ${what} id must be a text, but it is ${typeof id}`);
    const index = this.indexOf(name, id);
    if (index < 0) fail(path, `there is no ${what} "${id}"`);
    return index;
  }

  /** Puts `item` in the list at `index` (clamped), or last. */
  insert<K extends ListName>(name: K, item: Lists[K][number], index: number | undefined): void {
    const list = this.write(name) as Array<Lists[K][number]>;
    const at = index === undefined ? list.length : Math.max(0, Math.min(list.length, Math.trunc(index)));
    list.splice(at, 0, item);
  }

  /** Takes the item at `index` out of the list and returns it. */
  take<K extends ListName>(name: K, index: number): Lists[K][number] {
    return (this.write(name) as Array<Lists[K][number]>).splice(index, 1)[0]!;
  }

  /** Replaces the item at `index`. */
  replace<K extends ListName>(name: K, index: number, item: Lists[K][number]): void {
    (this.write(name) as Array<Lists[K][number]>)[index] = item;
  }

  /** Changes fields of every card that `pick` chooses: `change` returns the fields to set and remove. */
  updateCards(pick: (card: Card) => boolean, change: (card: Card) => { set?: Fields; unset?: string[] }): void {
    const cards = this.read('cards');
    for (let i = 0; i < cards.length; i++) {
      const card = cards[i]!;
      if (!pick(card)) continue;
      const { set = {}, unset = [] } = change(card);
      this.replace('cards', i, assign(card as unknown as Fields, set, unset, (key) => key === 'id') as unknown as Card);
    }
  }

  /** Keeps only the items of a list that `keep` chooses. */
  filter<K extends ListName>(name: K, keep: (item: Lists[K][number]) => boolean): void {
    const list = this.read(name) as ReadonlyArray<Lists[K][number]>;
    if (list.every(keep)) return;
    this.lists[name] = list.filter(keep) as Lists[K];
    this.copied.add(name);
  }

  /** Changes the journey's own fields. */
  setHeader(set: Fields, unset: readonly string[], fixed: (key: string) => boolean): void {
    this.header = assign(this.header as unknown as Fields, set, unset, fixed) as unknown as Journey;
  }

  /** The changed journey: the header's fields, with each list that changed put in its place. */
  result(): Journey {
    if (this.copied.size === 0 && this.header === this.base) return this.base;
    const out = { ...this.header } as Record<string, unknown>;
    for (const name of LIST_NAMES) {
      if (!this.copied.has(name)) continue;
      const list = this.lists[name]!;
      // An optional list the journey did not have stays out while it is empty.
      if (list.length === 0 && !Object.hasOwn(this.base, name)) delete out[name];
      else out[name] = list;
    }
    return out as unknown as Journey;
  }
}
