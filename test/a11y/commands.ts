// Commands the accessibility tests call from the browser (`commands.name(...)` from
// 'vitest/browser'); they run beside the test, in Node, with the Playwright page that
// holds the test frame. They reach what a script inside the page cannot: the
// accessibility tree Chromium hands a screen reader, and media emulation.
import { spawn } from 'node:child_process';
import type { CDPSession } from 'playwright';
import type { BrowserCommand, BrowserCommandContext } from 'vitest/node';

/** One node of Chromium's accessibility tree, as a screen reader receives it. */
export interface AxNode {
  id: string;
  parentId?: string;
  childIds: string[];
  role: string;
  name: string;
  description: string;
  /** Chromium's properties of the node (focusable, focused, pressed, selected, level, live, hidden…). */
  properties: Record<string, string | number | boolean>;
}

/** The media features a test may emulate. */
export interface MediaFeatures {
  forcedColors?: 'active' | 'none' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  colorScheme?: 'light' | 'dark' | 'no-preference' | null;
  /** The media type: `'print'` applies print styles. */
  media?: 'screen' | 'print' | null;
}

const sessions = new WeakMap<object, Promise<CDPSession>>();

function sessionOf(context: BrowserCommandContext): Promise<CDPSession> {
  let session = sessions.get(context.page);
  if (!session) {
    session = context.page.context().newCDPSession(context.page);
    sessions.set(context.page, session);
  }
  return session;
}

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

function findFrame(tree: FrameTree, url: string): string | undefined {
  if (tree.frame.url === url) return tree.frame.id;
  for (const child of tree.childFrames ?? []) {
    const id = findFrame(child, url);
    if (id) return id;
  }
  return undefined;
}

interface RawAxValue {
  value?: unknown;
}
interface RawAxNode {
  nodeId: string;
  parentId?: string;
  childIds?: string[];
  ignored: boolean;
  role?: RawAxValue;
  name?: RawAxValue;
  description?: RawAxValue;
  properties?: Array<{ name: string; value: RawAxValue }>;
}

/** The id Chromium gives the test frame. */
async function frameIdOf(session: CDPSession, context: BrowserCommandContext): Promise<string> {
  const frame = await context.frame();
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const frameId = findFrame(frameTree, frame.url());
  if (!frameId) throw new Error(`No frame with the address ${frame.url()}`);
  return frameId;
}

const axNode = (node: RawAxNode): AxNode => ({
  id: node.nodeId,
  parentId: node.parentId,
  childIds: node.childIds ?? [],
  role: String(node.role?.value ?? ''),
  name: String(node.name?.value ?? ''),
  description: String(node.description?.value ?? ''),
  properties: Object.fromEntries(
    (node.properties ?? []).map((p) => [
      p.name,
      (typeof p.value.value === 'object' ? JSON.stringify(p.value.value) : p.value.value) as string,
    ]),
  ),
});

/** Chromium's accessibility tree of the test frame, every node a screen reader is given (ignored nodes left out). */
export const accessibilityTree: BrowserCommand<[]> = async (context): Promise<AxNode[]> => {
  const session = await sessionOf(context);
  const frameId = await frameIdOf(session, context);
  await session.send('Accessibility.enable');
  const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId })) as { nodes: RawAxNode[] };
  return nodes.filter((node) => !node.ignored).map(axNode);
};

// An isolated world per test frame, to reach its focused element from here: it shares the frame's DOM.
const worlds = new Map<string, number>();

/**
 * The node of Chromium's accessibility tree for the element that has focus in the test
 * frame, as {@link accessibilityTree} gives it; undefined when focus is on no element
 * the tree holds. Reads that one node, not the whole tree: a keyboard walk reads it at
 * every step.
 */
export const focusedAccessibilityNode: BrowserCommand<[]> = async (context): Promise<AxNode | undefined> => {
  const session = await sessionOf(context);
  const frameId = await frameIdOf(session, context);
  await session.send('Accessibility.enable');
  const evaluate = async (): Promise<{ result: { objectId?: string } }> => {
    let contextId = worlds.get(frameId);
    if (contextId === undefined) {
      ({ executionContextId: contextId } = (await session.send('Page.createIsolatedWorld', { frameId, worldName: 'focused-node' })) as {
        executionContextId: number;
      });
      worlds.set(frameId, contextId);
    }
    return (await session.send('Runtime.evaluate', { expression: 'document.activeElement', contextId })) as {
      result: { objectId?: string };
    };
  };
  let evaluated: { result: { objectId?: string } };
  try {
    evaluated = await evaluate();
  } catch {
    // The frame was loaded again since: a new world.
    worlds.delete(frameId);
    evaluated = await evaluate();
  }
  const objectId = evaluated.result.objectId;
  if (!objectId) return undefined;
  try {
    const { nodes } = (await session.send('Accessibility.getPartialAXTree', { objectId, fetchRelatives: false })) as { nodes: RawAxNode[] };
    const node = nodes.find((n) => !n.ignored && n.properties?.some((p) => p.name === 'focused' && p.value.value === true));
    return node && node.role?.value !== 'RootWebArea' ? axNode(node) : undefined;
  } finally {
    await session.send('Runtime.releaseObject', { objectId });
  }
};

/** Playwright's ARIA snapshot (YAML) of the first element matching `selector` in the test frame. */
export const ariaSnapshot: BrowserCommand<[selector: string]> = async (context, selector): Promise<string> =>
  (await context.frame()).locator(selector).first().ariaSnapshot();

/** Emulates media features (forced colours, reduced motion, colour scheme) for the page and its frames. */
export const emulateMedia: BrowserCommand<[media: MediaFeatures]> = async (context, media): Promise<void> => {
  await context.page.emulateMedia(media);
};

/**
 * An SVG drawn by librsvg (`rsvg-convert`), a renderer that, like design tools, draws no
 * `foreignObject`: the PNG as base64. `scripts/find-chromium.mjs` installs it where missing.
 */
export const rasterizeSvg: BrowserCommand<[svg: string]> = (_context, svg): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn('rsvg-convert', ['--format', 'png'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (errors += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out).toString('base64')) : reject(new Error(`rsvg-convert exited with ${code}: ${errors}`)),
    );
    child.stdin.end(svg);
  });

/**
 * Chromium's screenshot of the first element matching `selector` at its full size, as
 * base64 PNG. The test frame is drawn scaled down when it is larger than the window
 * (`page.viewport`); for the shot the window is enlarged and the scale set to 1, then
 * both are set back.
 */
export const screenshotElement: BrowserCommand<[selector: string]> = async (context, selector): Promise<string> => {
  const page = context.page;
  const before = page.viewportSize();
  const locator = (await context.frame()).locator(selector).first();
  const frameSize = await locator.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
  await page.setViewportSize({
    width: Math.max(before?.width ?? 0, frameSize.width + 100),
    height: Math.max(before?.height ?? 0, frameSize.height + 100),
  });
  // The element that holds the test frame and scales it.
  const holder = page.locator('[data-scale]').first();
  const transform = await holder.evaluate((el: HTMLElement) => {
    const old = el.style.transform;
    el.style.transform = 'none';
    return old;
  });
  try {
    return (await locator.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' })).toString('base64');
  } finally {
    await holder.evaluate((el: HTMLElement, old: string) => {
      el.style.transform = old;
    }, transform);
    if (before) await page.setViewportSize(before);
  }
};

/** The commands, keyed as tests call them. */
interface DomNode {
  nodeId: number;
  frameId?: string;
  children?: DomNode[];
  contentDocument?: DomNode;
}

/** The document node of the frame `frameId`, searched through every nested frame. */
function frameDocument(node: DomNode, frameId: string): DomNode | undefined {
  if (node.frameId === frameId && node.contentDocument) return node.contentDocument;
  for (const child of [...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const found = frameDocument(child, frameId);
    if (found) return found;
  }
  return undefined;
}

/**
 * The fonts Chromium actually drew the text of the first element matching `selector` with
 * (`CSS.getPlatformFontsForNode`): family names and how many glyphs each drew. It tells a
 * real font from a fallback that draws empty boxes.
 */
export const platformFonts: BrowserCommand<[selector: string]> = async (
  context,
  selector,
): Promise<Array<{ familyName: string; glyphCount: number }>> => {
  const session = await sessionOf(context);
  const frame = await context.frame();
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const frameId = findFrame(frameTree, frame.url());
  if (!frameId) throw new Error(`No frame with the address ${frame.url()}`);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const document = frameDocument(root, frameId);
  if (!document) throw new Error('The test frame has no document');
  const { nodeId } = (await session.send('DOM.querySelector', { nodeId: document.nodeId, selector })) as { nodeId: number };
  if (!nodeId) throw new Error(`Nothing matches ${selector}`);
  const { fonts } = (await session.send('CSS.getPlatformFontsForNode', { nodeId })) as {
    fonts: Array<{ familyName: string; glyphCount: number }>;
  };
  return fonts.map(({ familyName, glyphCount }) => ({ familyName, glyphCount }));
};

/** Where a pointer goes: the centre of the first element matching `selector`, moved by `dx`, `dy` pixels. */
export interface PointerPlace {
  selector: string;
  dx?: number;
  dy?: number;
}

/**
 * Drags with the real mouse, as a person does: presses on `from`, moves in steps through
 * `through` to the last place, and lets go there unless `hold` (to look at the page mid-drag;
 * a later call with `from` null moves on and lets go).
 */
export const mouseDrag: BrowserCommand<[from: PointerPlace | null, through: PointerPlace[], hold?: boolean]> = async (
  context,
  from,
  through,
  hold = false,
): Promise<void> => {
  const frame = await context.frame();
  // A map of thousands of cards on a busy machine can take longer than the default action time to lay out.
  const timeout = 60_000;
  const point = async ({ selector, dx = 0, dy = 0 }: PointerPlace) => {
    const box = await frame.locator(selector).first().boundingBox({ timeout });
    if (!box) throw new Error(`Nothing to point at: ${selector}`);
    return { x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 + dy };
  };
  const mouse = context.page.mouse;
  if (from) {
    await frame.locator(from.selector).first().scrollIntoViewIfNeeded({ timeout });
    const start = await point(from);
    await mouse.move(start.x, start.y);
    await mouse.down();
  }
  for (const place of through) {
    const p = await point(place);
    await mouse.move(p.x, p.y, { steps: 8 });
  }
  if (!hold) await mouse.up();
};

export const a11yCommands = {
  mouseDrag,
  accessibilityTree,
  focusedAccessibilityNode,
  ariaSnapshot,
  emulateMedia,
  platformFonts,
  rasterizeSvg,
  screenshotElement,
};
