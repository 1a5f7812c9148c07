import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { JourneyMap, PersonaPanel, type Journey } from '../src';
import { CSS_PAYLOADS, URL_PAYLOADS, hostileJourney } from './data/payloads';

type Flagged = Window & { __pwned?: unknown; __dialogs?: string[] };

const meta = {
  title: 'Developers/Robustness/Hostile input',
  component: JourneyMap,
  args: { journey: hostileJourney(), layout: 'grid' },
  // Trap every way a payload could announce itself, before the story renders.
  beforeEach: () => {
    const w = window as Flagged;
    delete w.__pwned;
    w.__dialogs = [];
    const { alert, confirm, prompt } = window;
    window.alert = (m?: unknown) => void w.__dialogs!.push(`alert:${String(m)}`);
    window.confirm = (m?: string) => (w.__dialogs!.push(`confirm:${String(m)}`), false);
    window.prompt = (m?: string) => (w.__dialogs!.push(`prompt:${String(m)}`), null);
    return () => Object.assign(window, { alert, confirm, prompt });
  },
} satisfies Meta<typeof JourneyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

async function expectNothingRan(root: HTMLElement) {
  // Give failed images, frames and styles time to fire their handlers.
  await new Promise((resolve) => setTimeout(resolve, 400));
  const w = window as Flagged;
  await expect(w.__pwned).toBeUndefined();
  await expect(w.__dialogs).toEqual([]);
  await expect(root.querySelectorAll('script, iframe, object, embed').length).toBe(0);
}

/** Every text field of a journey holds a script-injection payload: it shows as text, and nothing runs. */
export const TextPayloads: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('<img src=x onerror=');
    await userEvent.click(canvas.getAllByRole('button', { name: /Touchpoint:/ })[0]!);
    await waitFor(() => expect(within(document.body).getByRole('dialog')).toBeVisible());
    await expectNothingRan(document.body);
  },
};

/** Hostile addresses in photo, link, image and evidence fields: the journey is refused with the paths, nothing is linked. */
export const UrlPayloads: Story = {
  args: {
    journey: (() => {
      const j = hostileJourney();
      j.personas[0]!.photo = URL_PAYLOADS[0];
      j.cards[0]!.url = URL_PAYLOADS[2];
      j.cards[2]!.image = { src: URL_PAYLOADS[8], alt: 'x' };
      j.evidence![0]!.url = URL_PAYLOADS[10];
      return j;
    })(),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('cards[0].url');
    await expect(canvasElement.querySelectorAll('a[href], img[src]').length).toBe(0);
    await expectNothingRan(canvasElement);
  },
};

/** Theme values and persona colours that try to break out of CSS: dropped, the map still draws. */
export const CssPayloads: Story = {
  args: {
    theme: { colors: { accent: CSS_PAYLOADS[0], pain: CSS_PAYLOADS[2] }, fontFamily: CSS_PAYLOADS[4], radius: CSS_PAYLOADS[1] },
  },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('.jm-JourneyMap')!;
    await expect(root.getAttribute('style') ?? '').not.toMatch(/url\(|expression|script/i);
    await expect(getComputedStyle(document.body).display).not.toBe('none');
    await expectNothingRan(canvasElement);
  },
};

/** The persona panel alone, fed the same payloads. */
export const PersonaPanelPayloads: StoryObj<typeof PersonaPanel> = {
  render: () => <PersonaPanel journey={hostileJourney() as Journey} />,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.textContent).toContain('<script>');
    await expectNothingRan(canvasElement);
  },
};
