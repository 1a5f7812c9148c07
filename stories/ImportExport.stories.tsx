import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { JourneyMap } from '../src';
import type { Journey } from '../src';
// The entry points react-journey-map/csv, /mermaid and /export.
import { fromJourneyCsv, JourneyCsvError, toJourneyCsv } from '../src/io/csv';
import { exportJourneyPng, exportJourneySvg } from '../src/io/export';
import { exportJourneyVectorSvg } from '../src/io/exportVector';
import { fromMermaidJourney, MermaidSyntaxError } from '../src/io/mermaid';
import { ExportMenu as ExportMenuComponent, type ExportMenuLabels } from '../src/components/ExportMenu';
import { examples } from './data';
import { exportMenuLabelsByLocale, type StoryLocale } from './labels';
// Until src/styles.css imports them (harmless after).
import '../src/components/ExportMenu/ExportMenu.css';
import '../src/print.css';

const meta = {
  title: 'Developers/Import and export',
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The example of Mermaid's own documentation. */
const WORKING_DAY = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
`;

const KITCHEN = examples['ecommerce-kitchen']!;

/** A spreadsheet-shaped journey: the kitchen example written as CSV. */
const KITCHEN_CSV = toJourneyCsv(KITCHEN);

const page = { display: 'grid', gap: 16, padding: 16, fontFamily: 'system-ui, sans-serif', color: '#1b1f24' } as const;
const editor = {
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  fontSize: 13,
  width: '100%',
  boxSizing: 'border-box',
} as const;
const alertBox = { margin: 0, padding: '8px 12px', border: '1px solid #c62828', borderRadius: 8, background: '#fff5f5' } as const;

const parseKitchenCsv = (text: string) => fromJourneyCsv(text, { title: KITCHEN.title });

/** A line-numbered reading of an import error. */
function problemsOf(error: unknown): string[] {
  if (error instanceof MermaidSyntaxError) return error.problems.map((p) => `Line ${p.line}: ${p.message}`);
  if (error instanceof JourneyCsvError) return error.problems.map((p) => `Row ${p.row}, column ${p.column}: ${p.message}`);
  return [error instanceof Error ? error.message : String(error)];
}

/** A text box whose content is parsed on every keystroke and drawn as a map; the last good map stays while the text is broken. */
function PasteImport({
  label,
  hint,
  initial,
  parse,
}: {
  label: string;
  hint: ReactNode;
  initial: string;
  parse: (text: string) => Journey;
}) {
  const id = useId();
  const [text, setText] = useState(initial);
  const result = useMemo(() => {
    try {
      return { journey: parse(text), problems: [] as string[] };
    } catch (error) {
      return { journey: undefined, problems: problemsOf(error) };
    }
  }, [text, parse]);
  const [lastGood, setLastGood] = useState<Journey | undefined>(result.journey);
  if (result.journey && result.journey !== lastGood) setLastGood(result.journey);
  const shown = result.journey ?? lastGood;

  return (
    <div style={page}>
      <label htmlFor={`${id}-text`} style={{ fontWeight: 600 }}>
        {label}
      </label>
      <p id={`${id}-hint`} style={{ margin: 0, color: '#57606a' }}>
        {hint}
      </p>
      <textarea
        id={`${id}-text`}
        rows={12}
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={result.problems.length > 0 ? `${id}-hint ${id}-problems` : `${id}-hint`}
        aria-invalid={result.problems.length > 0}
        style={editor}
      />
      {result.problems.length > 0 && (
        <div role="alert" id={`${id}-problems`} style={alertBox}>
          <strong>The text cannot be read:</strong>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: '1.2em' }}>
            {result.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {shown && <JourneyMap journey={shown} showLegend={false} />}
    </div>
  );
}

/**
 * Paste a Mermaid `journey` diagram: it is read with `fromMermaidJourney` (from
 * `react-journey-map/mermaid`) as you type.
 * Sections become stages, tasks become cards, actors become personas and their scores
 * emotion scores per stage. Mistakes are listed with their line numbers.
 */
export const PasteMermaid: Story = {
  render: () => (
    <PasteImport
      label="Mermaid journey text"
      hint="Sections become stages, tasks become cards and actors become personas; scores are kept on a 1–5 scale."
      initial={WORKING_DAY}
      parse={fromMermaidJourney}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('textbox', { name: 'Mermaid journey text' });
    await expect(await canvas.findByRole('grid', { name: 'My working day' })).toBeInTheDocument();
    for (const stage of ['Go to work', 'Go home'])
      await expect(canvas.getByRole('columnheader', { name: new RegExp(stage) })).toBeInTheDocument();

    await userEvent.click(box);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await userEvent.type(box, '      Sleep: 9: Me');
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(/Line 10:/);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    // The last good map stays on screen.
    await expect(canvas.getByRole('grid', { name: 'My working day' })).toBeInTheDocument();

    await userEvent.clear(box);
    await userEvent.paste(WORKING_DAY.replace('Go home', 'Evening'));
    await waitFor(() => expect(canvas.queryByRole('alert')).not.toBeInTheDocument());
    await expect(canvas.getByRole('columnheader', { name: /Evening/ })).toBeInTheDocument();
  },
};

/**
 * Paste a journey drawn in a spreadsheet (copied as CSV): stage names across the first
 * row, one row per lane, card titles one per line of a cell, and an "Emotion" row of
 * scores. It is read with `fromJourneyCsv` (from `react-journey-map/csv`); bad cells are
 * listed by row and column.
 */
export const PasteCsv: Story = {
  render: () => (
    <PasteImport
      label="Journey CSV"
      hint="First row: stage names. Then one row per lane; an “Emotion” row holds scores from −3 to 3."
      initial={KITCHEN_CSV}
      parse={parseKitchenCsv}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('textbox', { name: 'Journey CSV' });
    const grid = await canvas.findByRole('grid', { name: KITCHEN.title });
    for (const stage of KITCHEN.stages)
      await expect(within(grid).getByRole('columnheader', { name: new RegExp(stage.name) })).toBeInTheDocument();

    await userEvent.clear(box);
    await userEvent.paste('Lane,Search,Buy\nEmotion,1,loved it\n');
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(/Row 2, column 3:/);

    await userEvent.clear(box);
    await userEvent.paste('Lane,Search,Buy\nActions,Compare ovens,Pay\nEmotion,1,2\n');
    await waitFor(() => expect(canvas.queryByRole('alert')).not.toBeInTheDocument());
    await expect(canvas.getByRole('columnheader', { name: /Search/ })).toBeInTheDocument();
    await expect(canvas.getByText('Compare ovens')).toBeInTheDocument();
  },
};

/** A map in a box narrower than the map, so that it scrolls sideways. */
function NarrowMap({ journey, children, mapRef }: { journey: Journey; children?: ReactNode; mapRef: Ref<HTMLDivElement> }) {
  return (
    <div style={{ ...page, width: 960 }}>
      {children}
      <JourneyMap ref={mapRef} journey={journey} layout="grid" />
    </div>
  );
}

/** The map whose root is inside `canvasElement`, and its horizontal scroller. */
function mapParts(canvasElement: HTMLElement) {
  const map = canvasElement.querySelector<HTMLElement>('.jm-JourneyMap');
  const scroller = canvasElement.querySelector<HTMLElement>('.jm-JourneyGrid-scroller');
  if (!map || !scroller) throw new Error('no map rendered');
  return { map, scroller };
}

/** The SVG export checked as a browser would open it. */
async function expectStandaloneSvg(svg: string, journey: Journey, scroller: HTMLElement) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  await expect(doc.querySelector('parsererror')).toBeNull();
  const root = doc.documentElement;
  await expect(root.localName).toBe('svg');
  await expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
  await expect(doc.querySelector('title')?.textContent).toBe(journey.title);
  const text = root.textContent ?? '';
  for (const stage of journey.stages) await expect(text).toContain(stage.name);
  for (const card of journey.cards) await expect(text).toContain(card.title);
  // No stylesheet and no script needed: nothing refers outside the file.
  await expect(doc.querySelector('script, link, [onclick], [onload]')).toBeNull();
  await expect(svg).not.toMatch(/var\(--/);
  // The whole map, not the visible scroll window.
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));
  await expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
  await expect(width).toBeGreaterThanOrEqual(scroller.scrollWidth);
  await expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
  // The emotion curve is in it.
  await expect(doc.querySelector('.jm-EmotionCurve-line')?.getAttribute('d')).toMatch(/^M/);
  // It draws on its own, as a file opened in a browser or an <img> would.
  const img = new Image();
  img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  await img.decode();
  URL.revokeObjectURL(img.src);
  await expect(img.naturalWidth).toBe(width);
  await expect(img.naturalHeight).toBe(height);
  return { width, height };
}

function ExportSvgDemo() {
  const ref = useRef<HTMLDivElement>(null);
  const [svg, setSvg] = useState<string>();
  return (
    <NarrowMap journey={KITCHEN} mapRef={ref}>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
        <button type="button" onClick={() => ref.current && exportJourneySvg(ref.current).then(setSvg)}>
          Export SVG
        </button>
        {svg && <span role="status">SVG ready: {Math.round(svg.length / 1024)} KB</span>}
      </div>
      {svg && (
        <figure style={{ margin: 0, border: '1px dashed #8c959f' }}>
          <img
            alt={`Exported picture of ${KITCHEN.title}`}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
            style={{ maxWidth: '100%' }}
          />
          <figcaption>The exported SVG, drawn from the file alone</figcaption>
        </figure>
      )}
    </NarrowMap>
  );
}

/**
 * `exportJourneySvg(element)` (from `react-journey-map/export`) makes a standalone SVG of
 * the map: all of it, however wide, with styles and fonts inlined. Press the button to see
 * the file drawn on its own.
 */
export const ExportSvg: Story = {
  render: () => <ExportSvgDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('grid', { name: KITCHEN.title });
    const { map, scroller } = mapParts(canvasElement);
    scroller.scrollLeft = 300;
    const svg = await exportJourneySvg(map);
    await expectStandaloneSvg(svg, KITCHEN, scroller);
    // Exporting leaves the map on the page as it was.
    await expect(scroller.scrollLeft).toBe(300);

    await userEvent.click(canvas.getByRole('button', { name: 'Export SVG' }));
    const preview = await canvas.findByRole('img', { name: `Exported picture of ${KITCHEN.title}` }, { timeout: 15_000 });
    await waitFor(() => expect((preview as HTMLImageElement).naturalWidth).toBeGreaterThan(scroller.clientWidth));
  },
};

function ExportVectorDemo() {
  const ref = useRef<HTMLDivElement>(null);
  const [svg, setSvg] = useState<string>();
  return (
    <NarrowMap journey={KITCHEN} mapRef={ref}>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
        <button type="button" onClick={() => ref.current && exportJourneyVectorSvg(ref.current).then(setSvg)}>
          Export SVG for design tools
        </button>
        {svg && <span role="status">SVG ready: {Math.round(svg.length / 1024)} KB</span>}
      </div>
      {svg && (
        <figure style={{ margin: 0, border: '1px dashed #8c959f' }}>
          <img
            alt={`Vector picture of ${KITCHEN.title}`}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
            style={{ maxWidth: '100%' }}
          />
          <figcaption>The SVG for design tools: rectangles, paths and lines of text, no foreignObject</figcaption>
        </figure>
      )}
    </NarrowMap>
  );
}

/**
 * `exportJourneyVectorSvg(element)` (from `react-journey-map/export`) writes the map as
 * plain SVG shapes and text that Figma, Illustrator, Inkscape and PowerPoint open as
 * editable layers: they do not draw the `foreignObject` of `exportJourneySvg`. Each text
 * keeps the lines the browser wrapped it into; fonts are named, not embedded.
 */
export const ExportVectorSvg: Story = {
  name: 'Export SVG for design tools',
  render: () => <ExportVectorDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('grid', { name: KITCHEN.title });
    const { map, scroller } = mapParts(canvasElement);
    scroller.scrollLeft = 300;
    const svg = await exportJourneyVectorSvg(map);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    await expect(doc.querySelector('parsererror')).toBeNull();
    // Shapes and text only: nothing a design tool would leave empty, no stylesheet.
    await expect(doc.querySelector('foreignObject, style, script')).toBeNull();
    const text = Array.from(doc.querySelectorAll('text'), (t) => t.textContent)
      .join(' ')
      .replace(/\s+/g, '');
    for (const card of KITCHEN.cards) await expect(text).toContain(card.title.replace(/\s+/g, ''));
    // The whole map, not the visible scroll window, and the map left as it was.
    await expect(Number(doc.documentElement.getAttribute('width'))).toBeGreaterThanOrEqual(scroller.scrollWidth);
    await expect(scroller.scrollLeft).toBe(300);

    await userEvent.click(canvas.getByRole('button', { name: 'Export SVG for design tools' }));
    const preview = await canvas.findByRole('img', { name: `Vector picture of ${KITCHEN.title}` }, { timeout: 15_000 });
    await waitFor(() => expect((preview as HTMLImageElement).naturalWidth).toBeGreaterThan(scroller.clientWidth));
  },
};

function ExportPngDemo() {
  const ref = useRef<HTMLDivElement>(null);
  const [png, setPng] = useState<string>();
  return (
    <NarrowMap journey={KITCHEN} mapRef={ref}>
      <div>
        <button
          type="button"
          onClick={() => ref.current && exportJourneyPng(ref.current, { scale: 2 }).then((blob) => setPng(URL.createObjectURL(blob)))}
        >
          Export PNG
        </button>
      </div>
      {png && (
        <figure style={{ margin: 0, border: '1px dashed #8c959f' }}>
          <img alt={`Exported PNG of ${KITCHEN.title}`} src={png} style={{ width: '50%' }} />
          <figcaption>The exported PNG at scale 2, shown at half size</figcaption>
        </figure>
      )}
    </NarrowMap>
  );
}

/** `exportJourneyPng(element, { scale })` draws the same picture on a canvas, `scale` pixels per CSS pixel. */
export const ExportPng: Story = {
  render: () => <ExportPngDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('grid', { name: KITCHEN.title });
    const { map, scroller } = mapParts(canvasElement);
    const svg = await exportJourneySvg(map);
    const { width, height } = await expectStandaloneSvg(svg, KITCHEN, scroller);

    // A scale that does not divide evenly: the size is rounded.
    const scale = 1.5;
    const blob = await exportJourneyPng(map, { scale });
    await expect(blob.type).toBe('image/png');
    const bitmap = await createImageBitmap(blob);
    await expect(bitmap.width).toBe(Math.round(width * scale));
    await expect(bitmap.height).toBe(Math.round(height * scale));
    // Drawn, not blank: a thumbnail of it has the map's many colours.
    const thumbnail = new OffscreenCanvas(400, Math.round((400 * bitmap.height) / bitmap.width));
    const context = thumbnail.getContext('2d')!;
    context.drawImage(bitmap, 0, 0, thumbnail.width, thumbnail.height);
    const pixels = context.getImageData(0, 0, thumbnail.width, thumbnail.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4) colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    await expect(colours.size).toBeGreaterThan(50);
    bitmap.close();

    // The button exports at scale 2.
    await userEvent.click(canvas.getByRole('button', { name: 'Export PNG' }));
    const preview = (await canvas.findByRole('img', { name: `Exported PNG of ${KITCHEN.title}` }, { timeout: 15_000 })) as HTMLImageElement;
    await waitFor(() => expect(preview.naturalWidth).toBe(Math.round(width * 2)));
    await expect(preview.naturalHeight).toBe(Math.round(height * 2));
  },
};

const BLUEPRINT = examples['car-purchase-blueprint']!;

/**
 * Where each element matching `selector` sits: across from `root`'s left edge, and down
 * from its parent's top (the picture lays the map out wider, so rows above may wrap less).
 */
function offsets(root: Element, selector: string) {
  const origin = root.getBoundingClientRect();
  return Array.from(root.querySelectorAll(selector), (el) => {
    const box = el.getBoundingClientRect();
    return { left: Math.round(box.left - origin.left), top: Math.round(box.top - el.parentElement!.getBoundingClientRect().top) };
  });
}

/**
 * A service blueprint's sticky parts in the picture: the labels of the blueprint lines
 * and the lane headers sit exactly where they sit on the page (stickiness does not move
 * them in a picture that does not scroll).
 */
export const ExportBlueprint: Story = {
  render: () => (
    <div style={page}>
      <JourneyMap journey={BLUEPRINT} layout="grid" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('grid', { name: BLUEPRINT.title });
    const { map } = mapParts(canvasElement);
    const svg = await exportJourneySvg(map);
    // The picture opened as a document of its own, as a browser opens the file.
    const frame = document.createElement('iframe');
    frame.style.cssText = 'position:fixed;left:0;top:0;width:100px;height:100px;opacity:0;border:0';
    frame.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const picture = frame.contentDocument!.querySelector('.jm-JourneyMap')!;
      for (const selector of ['.jm-BlueprintLine-label', '.jm-Lane-header']) {
        const onPage = offsets(map, selector);
        await expect(onPage.length).toBeGreaterThan(2);
        await expect(offsets(picture, selector)).toEqual(onPage);
      }
    } finally {
      URL.revokeObjectURL(frame.src);
      frame.remove();
    }
  },
};

function ExportMenuDemo({
  onSave,
  labels,
}: {
  onSave: (file: { format: string; blob: Blob; filename: string }) => void;
  labels?: ExportMenuLabels;
}) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <NarrowMap journey={KITCHEN} mapRef={ref}>
      <div>
        <ExportMenuComponent target={ref} journey={KITCHEN} onSave={onSave} labels={labels} />
      </div>
    </NarrowMap>
  );
}

/**
 * `ExportMenu` next to a map: SVG, SVG for design tools, PNG, JSON, CSV, Mermaid and Print. Here the files
 * go to `onSave` (shown in the Actions panel) instead of being downloaded. The menu loads
 * the writers when an export runs, so a page that shows it ships them only on demand.
 * From the keyboard: Enter, Space or the arrows open it, the arrows, Home, End and a
 * typed letter move, Escape closes it and focus goes back to the button.
 */
export const ExportMenu: StoryObj<typeof ExportMenuDemo> = {
  args: { onSave: fn() },
  // The toolbar's locale menu translates the menu too.
  render: (args, { globals }) => {
    const locale = globals.locale as string | undefined;
    const labels = locale && locale in exportMenuLabelsByLocale ? exportMenuLabelsByLocale[locale as StoryLocale] : undefined;
    return <ExportMenuDemo {...args} labels={labels} />;
  },
  play: async ({ canvasElement, args }) => {
    const onSave = args.onSave as ReturnType<typeof fn>;
    const canvas = within(canvasElement);
    await canvas.findByRole('grid', { name: KITCHEN.title });
    const button = canvas.getByRole('button', { name: 'Export' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    // Keyboard (the WAI-ARIA menu button): arrow down opens the menu on its first item.
    button.focus();
    await userEvent.keyboard('{ArrowDown}');
    const menu = await canvas.findByRole('menu', { name: 'Export' });
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = within(menu).getAllByRole('menuitem');
    await expect(items.map((i) => i.textContent)).toEqual([
      'SVG image',
      'SVG for design tools',
      'PNG image',
      'JSON (journey data)',
      'CSV (spreadsheet)',
      'Mermaid journey',
      'Print or save as PDF',
    ]);
    await waitFor(() => expect(items[0]).toHaveFocus());
    await userEvent.keyboard('{ArrowUp}');
    await expect(items[6]).toHaveFocus();
    await userEvent.keyboard('{Home}{ArrowDown}');
    await expect(items[1]).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(items[6]).toHaveFocus();
    // Typing a letter moves to the next item that starts with it.
    await userEvent.keyboard('m');
    await expect(items[5]).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(button).toHaveFocus());
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    // Each format arrives as a typed, named file.
    const expected: Array<[string, string, string]> = [
      ['SVG image', 'image/svg+xml', 'svg'],
      ['SVG for design tools', 'image/svg+xml', 'svg'],
      ['PNG image', 'image/png', 'png'],
      ['JSON (journey data)', 'application/json', 'json'],
      ['CSV (spreadsheet)', 'text/csv;charset=utf-8', 'csv'],
      ['Mermaid journey', 'text/plain;charset=utf-8', 'mmd'],
    ];
    for (const [label, type, extension] of expected) {
      onSave.mockClear();
      await userEvent.click(button);
      await userEvent.click(await canvas.findByRole('menuitem', { name: label }));
      await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1), { timeout: 15_000 });
      const file = onSave.mock.calls[0]![0] as { blob: Blob; filename: string };
      await expect(file.blob.type).toBe(type);
      await expect(file.filename).toBe(`${KITCHEN.title.replace(/\s+/g, '-')}.${extension}`);
      await expect(file.blob.size).toBeGreaterThan(100);
      if (extension === 'json') await expect(JSON.parse(await file.blob.text())).toEqual(KITCHEN);
      if (extension === 'mmd') await expect(await file.blob.text()).toMatch(/^journey\n/);
      if (label === 'SVG for design tools') await expect(await file.blob.text()).not.toMatch(/foreignObject/);
    }
  },
};

function PrintDemo() {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <NarrowMap journey={examples['car-purchase-blueprint']!} mapRef={ref}>
      <p style={{ margin: 0 }}>
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>{' '}
        The print stylesheet lays the map out on landscape pages, one page wide, with the stage headers on every page.
      </p>
    </NarrowMap>
  );
}

/** The print stylesheet in use: press the button (or Ctrl+P) and look at the preview, or save it as a PDF. */
export const Print: Story = {
  render: () => <PrintDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('grid', { name: examples['car-purchase-blueprint']!.title });
    // The stylesheet asks for landscape pages and turns the grid into a table whose header repeats.
    const printRules = Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules))
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print')
      .flatMap((rule) => Array.from(rule.cssRules));
    await expect(printRules.some((rule) => rule instanceof CSSPageRule && rule.style.getPropertyValue('size') === 'landscape')).toBe(true);
    await expect(
      printRules.some(
        (rule) =>
          rule instanceof CSSStyleRule && rule.selectorText.includes('.jm-JourneyGrid-head') && rule.style.display === 'table-header-group',
      ),
    ).toBe(true);

    const print = window.print;
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    try {
      await userEvent.click(canvas.getByRole('button', { name: 'Print or save as PDF' }));
    } finally {
      window.print = print;
    }
    await expect(printed).toBe(1);
  },
};
