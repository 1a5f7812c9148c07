/**
 * What every part of the vector writer shares while it walks one map: the window whose
 * layout it reads, where the picture's origin lies, the colour and font reader, and the
 * `<defs>` it collects (clip paths, gradients, blur filters).
 */
import { Painter } from './paint';
import { tag, type AttributeValue } from './xml';

/** A box in picture coordinates (CSS pixels from the map's top-left corner). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The overlap of two boxes; `undefined` stands for "no clip" and is the identity. */
export function intersect(a: Box | undefined, b: Box): Box {
  if (!a) return b;
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y),
  };
}

/** Whether two boxes overlap at all. */
export function overlaps(a: Box | undefined, b: Box): boolean {
  if (!a) return true;
  return b.x < a.x + a.width && b.x + b.width > a.x && b.y < a.y + a.height && b.y + b.height > a.y;
}

/** Definitions the picture refers to by id, deduplicated by what they hold. */
export class Defs {
  private readonly items: string[] = [];
  private readonly byKey = new Map<string, string>();

  constructor(private readonly prefix: string) {}

  /** The id of a definition `name` with `attrs` and `content`, made once however often it is asked for. */
  add(name: string, attrs: Readonly<Record<string, AttributeValue>>, content = ''): string {
    const key = `${name}|${JSON.stringify(attrs)}|${content}`;
    let id = this.byKey.get(key);
    if (!id) {
      id = `${this.prefix}${this.byKey.size}`;
      this.byKey.set(key, id);
      this.items.push(tag(name, { id, ...attrs }, content));
    }
    return id;
  }

  toString(): string {
    return this.items.length ? `<defs>${this.items.join('')}</defs>` : '';
  }
}

/** The shared state of one vector export. */
export class VectorContext {
  readonly painter: Painter;
  readonly defs = new Defs('jmv');
  readonly view: Window;
  readonly doc: Document;
  private readonly originX: number;
  private readonly originY: number;

  constructor(root: HTMLElement) {
    this.doc = root.ownerDocument;
    this.view = this.doc.defaultView!;
    this.painter = new Painter(this.doc);
    const rect = root.getBoundingClientRect();
    this.originX = rect.left;
    this.originY = rect.top;
  }

  /** A viewport rectangle in picture coordinates. */
  box(rect: { left: number; top: number; width: number; height: number }): Box {
    return { x: rect.left - this.originX, y: rect.top - this.originY, width: rect.width, height: rect.height };
  }

  /** Picture coordinates of a viewport point. */
  point(x: number, y: number): [number, number] {
    return [x - this.originX, y - this.originY];
  }
}
