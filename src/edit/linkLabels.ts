import type { LinkProblem, LinkWords } from '../layout/linking';

/** The two cards of a link, by title. */
export interface LinkEnds {
  /** The title of the card the link leaves. */
  from: string;
  /** The title of the card it leads to. */
  to: string;
}

/** The strings of linking cards (part of `EditorLabels`). */
export interface LinkLabels {
  /** Toolbar button: link the card to another, choosing it with the arrow keys (the L key does the same). */
  connect: string;
  /** Toolbar button: the card's links, each with a button that removes it. */
  links: (count: number) => string;
  /** Tooltip of the handle on the card pointed at: drag it to another card to link them. */
  connectHandle: string;
  /** Announced when link mode starts by keyboard (L or Connect), with how to choose the card. */
  linkStarted: (from: string) => string;
  /** Announced when a drag from the connect handle starts. */
  linkDragStarted: (from: string) => string;
  /** Announced each time the arrow keys or the pointer choose another target card. */
  linkTarget: (words: LinkWords) => string;
  /** Announced when the target cannot move further that way. */
  noCardThatWay: string;
  /** Announced when a link is added (and after undo or redo, prefixed). */
  linked: (ends: LinkEnds) => string;
  /** Announced when a link is removed. */
  unlinked: (ends: LinkEnds) => string;
  /** Announced when a link is refused: to the card itself, one that exists, or a card gone. */
  linkRefused: (args: LinkEnds & { problem: LinkProblem }) => string;
  /** Announced when Delete finds no link between the two cards. */
  noLinkBetween: (ends: LinkEnds) => string;
  /** Announced when linking is cancelled (Escape, a release off the cards). */
  linkCancelled: (from: string) => string;
  /** Title of the list of a card's links. */
  linksTitle: (title: string) => string;
  /** A link the card leads along, in its list. */
  leadsTo: (title: string) => string;
  /** A link leading to the card, in its list. */
  comesFrom: (title: string) => string;
  /** Name of the button that removes a link from the list (starts with its visible text, `removeLinkText`). */
  removeLink: (args: { direction: 'out' | 'in'; title: string }) => string;
  /** Visible text of that button. */
  removeLinkText: string;
  /** Shown in the list when the card has no links left. */
  noLinks: string;
  /** The list's button that closes it. */
  close: string;
}

/** The built-in English strings of linking cards. */
export const defaultLinkLabels: LinkLabels = {
  connect: 'Connect',
  links: (count) => `Links (${count})`,
  connectHandle: 'Drag to another card to link them',
  linkStarted: (from) =>
    `Connecting “${from}”. Arrow keys choose the card it leads to, Enter or Space connects, Delete removes a link between them, Escape cancels.`,
  linkDragStarted: (from) => `Connecting “${from}”: let go over the card it leads to; Escape cancels.`,
  linkTarget: ({ from, to, stage, lane, linked }) =>
    `Connecting “${from}”: target “${to}”, stage ${stage}, lane ${lane}` +
    (linked === 'self' ? ' (the card itself)' : linked === 'out' ? ', already linked' : linked === 'in' ? ', it links here' : ''),
  noCardThatWay: 'No card further that way',
  linked: ({ from, to }) => `Link from “${from}” to “${to}” added`,
  unlinked: ({ from, to }) => `Link from “${from}” to “${to}” removed`,
  linkRefused: ({ from, to, problem }) =>
    problem === 'self'
      ? `A card cannot link to itself; nothing changed`
      : problem === 'exists'
        ? `“${from}” already links to “${to}”; nothing changed`
        : 'That card is no longer in the journey; nothing changed',
  noLinkBetween: ({ from, to }) => `No link between “${from}” and “${to}” to remove`,
  linkCancelled: (from) => `Linking “${from}” cancelled; nothing changed`,
  linksTitle: (title) => `Links of “${title}”`,
  leadsTo: (title) => `Leads to “${title}”`,
  comesFrom: (title) => `Comes from “${title}”`,
  removeLink: ({ direction, title }) => (direction === 'out' ? `Remove link to “${title}”` : `Remove link from “${title}”`),
  removeLinkText: 'Remove',
  noLinks: 'No links',
  close: 'Close',
};
