import type { ReactNode, SVGProps } from 'react';
import { own } from '../model/own';

/** Path data of the built-in channel icons (24×24, stroked). */
const CHANNEL_PATHS: Record<string, string> = {
  web: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c2.5 2.7 3.7 5.7 3.7 9s-1.2 6.3-3.7 9c-2.5-2.7-3.7-5.7-3.7-9S9.5 5.7 12 3z',
  'mobile-app': 'M8 2h8a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zM11 18h2',
  email: 'M3 6h18v12H3zM3 6l9 7 9-7',
  phone:
    'M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.8.7 2.7a2 2 0 0 1-.5 2.1L8 9.8a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.7.7a2 2 0 0 1 1.7 2z',
  chat: 'M21 12a8 8 0 0 1-11.6 7.1L4 21l1.9-5.4A8 8 0 1 1 21 12zM8.5 12h.01M12 12h.01M15.5 12h.01',
  social:
    'M18 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM6 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM18 22a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM8.6 13.5l6.8 4M15.4 6.5l-6.8 4',
  search: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14zM21 21l-5-5',
  ads: 'M3 11v2a1 1 0 0 0 1 1h2l5 4V6L6 10H4a1 1 0 0 0-1 1zM15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13',
  store: 'M3 9l1.5-5h15L21 9M3 9h18v2a3 3 0 0 1-6 0 3 3 0 0 1-6 0 3 3 0 0 1-6 0zM5 13v8h14v-8M10 21v-5h4v5',
  'in-person': 'M9 7a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 21v-2a5 5 0 0 1 5-5h2a5 5 0 0 1 5 5v2M16 3.1a3 3 0 0 1 0 5.8M21 21v-2a5 5 0 0 0-3-4.6',
  mail: 'M4 4h16v16H4zM4 9h16M9 4v5M14 14h3',
  'word-of-mouth': 'M7 10h.01M12 10h.01M17 10h.01M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z',
  'support-desk':
    'M3 14v-2a9 9 0 0 1 18 0v2M21 15a2 2 0 0 1-2 2h-1v-6h1a2 2 0 0 1 2 2zM3 15a2 2 0 0 0 2 2h1v-6H5a2 2 0 0 0-2 2zM18 17v1a3 3 0 0 1-3 3h-3',
  partner: 'M11 17l2 2a1 1 0 0 0 1.4 0l4.3-4.3a2 2 0 0 0 0-2.8L14 7.2 12 9.2a2 2 0 0 1-2.8-2.8L12.5 3 3 12.5l4.5 4.5M16 6l5 5',
  sms: 'M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H9l-5 4V5a1 1 0 0 1 0-1zM8 9h8M8 12h5',
  video: 'M3 6h12a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1zM16 10l6-3v10l-6-3',
  event: 'M4 5h16v16H4zM4 10h16M9 3v4M15 3v4',
  print: 'M6 9V3h12v6M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2M6 14h12v7H6z',
  kiosk: 'M5 3h14v12H5zM9 21h6M12 15v6M9 9h6',
};

const GENERIC = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 8v4M12 16h.01';

/** An icon: a React node drawn at 1em by 1em in the current text colour. */
export type ChannelIconMap = Record<string, ReactNode>;

/** A stroked 24×24 icon in the current text colour, hidden from assistive technology. */
function Icon({ d, ...props }: { d: string } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      // Drawn inside its box, it needs no clip (an SVG clips by default): a clip in every
      // card slows the painting of a big map.
      overflow="visible"
      {...props}
    >
      <path d={d} />
    </svg>
  );
}

/** The built-in icon of a channel; unknown channels get a generic mark. */
export function ChannelIcon({ channel }: { channel: string }) {
  return <Icon d={own(CHANNEL_PATHS, channel) ?? GENERIC} />;
}

/** A channel's icon: the host's own from `icons` when it gives one, else the built-in one. */
export const channelIcon = (channel: string, icons: ChannelIconMap | undefined): ReactNode =>
  own(icons, channel) ?? <ChannelIcon channel={channel} />;

/** Small marks used on cards. */
const MARK_PATHS = {
  star: 'M12 2l3.1 6.3 6.9 1-5 4.9 1.2 6.8L12 17.8 5.8 21l1.2-6.8-5-4.9 6.9-1z',
  source: 'M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6',
  question: 'M9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3M12 17h.01',
  close: 'M18 6L6 18M6 6l12 12',
} as const;

/** A small decorative mark: the star is filled, the others stroked. */
export function Mark({ name }: { name: keyof typeof MARK_PATHS }) {
  return name === 'star' ? (
    <Icon d={MARK_PATHS.star} fill="currentColor" strokeWidth={1} />
  ) : (
    <Icon d={MARK_PATHS[name]} strokeWidth={2.4} />
  );
}
