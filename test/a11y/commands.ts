// Commands the accessibility tests call from the browser (`commands.name(...)` from
// 'vitest/browser'); they run beside the test, in Node, with the Playwright page that
// holds the test frame. They reach what a script inside the page cannot: the
// accessibility tree Chromium hands a screen reader, and media emulation.
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

/** Chromium's accessibility tree of the test frame, every node a screen reader is given (ignored nodes left out). */
export const accessibilityTree: BrowserCommand<[]> = async (context): Promise<AxNode[]> => {
  const session = await sessionOf(context);
  const frame = await context.frame();
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const frameId = findFrame(frameTree, frame.url());
  if (!frameId) throw new Error(`No frame with the address ${frame.url()}`);
  await session.send('Accessibility.enable');
  const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId })) as { nodes: RawAxNode[] };
  return nodes
    .filter((node) => !node.ignored)
    .map((node) => ({
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
    }));
};

/** Playwright's ARIA snapshot (YAML) of the first element matching `selector` in the test frame. */
export const ariaSnapshot: BrowserCommand<[selector: string]> = async (context, selector): Promise<string> =>
  (await context.frame()).locator(selector).first().ariaSnapshot();

/** Emulates media features (forced colours, reduced motion, colour scheme) for the page and its frames. */
export const emulateMedia: BrowserCommand<[media: MediaFeatures]> = async (context, media): Promise<void> => {
  await context.page.emulateMedia(media);
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

export const a11yCommands = { accessibilityTree, ariaSnapshot, emulateMedia, platformFonts };
