import type { ChannelIconMap } from '../src';

/** A brand's own channel icons: solid badges with a letter, replacing the built-in line icons. */
function Badge({ letter, color }: { letter: string; color: string }) {
  return (
    <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <rect width="16" height="16" rx="4" fill={color} />
      <text x="8" y="12" fontSize="10" fontWeight="700" textAnchor="middle" fill="#ffffff" fontFamily="system-ui, sans-serif">
        {letter}
      </text>
    </svg>
  );
}

/** Icons for the channels the example journeys use most, by channel id. */
export const brandChannelIcons: ChannelIconMap = {
  web: <Badge letter="W" color="#0a2a66" />,
  'mobile-app': <Badge letter="A" color="#5b3fa8" />,
  email: <Badge letter="E" color="#8a5300" />,
  phone: <Badge letter="P" color="#1b6b3a" />,
  chat: <Badge letter="C" color="#b3261e" />,
  search: <Badge letter="S" color="#4a5872" />,
  'in-person': <Badge letter="I" color="#0f6b8a" />,
};

export const channelIconsArgType = {
  control: { type: 'select' },
  options: ['built-in', 'brand badges'],
  mapping: { 'built-in': undefined, 'brand badges': brandChannelIcons },
} as const;
