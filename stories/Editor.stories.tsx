import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { parseJourney, type Journey } from '../src';
import { JourneyEditor, useJourneyHistory } from '../src/edit';
import { arEditorLabels, ruEditorLabels } from '../src/locales';
import { examples } from './data';
import { arabicBankJourney } from './journeys/arabic-bank';

/** Every journey a designer can edit here: the example journeys and the right-to-left bank journey. */
const JOURNEYS: Record<string, Journey> = { ...examples, 'arabic-bank': arabicBankJourney };
const FIRST = 'ecommerce-kitchen';
const example = JOURNEYS[FIRST]!;
const storageKey = (name: string) => `react-journey-map:editor:${name}`;

/** The journey kept in this browser's storage under `name`, or the example when there is none (or it no longer reads). */
function stored(name: string): Journey {
  const original = JOURNEYS[name] ?? example;
  try {
    const text = localStorage.getItem(storageKey(name));
    return text ? parseJourney(JSON.parse(text)) : original;
  } catch {
    return original;
  }
}

/** Props of the story's host page. */
interface EditableMapProps {
  /** Which example journey opens first (the page's “Journey” menu switches between them). */
  journeyName?: string;
  /** The map's theme. */
  theme?: 'light' | 'dark';
  /** The map's density. */
  density?: 'comfortable' | 'compact';
}

/**
 * A host page: the editor controlled by `useJourneyHistory`, each journey saved in this
 * browser's storage on every change, under its own name; Reset goes back to the example.
 */
function EditableMap({ journeyName = FIRST, theme, density }: EditableMapProps) {
  const [name, setName] = useState(journeyName in JOURNEYS ? journeyName : FIRST);
  const [initial] = useState(() => stored(name));
  const history = useJourneyHistory(initial);
  const { journey, reset } = history;
  useEffect(() => {
    localStorage.setItem(storageKey(name), JSON.stringify(journey));
  }, [name, journey]);
  const open = (next: string) => {
    setName(next);
    reset(stored(next));
  };
  return (
    <JourneyEditor
      journey={journey}
      onJourneyChange={history.onJourneyChange}
      onUndo={history.undo}
      onRedo={history.redo}
      layout="grid"
      theme={theme}
      density={density}
      actions={
        <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
          <label>
            Journey{' '}
            <select value={name} onChange={(event) => open(event.target.value)}>
              {Object.entries(JOURNEYS).map(([key, item]) => (
                <option key={key} value={key}>
                  {item.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={history.undo} disabled={!history.canUndo}>
            Undo
          </button>
          <button type="button" onClick={history.redo} disabled={!history.canRedo}>
            Redo
          </button>
          <button type="button" onClick={() => reset(JOURNEYS[name] ?? example)}>
            Reset
          </button>
        </div>
      }
    />
  );
}

/**
 * Editable maps (`react-journey-map/edit`): the host owns the journey, the editor emits
 * typed changes. Here the host keeps the history with `useJourneyHistory` and saves the
 * journey in this browser's storage. Every example journey can be edited: pick it from the
 * Journey menu (each is kept under its own name); Reset goes back to the example as shipped.
 */
const meta = {
  title: 'Editor/Editable map',
  component: EditableMap,
  args: { journeyName: FIRST },
  argTypes: {
    journeyName: { control: 'select', options: Object.keys(JOURNEYS) },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    density: { control: 'inline-radio', options: ['comfortable', 'compact'] },
  },
} satisfies Meta<typeof EditableMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Focus a card and press F2 to rename it (Enter commits, Escape cancels), Delete to delete
 * it, Ctrl+Arrow keys to move it; on an empty cell press N to add a card. Ctrl+Z undoes.
 * The pointer has the same through the small toolbar on the card or cell pointed at, and
 * a double-click renames.
 */
export const EditableMapStory: Story = {
  name: 'Editable map',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Reset' }));
    const card = () => canvasElement.querySelector<HTMLElement>('[data-card-id="th-aw"]')!;
    await step('delete a card: focus it, press Delete', async () => {
      // Tab past the Move and Remove buttons in the stage headers to the grid's one tab stop, then down its first column to the card.
      for (let i = 0; i < 60 && !document.activeElement?.hasAttribute('data-nav-key'); i++) await userEvent.tab();
      for (let i = 0; i < 10 && document.activeElement !== card(); i++) await userEvent.keyboard('{ArrowDown}');
      await expect(card()).toHaveFocus();
      await userEvent.keyboard('{Delete}');
      await waitFor(() => expect(card()).toBeNull());
      await expect(canvasElement.querySelector('.jm-JourneyEditor-status')).toHaveTextContent(
        'Card “There are hundreds of fridges. Where do I even start?” deleted from Awareness · Thoughts',
      );
      await expect(document.activeElement).toHaveAttribute('data-nav-key', 'cell:thoughts:0');
    });
    await step('undo it with the Undo button', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
      await waitFor(() => expect(card()).toHaveTextContent('There are hundreds of fridges. Where do I even start?'));
      await expect(canvas.getByRole('button', { name: 'Undo' })).toBeDisabled();
      await expect(canvas.getByRole('button', { name: 'Redo' })).toBeEnabled();
    });
  },
};

/**
 * Moving: press M on a focused card (or the toolbar's Move) to pick it up, then Arrow keys
 * choose the cell and the place in it — outlined, with a line where it goes in, and
 * announced — Enter or Space drops it, Escape puts it back. Or drag the card. Each stage
 * header has ⇆ (pick the stage up: Left and Right, then Enter) and ✕ (remove it, choosing
 * where its cards go); a stage header can be dragged too.
 */
export const MoveCardsAndStages: Story = {
  name: 'Move cards and stages',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const status = () => canvasElement.querySelector('.jm-JourneyEditor-status');
    await userEvent.click(canvas.getByRole('button', { name: 'Reset' }));
    await step('pick a card up with M, move it one stage on, drop it with Enter', async () => {
      canvasElement.querySelector<HTMLElement>('[data-card-id="tp-aw-social"]')!.focus();
      await userEvent.keyboard('m');
      await expect(status()).toHaveTextContent(/^Picked up card “Sponsored kitchen make-over reels”/);
      await userEvent.keyboard('{ArrowRight}');
      await expect(status()).toHaveTextContent('Consideration · Touchpoints, place 2 of 3');
      await userEvent.keyboard('{Enter}');
      await expect(status()).toHaveTextContent('Card “Sponsored kitchen make-over reels” moved to Consideration · Touchpoints');
    });
    await step('undo the move', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
      await waitFor(() => expect(canvas.getByRole('button', { name: 'Redo' })).toBeEnabled());
    });
    await step('remove a stage, moving its cards to the next stage', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Remove stage Usage' }));
      const dialog = await within(document.body).findByRole('dialog', { name: 'Remove stage “Usage”' });
      await userEvent.click(within(dialog).getByRole('radio', { name: 'Move to the next stage, Support' }));
      await userEvent.click(within(dialog).getByRole('button', { name: 'Remove stage' }));
      await expect(status()).toHaveTextContent('Stage “Usage” removed; its 5 cards moved to Support');
      await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
      await waitFor(() => expect(canvas.getByRole('button', { name: 'Remove stage Usage' })).toBeInTheDocument());
    });
  },
};

/**
 * Every field of a card: press E on a focused card (or the toolbar's Details) to open its
 * details panel — description, kind, channel, severity, impact, effort, status, owner,
 * moment of truth, its span across stages, the evidence it cites and the cards it leads
 * to. Save makes one undoable step, announced with the fields changed; a field with bad
 * input (an empty title, a span running backwards) is marked with its message and nothing
 * is saved. Escape closes the panel and changes nothing.
 */
export const EditCardDetails: Story = {
  name: 'Edit card details',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const status = () => canvasElement.querySelector('.jm-JourneyEditor-status');
    await userEvent.click(canvas.getByRole('button', { name: 'Reset' }));
    const card = () => canvasElement.querySelector<HTMLElement>('[data-card-id="pain-aw-choice"]')!;
    await step('open the details with E: the panel takes focus on the title', async () => {
      card().focus();
      await userEvent.keyboard('e');
      const dialog = await canvas.findByRole('dialog', { name: 'Card details: Too much choice, no starting point' });
      await expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveFocus();
    });
    await step('an empty title is refused with a message on the field', async () => {
      const dialog = canvas.getByRole('dialog');
      await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Title' }));
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
      await expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription('⚠ A card needs a title.');
      await expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveFocus();
      await userEvent.keyboard('Too many fridges to choose from');
    });
    await step('change the severity, the owner, the span and a citation; save', async () => {
      const dialog = canvas.getByRole('dialog');
      await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Severity' }), 'high');
      await userEvent.type(within(dialog).getByRole('textbox', { name: 'Owner' }), 'Merchandising');
      await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Last stage (span)' }), 'consideration');
      await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Post-delivery survey, Q4 2025' }));
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
      await expect(status()).toHaveTextContent(
        'Card “Too much choice, no starting point” updated: Title, Severity, Owner, Last stage (span), Evidence cited',
      );
      await waitFor(() => expect(card()).toHaveTextContent('Too many fridges to choose from'));
      await expect(card()).toHaveFocus();
    });
    await step('undo the whole save in one step with Ctrl+Z', async () => {
      await userEvent.keyboard('{Control>}z{/Control}');
      await waitFor(() => expect(card()).toHaveTextContent('Too much choice, no starting point'));
      await expect(status()).toHaveTextContent('Undone: Card “Too much choice, no starting point” updated');
    });
  },
};

/**
 * The host decides what may change: here `readOnly={{ except: ['fields'] }}` — only the
 * cards' titles and details. The toolbar offers Rename and Details; the stage controls are
 * not drawn; Delete on a card says why it does nothing; the span is shown but disabled, with
 * the reason as its description.
 */
export const OnlyDetailsEditable: Story = {
  name: 'Only details editable (readOnly)',
  render: () => <JourneyEditor defaultJourney={example} layout="grid" readOnly={{ except: ['fields'] }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const card = canvasElement.querySelector<HTMLElement>('[data-card-id="th-aw"]')!;
    card.focus();
    await expect(canvas.queryByRole('button', { name: /^Move stage/ })).toBeNull();
    await userEvent.keyboard('{Delete}');
    await expect(canvasElement.querySelector('.jm-JourneyEditor-status')).toHaveTextContent(
      'Cards cannot be added, moved or deleted in this map',
    );
    await userEvent.keyboard('e');
    const dialog = await canvas.findByRole('dialog');
    await expect(within(dialog).getByRole('combobox', { name: 'First stage' })).toBeDisabled();
    await expect(within(dialog).getByRole('combobox', { name: 'First stage' })).toHaveAccessibleDescription(
      'Cards cannot be added, moved or deleted in this map',
    );
  },
};

/**
 * The emotion curve, the stages and the lanes. Each point of the curve is a slider: drag it
 * up or down (it snaps to the scale) or focus it and use Up and Down (Home and End go to
 * the ends), F2 edits its feeling and Delete removes it; a stage without a point has a “+”.
 * Each stage header also has ✎ (rename in place), + (add a stage before or after) and ▦
 * (its phase); each phase header ✎ and ✕; each lane header ✎, ¶ (describe), ↑ ↓ and ✕
 * (remove, choosing where its cards go); “Add a lane” under the map asks for its kind.
 */
export const CurveStagesAndLanes: Story = {
  name: 'Curve, stages and lanes',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const status = () => canvasElement.querySelector('.jm-JourneyEditor-status');
    await userEvent.click(canvas.getByRole('button', { name: 'Reset' }));
    await step('drag the Consideration point up two steps of the scale', async () => {
      const handle = await canvas.findByRole('slider', { name: 'Score at Consideration' });
      const plot = handle.closest('.jm-EmotionCurve-plot')!;
      const step = (plot.clientHeight - 32) / 6;
      const box = handle.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      await userEvent.pointer([
        { keys: '[MouseLeft>]', target: handle, coords: { clientX: x, clientY: y } },
        { target: handle, coords: { clientX: x, clientY: y - step } },
        { target: handle, coords: { clientX: x, clientY: y - 2 * step - 4 } },
        { keys: '[/MouseLeft]', target: handle, coords: { clientX: x, clientY: y - 2 * step - 4 } },
      ]);
      await expect(status()).toHaveTextContent('Score at Consideration set to +1, Overwhelmed');
      await expect(handle).toHaveAttribute('aria-valuetext', '+1, Overwhelmed');
    });
    await step('and one step down with the keyboard', async () => {
      canvas.getByRole('slider', { name: 'Score at Consideration' }).focus();
      await userEvent.keyboard('{ArrowDown}');
      await expect(status()).toHaveTextContent('Score at Consideration set to 0, Overwhelmed');
    });
    await step('reorder stages: pick Awareness up with its ⇆ button, move it one place on, drop it', async () => {
      canvas.getByRole('button', { name: 'Move stage Awareness' }).focus();
      await userEvent.keyboard('{Enter}{ArrowRight}{Enter}');
      await expect(status()).toHaveTextContent('Stage “Awareness” moved to position 2 of 7');
    });
    await step('add a lane of backstage processes', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Add a lane' }));
      const dialog = await within(document.body).findByRole('dialog', { name: 'Add a lane' });
      await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind' }), 'backstage');
      await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Warehouse');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
      await expect(status()).toHaveTextContent('Lane “Warehouse” (Backstage) added');
      await waitFor(() => expect(canvas.getByRole('rowheader', { name: 'Warehouse' })).toBeInTheDocument());
    });
  },
};

/** The editor in the dark theme and compact density: every control and dialog keeps its contrast. */
export const DarkCompact: Story = {
  name: 'Dark theme, compact',
  args: { theme: 'dark', density: 'compact' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Reset' }));
    canvasElement.querySelector<HTMLElement>('[data-card-id="pain-aw-choice"]')!.focus();
    await userEvent.keyboard('e');
    await expect(await canvas.findByRole('dialog', { name: /^Card details/ })).toBeVisible();
  },
};

/**
 * The editor speaks the journey's language: a journey with `locale: 'ru'` gets every
 * control, dialog and announcement in Russian, loaded on demand (English until the set
 * arrives). `editorLabels` would still override any of them.
 */
export const Russian: Story = {
  render: () => <JourneyEditor defaultJourney={examples['bakery-owner-day-ru']!} layout="grid" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const journey = examples['bakery-owner-day-ru']!;
    const stage = journey.stages[0]!.name;
    await expect(await canvas.findByRole('button', { name: ruEditorLabels.moveStage(stage) })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: ruEditorLabels.addLane })).toBeInTheDocument();
    await expect(canvasElement.querySelector('.jm-JourneyEditor-help')).toHaveTextContent(ruEditorLabels.help);
  },
};

/**
 * Right to left, in Arabic: the editor's controls, help and dialogs in Arabic, mirrored
 * with the map. Removing a stage asks, in Arabic, where its cards go (the dialog is left open).
 */
export const RightToLeft: Story = {
  render: () => <JourneyEditor defaultJourney={arabicBankJourney} layout="grid" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const stage = arabicBankJourney.stages[1]!.name;
    await userEvent.click(await canvas.findByRole('button', { name: arEditorLabels.removeStage(stage) }));
    const dialog = await within(document.body).findByRole('dialog', { name: arEditorLabels.removeStageTitle(stage) });
    await expect(within(dialog).getByRole('radio', { name: arEditorLabels.removeCards })).toBeInTheDocument();
    await expect(within(dialog).getByRole('button', { name: arEditorLabels.cancel })).toBeInTheDocument();
  },
};

const team = examples['saas-onboarding-multi']!;

/** Other people on the map, as a collaborative host would pass them from its presence service. */
const teamPeers = [
  { id: 'ana', name: 'Ana', color: '#d1350f', cardId: 'a-connect', editing: true },
  { id: 'ben', name: 'Ben', color: '#1f6feb', cardId: 'th-aisha-signup' },
  { id: 'chidi', name: 'Chidi', color: '#ffd54f', cardId: 'th-aisha-signup' },
  { id: 'dee', name: 'Dee', color: '#0b6e4f' },
];

/** A host page for people: the editor with its own history, three personas and four peers. */
function PeopleOnTheMap({ theme, dir }: { theme?: 'light' | 'dark'; dir?: 'ltr' | 'rtl' }) {
  // The curve is left read-only here: three personas' points at one stage sit closer than a 24 px target allows.
  return <JourneyEditor defaultJourney={team} layout="grid" theme={theme} dir={dir} peers={teamPeers} readOnly={{ emotions: true }} />;
}

/**
 * People on the map. Under the persona panel each persona has an “Edit persona” button — a
 * form of every field, goals and needs one a line, bad input (an empty name, a colour that
 * is not one, a photo URL that is not allowed) said under its field and never saved — and a
 * “Remove persona” button whose dialog says what goes with it (its scores) and what stays
 * (cards and lanes that named it); “Add a persona” adds one. Each is one step Ctrl+Z undoes.
 * Other people (`peers`) are outlined on the card they are on, solid with ✎ while they edit
 * it and dashed while they look, and named in the card's description for screen readers.
 */
export const PeopleOnTheMapStory: StoryObj<typeof PeopleOnTheMap> = {
  name: 'Personas and peers',
  render: (args) => <PeopleOnTheMap {...args} />,
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const body = within(document.body);
    const status = () => canvasElement.querySelector('.jm-JourneyEditor-status');
    await step('peers: outlined on their cards and named in each card’s description', async () => {
      await waitFor(() => expect(canvasElement.querySelectorAll('.jm-JourneyEditor-peer')).toHaveLength(2));
      const card = canvasElement.querySelector<HTMLElement>('[data-card-id="th-aisha-signup"]')!;
      await expect(card).toHaveAccessibleDescription(expect.stringContaining('Ben is here; Chidi is here'));
      const editing = canvasElement.querySelector('.jm-JourneyEditor-peer[data-card="a-connect"]')!;
      await expect(editing).toHaveTextContent('✎ Ana is editing');
    });
    await step('edit a persona: an empty name is refused, then a new role is saved', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Edit persona Aisha Bello' }));
      const dialog = await body.findByRole('dialog', { name: 'Persona “Aisha Bello”' });
      const name = within(dialog).getByRole('textbox', { name: 'Name' });
      await expect(name).toHaveFocus();
      await userEvent.clear(name);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
      await expect(name).toHaveAttribute('aria-invalid', 'true');
      await expect(name).toHaveAccessibleDescription('⚠ A name is needed.');
      await expect(name).toHaveFocus();
      await userEvent.type(name, 'Aisha Bello');
      await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Role' }));
      await userEvent.type(within(dialog).getByRole('textbox', { name: 'Role' }), 'Support team lead');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
      await expect(status()).toHaveTextContent('Persona “Aisha Bello” updated: Role');
      await waitFor(() => expect(canvas.getByRole('button', { name: 'Edit persona Aisha Bello' })).toHaveFocus());
    });
    await step('remove a persona: the dialog says its scores go and its cards stay', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Remove persona Linda Jansen' }));
      const dialog = await body.findByRole('dialog', { name: 'Remove persona “Linda Jansen”' });
      await expect(dialog).toHaveTextContent(
        /Its \d+ scores on the emotion curve go with it\. \d+ cards that name it stay, naming no persona\./,
      );
      await userEvent.click(within(dialog).getByRole('button', { name: 'Remove persona' }));
      await expect(status()).toHaveTextContent(/^Persona “Linda Jansen” removed with \d+ scores; \d+ cards no longer name it$/);
    });
    await step('undo brings Linda back, with her scores', async () => {
      await userEvent.keyboard('{Control>}z{/Control}');
      await waitFor(() => expect(canvas.getByRole('button', { name: 'Remove persona Linda Jansen' })).toBeInTheDocument());
      await expect(status()).toHaveTextContent(/^Undone: Persona “Linda Jansen” removed/);
    });
    await step('add a persona', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Add a persona' }));
      const dialog = await body.findByRole('dialog', { name: 'Add a persona' });
      await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Omar Haddad');
      await userEvent.type(within(dialog).getByRole('textbox', { name: 'Role' }), 'IT administrator');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
      await expect(status()).toHaveTextContent('Persona “Omar Haddad” added');
    });
  },
};

/** The same in the dark theme, right to left: outlines keep 3:1 against the cards, tags start at the card's right. */
export const PeopleOnTheMapDark: StoryObj<typeof PeopleOnTheMap> = {
  name: 'Personas and peers (dark, right to left)',
  render: (args) => <PeopleOnTheMap {...args} />,
  args: { theme: 'dark', dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('.jm-JourneyEditor-peer')).toHaveLength(2));
    const outline = canvasElement.querySelector<HTMLElement>('.jm-JourneyEditor-peer[data-card="a-connect"]')!;
    const tag = outline.querySelector('.jm-JourneyEditor-peerTag')!.getBoundingClientRect();
    await expect(outline.getBoundingClientRect().right - tag.right).toBeLessThan(16);
  },
};

const blueprint = examples['car-purchase-blueprint']!;

/**
 * Linking cards (the blueprint's arrows). Point at a card and drag its round handle to
 * another card: a line follows the pointer, the card under it is outlined, and letting go
 * links them (Escape, or letting go off the cards, cancels). By keyboard, press L on a focused
 * card (or the toolbar's Connect): Arrow keys choose the card it leads to, each announced,
 * Enter or Space links them, Delete removes a link between them, Escape cancels. A link that
 * exists, or to the card itself, is refused with a message. The toolbar's “Links (n)” lists a
 * card's links with a Remove button each. Every change is one Ctrl+Z.
 */
export const LinkCards: Story = {
  name: 'Link cards',
  render: () => <JourneyEditor defaultJourney={blueprint} layout="grid" />,
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const status = () => canvasElement.querySelector('.jm-JourneyEditor-status');
    const card = (id: string) => canvasElement.querySelector<HTMLElement>(`[data-card-id="${id}"]`)!;
    await step('L on a focused card, Up to the physical evidence above it, Enter links them', async () => {
      card('cu-sh').focus();
      await userEvent.keyboard('l');
      await expect(status()).toHaveTextContent(/^Connecting “Checks the boot, rear seats and car seats”\. Arrow keys/);
      await userEvent.keyboard('{ArrowUp}');
      await expect(status()).toHaveTextContent(
        'Connecting “Checks the boot, rear seats and car seats”: target “Display cars, price boards and brochure”, stage Visit showroom, lane Physical evidence',
      );
      await userEvent.keyboard('{Enter}');
      await expect(status()).toHaveTextContent(
        'Link from “Checks the boot, rear seats and car seats” to “Display cars, price boards and brochure” added',
      );
    });
    await step('a link that exists is refused', async () => {
      await userEvent.keyboard('l{ArrowDown}{Enter}');
      await expect(status()).toHaveTextContent(
        '“Checks the boot, rear seats and car seats” already links to “Adviser runs a needs conversation”; nothing changed',
      );
      await userEvent.keyboard('{Escape}');
    });
    await step('the toolbar’s Links lists the card’s links; Remove takes one away; Ctrl+Z brings it back', async () => {
      card('cu-sh').focus();
      await userEvent.click(await canvas.findByRole('button', { name: 'Links (2)' }));
      const list = await canvas.findByRole('dialog', { name: 'Links of “Checks the boot, rear seats and car seats”' });
      await userEvent.click(within(list).getByRole('button', { name: 'Remove link to “Display cars, price boards and brochure”' }));
      await expect(status()).toHaveTextContent(
        'Link from “Checks the boot, rear seats and car seats” to “Display cars, price boards and brochure” removed',
      );
      await userEvent.keyboard('{Escape}');
      await expect(card('cu-sh')).toHaveFocus();
      await userEvent.keyboard('{Control>}z{/Control}');
      await expect(status()).toHaveTextContent(/^Undone: Link from/);
    });
  },
};
