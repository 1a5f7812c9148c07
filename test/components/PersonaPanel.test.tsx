import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PersonaPanel, personaInitials } from '../../src/components/PersonaPanel';
import { personaColor } from '../../src/layout/persona';
import type { Journey, Persona } from '../../src/model/types';
import { validateJourney } from '../../src/model/validate';
import kitchenData from '../../stories/data/ecommerce-kitchen.journey.json';
import broadbandData from '../../stories/data/broadband-zh.journey.json';
import saasData from '../../stories/data/saas-onboarding-multi.journey.json';
import agencyData from '../../stories/data/marketing-agency.journey.json';

/** Checks an example file with the library's own validator before typing it as a journey. */
function asJourney(data: unknown): Journey {
  expect(validateJourney(data)).toEqual([]);
  return data as Journey;
}

const kitchen = asJourney(kitchenData);
const broadband = asJourney(broadbandData);
const saas = asJourney(saasData);
const agency = asJourney(agencyData);
const sarah = kitchen.personas[0]!;

/** The kitchen journey with its one persona changed. */
function withPersona(patch: Partial<Persona>): Journey {
  return { ...kitchen, personas: [{ ...sarah, ...patch }] };
}

const avatarOf = (region: HTMLElement) => region.querySelector('.jm-PersonaPanel-avatar');

describe('PersonaPanel — full variant', () => {
  it('given the kitchen journey → shows every field of Sarah, lists under their headings', () => {
    render(<PersonaPanel journey={kitchen} />);
    const region = screen.getByRole('region', { name: 'Sarah' });
    expect(region).toHaveAttribute('data-variant', 'full');
    expect(within(region).getByRole('heading', { level: 3, name: 'Sarah' })).toBeInTheDocument();
    expect(region).toHaveTextContent('32 years');
    expect(region).toHaveTextContent(sarah.role!);
    expect(region).toHaveTextContent(sarah.location!);
    expect(within(region).getByText(sarah.situation!)).toBeInTheDocument();
    expect(within(region).getByText(sarah.description!)).toBeInTheDocument();
    expect(within(region).getByText(sarah.quote!).closest('blockquote')).not.toBeNull();

    for (const [name, items] of [
      ['Needs', sarah.needs!],
      ['Frustrations', sarah.frustrations!],
      ['Behaviours', sarah.behaviours!],
    ] as const) {
      expect(within(region).getByRole('heading', { level: 4, name })).toBeInTheDocument();
      const list = within(region).getByRole('list', { name });
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(items);
    }

    const goals = within(region)
      .getAllByRole('listitem')
      .filter((li) => li.closest('[data-section="goals"]'));
    expect(goals).toHaveLength(sarah.goals!.length);
    const goalList = within(region).getByRole('list', { name: 'Goals' });
    const career = within(goalList)
      .getByText(sarah.goals!.find((g) => g.kind === 'career')!.text)
      .closest('li')!;
    expect(career).toHaveTextContent(/^Career: /);
    const personal = within(goalList).getByText(sarah.goals![0]!.text).closest('li')!;
    expect(personal).toHaveTextContent(/^Personal: /);

    const channels = within(region).getByRole('list', { name: 'Channels' });
    expect(
      within(channels)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Search', 'Social media', 'Website', 'Video', 'Email', 'Chat', 'Word of mouth']);
    // Each chip carries an icon that screen readers skip.
    expect(channels.querySelectorAll('li svg[aria-hidden="true"]')).toHaveLength(7);
  });

  it('given one persona → there is no switcher', () => {
    render(<PersonaPanel journey={kitchen} />);
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
  });

  it('given no photo → shows the given initials in a decorative avatar', () => {
    render(<PersonaPanel journey={kitchen} />);
    const avatar = avatarOf(screen.getByRole('region'))!;
    expect(avatar).toHaveTextContent('SM');
    expect(avatar).toHaveAttribute('aria-hidden', 'true');
  });

  it('given headingLevel 2 → the name is an h2 and section headings h3', () => {
    render(<PersonaPanel journey={kitchen} headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Sarah' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Goals' })).toBeInTheDocument();
  });

  it('given a persona with only a name → shows the name and no empty sections', () => {
    const journey: Journey = { ...kitchen, personas: [{ id: sarah.id, name: 'Min' }] };
    render(<PersonaPanel journey={journey} />);
    expect(screen.getByRole('heading', { name: 'Min' })).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.queryByRole('blockquote')).not.toBeInTheDocument();
  });

  it('given an unknown channel → shows its raw id; given channelIcons → uses the host icon', () => {
    const journey = withPersona({ channels: ['web', 'carrier-pigeon'] });
    render(<PersonaPanel journey={journey} channelIcons={{ web: <span data-testid="brand-web" /> }} />);
    const channels = screen.getByRole('list', { name: 'Channels' });
    expect(
      within(channels)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Website', 'carrier-pigeon']);
    expect(within(channels).getByTestId('brand-web')).toBeInTheDocument();
  });

  it('given markup in the text → renders it as text', () => {
    render(<PersonaPanel journey={withPersona({ name: '<img src=x onerror=alert(1)>', quote: '<b>bold</b>' })} />);
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(screen.getByText('<b>bold</b>')).toBeInTheDocument();
    expect(document.querySelector('img, b')).toBeNull();
  });
});

describe('PersonaPanel — compact variant', () => {
  it('given variant compact → avatar, name, role and age, quote and top goal only', () => {
    render(<PersonaPanel journey={kitchen} variant="compact" />);
    const region = screen.getByRole('region', { name: 'Sarah' });
    expect(region).toHaveAttribute('data-variant', 'compact');
    expect(within(region).getByRole('heading', { name: 'Sarah' })).toBeInTheDocument();
    expect(within(region).getByText((_, el) => el?.className === 'jm-PersonaPanel-meta')).toHaveTextContent(`${sarah.role} · 32 years`);
    expect(within(region).getByText(sarah.quote!).closest('blockquote')).not.toBeNull();
    expect(within(region).getByText(sarah.goals![0]!.text)).toBeInTheDocument();
    expect(within(region).queryByText(sarah.goals![1]!.text)).not.toBeInTheDocument();
    expect(within(region).queryByRole('list')).not.toBeInTheDocument();
    expect(within(region).queryByText(sarah.description!)).not.toBeInTheDocument();
    expect(avatarOf(region)).toHaveTextContent('SM');
  });
});

describe('PersonaPanel — strip variant', () => {
  it('given variant strip → name, role and age, and the whole quote only', () => {
    render(<PersonaPanel journey={kitchen} variant="strip" />);
    const region = screen.getByRole('region', { name: 'Sarah' });
    expect(region).toHaveAttribute('data-variant', 'strip');
    expect(within(region).getByRole('heading', { name: 'Sarah' })).toBeInTheDocument();
    expect(within(region).getByText((_, el) => el?.className === 'jm-PersonaPanel-meta')).toHaveTextContent(`${sarah.role} · 32 years`);
    expect(within(region).getByText(sarah.quote!).closest('blockquote')).not.toBeNull();
    expect(within(region).queryByText(sarah.goals![0]!.text)).not.toBeInTheDocument();
    expect(within(region).queryByText(sarah.description!)).not.toBeInTheDocument();
  });

  it('with all personas chosen → the switcher alone, which names every persona', () => {
    render(<PersonaPanel journey={saas} variant="strip" defaultActivePersonaId={null} />);
    const region = screen.getByRole('region', { name: 'All personas' });
    expect(within(region).getAllByRole('radio')).toHaveLength(saas.personas.length + 1);
    expect(region.querySelector('.jm-PersonaPanel-card')).toBeNull();
  });
});

describe('PersonaPanel — initials and photo', () => {
  it('derives initials by code point: CJK, Cyrillic, accents, astral letters', () => {
    expect(personaInitials({ name: '王芳' })).toBe('王');
    expect(personaInitials({ name: 'Ольга Никифорова' })).toBe('ОН');
    expect(personaInitials({ name: 'élodie  de la Tour' })).toBe('ÉD');
    expect(personaInitials({ name: 'e\u0301milie durand' })).toBe('ÉD');
    expect(personaInitials({ name: '𝒜lice Bob' })).toBe('𝒜B');
    expect(personaInitials({ name: '"Sam" Rivera' })).toBe('SR');
    expect(personaInitials({ name: 'ilker', initials: undefined }, 'tr')).toBe('İ');
    expect(personaInitials({ name: 'anna' }, 'not a locale!')).toBe('A');
    expect(personaInitials({ name: 'Sarah', initials: ' SM ' })).toBe('SM');
  });

  it('given 王芳 without initials → the avatar shows 王', () => {
    const wang = broadband.personas[0]!;
    const journey: Journey = { ...broadband, personas: [{ ...wang, initials: undefined }] };
    render(<PersonaPanel journey={journey} />);
    const region = screen.getByRole('region', { name: '王芳' });
    expect(avatarOf(region)).toHaveTextContent(/^王$/);
    expect(region).toHaveAttribute('lang', 'zh-CN');
  });

  it('given an https photo → shows it as a decorative image instead of initials', () => {
    render(<PersonaPanel journey={withPersona({ photo: 'https://example.com/sarah.jpg' })} />);
    const img = screen.getByRole('presentation');
    expect(img).toHaveAttribute('src', 'https://example.com/sarah.jpg');
    expect(img).toHaveAttribute('alt', '');
    expect(avatarOf(screen.getByRole('region'))).not.toHaveTextContent('SM');
  });

  it('given a javascript: photo → no image is rendered and the panel shows its notice', () => {
    const { container } = render(<PersonaPanel journey={withPersona({ photo: 'javascript:alert(1)' })} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).not.toContain('javascript:');
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing to show: the journey data is not valid.');
  });
});

describe('PersonaPanel — switcher', () => {
  const names = ['All personas', 'Marcus Chen', 'Aisha Bello', 'Linda Jansen'];

  it('given three personas → a radio group with "All personas" and one radio per persona, the first checked', () => {
    render(<PersonaPanel journey={saas} />);
    const group = screen.getByRole('radiogroup', { name: 'Show persona' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')!.textContent)).toEqual([
      'All personas',
      'MCMarcus Chen',
      'ABAisha Bello',
      'LJLinda Jansen',
    ]);
    // The avatar is decorative: each radio is named by the persona's name alone.
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['', 'marcus', 'aisha', 'linda']);
    for (const name of names) expect(within(group).getByRole('radio', { name })).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: /Marcus Chen/ })).toBeChecked();
    expect(
      within(group)
        .getByRole('radio', { name: /Marcus Chen/ })
        .closest('label'),
    ).toHaveAttribute('data-state', 'checked');
    expect(screen.getByRole('region', { name: 'Marcus Chen' })).toBeInTheDocument();
  });

  it('uncontrolled: selecting a persona calls onActivePersonaChange with its id and shows it in full', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<PersonaPanel journey={saas} onActivePersonaChange={onChange} />);
    await user.click(screen.getByRole('radio', { name: /Aisha Bello/ }));
    expect(onChange).toHaveBeenLastCalledWith('aisha');
    const region = screen.getByRole('region', { name: 'Aisha Bello' });
    expect(within(region).getByRole('heading', { level: 3, name: 'Aisha Bello' })).toBeInTheDocument();
    expect(within(region).getByRole('list', { name: 'Goals' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Aisha Bello/ })).toBeChecked();
  });

  it('"All personas" gives null and shows every persona as a compact card side by side', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<PersonaPanel journey={saas} onActivePersonaChange={onChange} />);
    await user.click(screen.getByRole('radio', { name: 'All personas' }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    const region = screen.getByRole('region', { name: 'All personas' });
    expect(region).toHaveAttribute('data-view', 'all');
    const grid = within(region).getAllByRole('list')[0]!;
    expect(within(grid).getAllByRole('listitem')).toHaveLength(3);
    expect(
      within(grid)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Marcus Chen', 'Aisha Bello', 'Linda Jansen']);
    for (const card of region.querySelectorAll('.jm-PersonaPanel-card')) expect(card).toHaveAttribute('data-variant', 'compact');
  });

  it('controlled: the panel shows activePersonaId and only reports choices', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(<PersonaPanel journey={saas} activePersonaId="linda" onActivePersonaChange={onChange} />);
    expect(screen.getByRole('radio', { name: /Linda Jansen/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /Aisha Bello/ }));
    expect(onChange).toHaveBeenLastCalledWith('aisha');
    expect(screen.getByRole('region', { name: 'Linda Jansen' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Linda Jansen/ })).toBeChecked();
    rerender(<PersonaPanel journey={saas} activePersonaId={null} onActivePersonaChange={onChange} />);
    expect(screen.getByRole('radio', { name: 'All personas' })).toBeChecked();
    expect(screen.getByRole('region', { name: 'All personas' })).toBeInTheDocument();
  });

  it('defaultActivePersonaId and personaId choose the first persona shown', () => {
    const { unmount } = render(<PersonaPanel journey={agency} defaultActivePersonaId={null} />);
    expect(screen.getByRole('radio', { name: 'All personas' })).toBeChecked();
    unmount();
    render(<PersonaPanel journey={agency} personaId="karen" />);
    expect(screen.getByRole('region', { name: 'Karen Lindqvist' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Karen Lindqvist/ })).toBeChecked();
  });

  it('arrow keys move between personas (native radios)', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<PersonaPanel journey={agency} onActivePersonaChange={onChange} />);
    await user.tab();
    expect(screen.getByRole('radio', { name: /David Moreno/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith('karen');
    expect(screen.getByRole('region', { name: 'Karen Lindqvist' })).toBeInTheDocument();
  });

  it('showSwitcher={false} hides it', () => {
    render(<PersonaPanel journey={saas} showSwitcher={false} />);
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Marcus Chen' })).toBeInTheDocument();
  });
});

describe('PersonaPanel — persona colour', () => {
  it('personaColor: own safe colour, else the palette by index modulo six', () => {
    const many: Pick<Journey, 'personas'> = {
      personas: Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, name: `P${i}` })),
    };
    expect(personaColor(many, 'p0')).toBe('var(--jm-persona-1)');
    expect(personaColor(many, 'p5')).toBe('var(--jm-persona-6)');
    expect(personaColor(many, 'p6')).toBe('var(--jm-persona-1)');
    expect(personaColor(many, 'p7')).toBe('var(--jm-persona-2)');
    expect(personaColor(many, 'nobody')).toBe('var(--jm-persona-1)');
    expect(personaColor({ personas: [{ id: 'a', name: 'A', color: ' #1f6feb ' }] }, 'a')).toBe('#1f6feb');
    expect(personaColor({ personas: [{ id: 'a', name: 'A', color: 'red;background:url(x)' }] }, 'a')).toBe('var(--jm-persona-1)');
  });

  it('the card and switcher carry the persona colour', () => {
    const journey: Journey = { ...saas, personas: saas.personas.map((p, i) => (i === 1 ? { ...p, color: 'rebeccapurple' } : p)) };
    render(<PersonaPanel journey={journey} defaultActivePersonaId="aisha" />);
    const card = screen.getByRole('region').querySelector('.jm-PersonaPanel-card') as HTMLElement;
    expect(card.style.getPropertyValue('--jm-PersonaPanel-color')).toBe('rebeccapurple');
    const linda = screen.getByRole('radio', { name: /Linda Jansen/ }).closest('label')!;
    expect(linda.style.getPropertyValue('--jm-PersonaPanel-color')).toBe('var(--jm-persona-3)');
  });
});

describe('PersonaPanel — bad input', () => {
  it('given something that is not a journey → an inline alert, no throw', () => {
    render(<PersonaPanel journey={{} as Journey} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing to show: the journey data is not valid.');
    expect(screen.getByRole('alert')).toHaveClass('jm-PartError');
  });

  it('given null → an inline alert', () => {
    render(<PersonaPanel journey={null as unknown as Journey} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('given a persona id the journey lacks → an inline alert, the switcher still offers the others', async () => {
    const user = userEvent.setup();
    render(<PersonaPanel journey={saas} personaId="nobody" />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Aisha Bello/ }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Aisha Bello' })).toBeInTheDocument();
  });
});

describe('PersonaPanel — conformance and theming', () => {
  it('forwards ref, merges className, spreads extra props onto the root section', () => {
    const ref = createRef<HTMLElement>();
    render(<PersonaPanel ref={ref} journey={kitchen} className="host" data-testid="panel" id="p" title="Persona" />);
    const root = screen.getByTestId('panel');
    expect(ref.current).toBe(root);
    expect(root.tagName).toBe('SECTION');
    expect(root).toHaveClass('jm-PersonaPanel', 'host', 'jm-root');
    expect(root).toHaveAttribute('id', 'p');
    expect(root).toHaveAttribute('title', 'Persona');
  });

  it('a host aria-label wins over the persona name', () => {
    render(<PersonaPanel journey={kitchen} aria-label="Customer" />);
    expect(screen.getByRole('region', { name: 'Customer' })).toBeInTheDocument();
  });

  it('standalone by default: jm-root with theme, density and theme variables', () => {
    render(
      <PersonaPanel
        journey={kitchen}
        theme={{ base: 'dark', colors: { accent: '#ff00aa' } }}
        density="compact"
        style={{ maxWidth: 400 }}
      />,
    );
    const root = screen.getByRole('region');
    expect(root).toHaveClass('jm-root');
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root).toHaveAttribute('data-density', 'compact');
    expect(root.style.getPropertyValue('--jm-color-accent')).toBe('#ff00aa');
    expect(root.style.maxWidth).toBe('400px');
  });

  it('standalone={false}: no jm-root, no data-theme', () => {
    render(<PersonaPanel journey={kitchen} standalone={false} theme="dark" />);
    const root = screen.getByRole('region');
    expect(root).not.toHaveClass('jm-root');
    expect(root).not.toHaveAttribute('data-theme');
    expect(root).not.toHaveAttribute('data-density');
    expect(root).toHaveClass('jm-PersonaPanel');
  });

  it('labels override headings, age and switcher strings', () => {
    render(
      <PersonaPanel
        journey={saas}
        labels={{
          goals: 'Ziele',
          needs: 'Bedürfnisse',
          age: (age) => `${age} Jahre`,
          allPersonas: 'Alle Personas',
          personaSwitcher: 'Persona wählen',
          channels: { web: 'Webseite' },
        }}
      />,
    );
    const marcus = saas.personas[0]!;
    expect(screen.getByRole('list', { name: 'Ziele' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Bedürfnisse' })).toBeInTheDocument();
    expect(screen.getByRole('region')).toHaveTextContent(`${marcus.age} Jahre`);
    expect(screen.getByRole('radiogroup', { name: 'Persona wählen' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Alle Personas' })).toBeInTheDocument();
    if (marcus.channels?.includes('web')) {
      expect(within(screen.getByRole('list', { name: 'Channels' })).getByText('Webseite')).toBeInTheDocument();
    }
  });
});

describe('several persona panels on one page', () => {
  it('two server-rendered panels hydrated as separate React roots (the same useId values) keep their switchers apart', async () => {
    const { hydrateRoot } = await import('react-dom/client');
    const { renderToString } = await import('react-dom/server');
    const { act } = await import('react');
    const html = renderToString(<PersonaPanel journey={saas} />);
    const hosts = [document.createElement('div'), document.createElement('div')];
    for (const host of hosts) {
      host.innerHTML = html;
      document.body.append(host);
    }
    const roots: Array<ReturnType<typeof hydrateRoot>> = [];
    act(() => {
      for (const host of hosts) roots.push(hydrateRoot(host, <PersonaPanel journey={saas} />));
    });
    const names = hosts.map((host) => within(host).getAllByRole('radio')[0]!.getAttribute('name'));
    expect(names[0]).not.toBe(names[1]);
    // Choosing a persona in one panel leaves the other's choice alone.
    const user = userEvent.setup();
    await user.click(within(hosts[0]!).getAllByRole('radio')[1]!);
    expect(within(hosts[0]!).getAllByRole('radio')[1]).toBeChecked();
    expect(
      within(hosts[1]!)
        .getAllByRole('radio')
        .filter((radio) => (radio as HTMLInputElement).checked),
    ).toHaveLength(1);
    act(() => roots.forEach((root) => root.unmount()));
    hosts.forEach((host) => host.remove());
  });
});
