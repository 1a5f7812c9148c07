/**
 * Other people on the map, as pure functions: which peers are on each card, the words that
 * say so, and an outline colour that keeps 3:1 contrast against the card.
 */

/** Another person on the map. */
export interface Peer {
  /** Unique id. */
  id: string;
  /** Their name, e.g. "Ana". */
  name: string;
  /** Their colour (a CSS colour); a darker or lighter outline is drawn when it shows too faintly on a card. */
  color: string;
  /** The card they are on, if any. */
  cardId?: string;
  /** Whether they are editing that card. */
  editing?: boolean;
}

/** The strings that say where peers are (part of `EditorLabels`). */
export interface PeerLabels {
  /** A peer's name tag: "Ana", or "Ana is editing". */
  peerTag: (args: { name: string; editing: boolean }) => string;
  /** A card's description of the peers on it: "Ana is editing; Ben is here". */
  peersOnCard: (peers: ReadonlyArray<{ name: string; editing: boolean }>) => string;
}

/** The built-in English strings of peers. */
export const defaultPeerLabels: PeerLabels = {
  peerTag: ({ name, editing }) => (editing ? `${name} is editing` : name),
  peersOnCard: (peers) => peers.map((p) => `${p.name} ${p.editing ? 'is editing' : 'is here'}`).join('; '),
};

/** The peers on each card that `cardIds` holds, in the order given (a card no peer is on is left out). */
export function peersByCard(peers: readonly Peer[], cardIds: ReadonlySet<string> | readonly string[]): Map<string, Peer[]> {
  const known = cardIds instanceof Set ? cardIds : new Set(cardIds as readonly string[]);
  const byCard = new Map<string, Peer[]>();
  for (const peer of peers) {
    if (!peer.cardId || !known.has(peer.cardId)) continue;
    byCard.set(peer.cardId, [...(byCard.get(peer.cardId) ?? []), peer]);
  }
  return byCard;
}

/** A colour read as red, green and blue (0–255), from `#rgb`, `#rrggbb` (with or without alpha), `rgb()`/`rgba()` or `color(srgb …)`; `undefined` otherwise. */
export function parseColor(color: string): [number, number, number] | undefined {
  const text = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
  if (rgb) return [1, 2, 3].map((i) => Math.min(255, Number(rgb[i]))) as [number, number, number];
  // How browsers give a computed `color-mix(in srgb, …)`: channels from 0 to 1.
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(text);
  return srgb ? ([1, 2, 3].map((i) => Math.round(Math.min(1, Number(srgb[i])) * 255)) as [number, number, number]) : undefined;
}

const luminance = ([r, g, b]: [number, number, number]) => {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

/** The contrast ratio (WCAG) of two colours, or `undefined` when either cannot be read. */
export function contrast(a: string, b: string): number | undefined {
  const x = parseColor(a);
  const y = parseColor(b);
  if (!x || !y) return undefined;
  const [hi, lo] = [luminance(x), luminance(y)].sort((m, n) => n - m) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour to outline a card in for a peer of colour `color` on a card of colour
 * `background`: the peer's own when it keeps 3:1 contrast, else black on a light card and
 * white on a dark one (a colour that cannot be read counts as too faint).
 */
export function peerOutline(color: string, background: string): string {
  const ratio = contrast(color, background);
  if (ratio !== undefined && ratio >= 3) return color;
  const bg = parseColor(background);
  return bg && luminance(bg) < 0.18 ? '#ffffff' : '#000000';
}

/** Black or white, whichever reads better as text on `background` (a colour {@link parseColor} reads; black otherwise). */
export function textOn(background: string): string {
  return (contrast('#ffffff', background) ?? 0) > (contrast('#000000', background) ?? 0) ? '#ffffff' : '#000000';
}
