import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { JourneyMap, PersonaPanel, isSafeUrl, themeToCssVariables, validateJourney, type Journey } from '../../src';
import { CSS_PAYLOADS, TEXT_PAYLOADS, URL_PAYLOADS, hostileJourney } from '../../stories/data/payloads';

/** Everything in the DOM that could run code: script elements, on* handlers, unsafe addresses. */
function executableBits(root: HTMLElement): string[] {
  const found: string[] = [];
  root.querySelectorAll('script, iframe, object, embed, style').forEach((el) => found.push(`<${el.tagName.toLowerCase()}>`));
  root.querySelectorAll('*').forEach((el) => {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${el.tagName}[${attr.name}]`);
      if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(attr.name) && !isSafeUrl(attr.value)) {
        found.push(`${el.tagName}[${attr.name}=${attr.value}]`);
      }
      if (attr.name === 'style' && /url\(|expression|javascript/i.test(attr.value)) found.push(`${el.tagName}[style=${attr.value}]`);
    }
  });
  return found;
}

describe('hostile text', () => {
  it('renders every payload as plain text, in every text field, with nothing executable', async () => {
    const journey = hostileJourney();
    expect(validateJourney(journey)).toEqual([]);
    const { container } = render(<JourneyMap journey={journey} layout="grid" />);
    expect(executableBits(container)).toEqual([]);
    // The payloads are visible as the literal text people typed.
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(TEXT_PAYLOADS[0]);
    expect(container.textContent).toContain(TEXT_PAYLOADS[9]);
    // Open a card's details: the popover shows more fields, still as text.
    await userEvent.click(screen.getByRole('button', { name: new RegExp(`Touchpoint: ${escape(TEXT_PAYLOADS[4])}`) }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(TEXT_PAYLOADS[5])).toBeInTheDocument();
    expect(executableBits(document.body)).toEqual([]);
  });

  it('renders the persona panel of a hostile journey as text', () => {
    const { container } = render(<PersonaPanel journey={hostileJourney()} />);
    expect(executableBits(container)).toEqual([]);
    expect(container.textContent).toContain(TEXT_PAYLOADS[9]);
  });
});

describe('hostile addresses', () => {
  it.each(URL_PAYLOADS)('rejects %j wherever a journey holds an address', (url) => {
    expect(isSafeUrl(url)).toBe(false);
    const journey = hostileJourney();
    journey.personas[0]!.photo = url;
    journey.cards[0]!.url = url;
    journey.cards[2]!.image = { src: url, alt: 'x' };
    journey.evidence![0]!.url = url;
    const paths = validateJourney(journey).map((p) => p.path);
    expect(paths).toEqual(['personas[0].photo', 'cards[0].url', 'cards[2].image.src', 'evidence[0].url']);
  });

  it.each([
    'https://example.com/a?b=c#d',
    'http://example.com',
    'mailto:cx@example.com',
    'tel:+441234567890',
    '/relative/path.png',
    'relative.png',
    '#anchor',
    '?q=1',
  ])('accepts %j', (url) => expect(isSafeUrl(url)).toBe(true));

  it('never puts an unsafe address in the DOM, even when validation is bypassed by a part', () => {
    const { container } = render(
      <JourneyMap journey={{ ...hostileJourney(), cards: [{ ...hostileJourney().cards[0]!, url: URL_PAYLOADS[0] }] } as Journey} />,
    );
    // Invalid: the error panel, with the path, and no link anywhere.
    expect(screen.getByRole('alert')).toHaveTextContent('cards[0].url');
    expect(executableBits(container)).toEqual([]);
  });
});

describe('hostile theme values', () => {
  it.each(CSS_PAYLOADS)('drops %j before it reaches a CSS variable', (value) => {
    const vars = themeToCssVariables({ colors: { accent: value }, fontFamily: value, radius: value });
    expect(vars).toEqual({});
  });

  it('keeps ordinary values and applies them to the root', () => {
    const { container } = render(
      <JourneyMap
        journey={hostileJourney()}
        theme={{ colors: { accent: CSS_PAYLOADS[0], pain: 'rgb(200 0 0)' }, fontFamily: 'Georgia, "Times New Roman", serif' }}
      />,
    );
    const root = container.querySelector<HTMLElement>('.jm-JourneyMap')!;
    expect(root.style.getPropertyValue('--jm-color-pain')).toBe('rgb(200 0 0)');
    expect(root.style.getPropertyValue('--jm-color-accent')).toBe('');
    expect(root.style.getPropertyValue('--jm-font-family')).toContain('Georgia');
  });

  it('rejects a persona colour that tries to escape', () => {
    for (const value of CSS_PAYLOADS) {
      const journey = hostileJourney();
      journey.personas[0]!.color = value;
      expect(validateJourney(journey).map((p) => p.path)).toContain('personas[0].color');
    }
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
