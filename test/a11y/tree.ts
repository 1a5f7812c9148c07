// Reading Chromium's accessibility tree in tests: find nodes by role and name, and
// print a node the way a screen reader would announce it.
import { commands } from 'vitest/browser';
import type { AxNode } from './commands';

/** A snapshot of the tree with lookups. */
export interface AxTree {
  nodes: AxNode[];
  byId: Map<string, AxNode>;
  /** Every node of `role` whose name matches `name` (a string matches when it is contained). */
  findAll(role: string, name?: string | RegExp): AxNode[];
  /** The one node of `role` whose name matches `name`; throws when there is none or more than one. */
  find(role: string, name?: string | RegExp): AxNode;
  /** The node that has focus, if any. */
  focused(): AxNode | undefined;
  /** The node's ancestors, nearest first. */
  ancestors(node: AxNode): AxNode[];
}

const matches = (value: string, name: string | RegExp | undefined) =>
  name === undefined || (typeof name === 'string' ? value.includes(name) : name.test(value));

/** Reads the tree of the test frame now. */
export async function readTree(): Promise<AxTree> {
  const nodes = await commands.accessibilityTree();
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const findAll = (role: string, name?: string | RegExp) => nodes.filter((n) => n.role === role && matches(n.name, name));
  return {
    nodes,
    byId,
    findAll,
    find(role, name) {
      const found = findAll(role, name);
      if (found.length !== 1)
        throw new Error(`Expected one ${role} named ${String(name)}, found ${found.length}: ${found.map((n) => n.name).join(' | ')}`);
      return found[0]!;
    },
    // Chromium marks the page itself focused too; the element with focus is what counts.
    focused: () => nodes.find((n) => n.properties.focused === true && n.role !== 'RootWebArea'),
    ancestors(node) {
      const out: AxNode[] = [];
      for (let p = node.parentId && byId.get(node.parentId); p; p = p.parentId ? byId.get(p.parentId) : undefined) out.push(p);
      return out;
    },
  };
}

/**
 * The node of the element that has focus, read alone: what `focused()` of a whole
 * {@link readTree} gives, at a fraction of the cost, for walks that read it at every key.
 */
export const readFocused = (): Promise<AxNode | undefined> => commands.focusedAccessibilityNode();

/** A node as a screen reader announces it: role, name, then description. */
export const announce = (node: AxNode | undefined): string =>
  node ? [node.role, JSON.stringify(node.name), node.description && `(${node.description})`].filter(Boolean).join(' ') : '(nothing)';
