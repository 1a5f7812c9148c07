import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseJourney } from '../../src';
import { ExportMenu, useJourneyExport, type ExportedFile } from '../../src/components/ExportMenu';
import type * as Writers from '../../src/components/ExportMenu/writers';
import { fromJourneyCsv } from '../../src/io/csv';
import { fromMermaidJourney } from '../../src/io/mermaid';
import { smallJourney } from '../fixtures';

// useJourneyExport loads its writers with import() when an export runs. The mock counts
// the loads and keeps the real writers, except the PNG and vector ones: jsdom has no canvas and no layout.
const writers = vi.hoisted(() => ({ loads: 0 }));
vi.mock('../../src/components/ExportMenu/writers', async (importOriginal) => {
  writers.loads++;
  const real = await importOriginal<typeof Writers>();
  return {
    ...real,
    exportJourneySvg: vi.fn(real.exportJourneySvg),
    exportJourneyPng: vi.fn(async () => new Blob(['png'], { type: 'image/png' })),
    // jsdom lays nothing out; the vector writer is tested in Chromium (test/a11y/export-vector.test.tsx).
    exportJourneyVectorSvg: vi.fn(async () => '<svg xmlns="http://www.w3.org/2000/svg"><title>Buying a kettle</title></svg>'),
  };
});
const mocked = async () => vi.mocked(await import('../../src/components/ExportMenu/writers'));

/** jsdom's Blob has no `text()`. */
const read = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
/** The first bytes of a blob. */
const head = (blob: Blob, count: number) =>
  new Promise<number[]>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(Array.from(new Uint8Array(reader.result as ArrayBuffer).slice(0, count)));
    reader.readAsArrayBuffer(blob);
  });

/** A mounted element standing in for a map, and a ref to it. */
function mapRef() {
  document.body.innerHTML = '<div class="jm-root jm-JourneyMap"><h2 class="jm-JourneyMap-title">Buying a kettle</h2><p>Search</p></div>';
  return { current: document.querySelector<HTMLElement>('.jm-JourneyMap') };
}

describe('useJourneyExport', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => {
    vi.clearAllMocks();
  });

  // First in this file: the writers are loaded once, then cached.
  it('loads no writer until an export needs one: not to render the menu, nor for JSON', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<(file: ExportedFile) => void>();
    render(<ExportMenu target={mapRef()} journey={smallJourney()} onSave={onSave} />);
    expect(writers.loads).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'JSON (journey data)' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(writers.loads).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'CSV (spreadsheet)' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
    expect(writers.loads).toBe(1);
  });

  it('downloads every format, each named after the journey and typed', async () => {
    const ref = mapRef();
    const journey = smallJourney();
    const save = vi.fn<(file: ExportedFile) => void>();
    const { result } = renderHook(() => useJourneyExport(ref, { journey, save, scale: 3, picture: { embedFonts: false } }));
    for (const format of ['svg', 'vector', 'png', 'json', 'csv', 'mermaid'] as const) {
      let saved: boolean | undefined;
      await act(async () => {
        saved = await result.current.download(format);
      });
      expect(saved, format).toBe(true);
    }
    expect(result.current.error).toBeNull();
    const files = save.mock.calls.map(([file]) => file);
    expect(files.map((f) => [f.format, f.filename, f.blob.type])).toEqual([
      ['svg', 'Buying-a-kettle.svg', 'image/svg+xml'],
      ['vector', 'Buying-a-kettle.svg', 'image/svg+xml'],
      ['png', 'Buying-a-kettle.png', 'image/png'],
      ['json', 'Buying-a-kettle.json', 'application/json'],
      ['csv', 'Buying-a-kettle.csv', 'text/csv;charset=utf-8'],
      ['mermaid', 'Buying-a-kettle.mmd', 'text/plain;charset=utf-8'],
    ]);
    const [svg, , , json, csv, mermaid] = await Promise.all(files.map((f) => read(f.blob)));
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<title>Buying a kettle</title>');
    const { exportJourneyPng, exportJourneyVectorSvg } = await mocked();
    expect(exportJourneyPng).toHaveBeenCalledWith(ref.current, { embedFonts: false, scale: 3 });
    expect(exportJourneyVectorSvg).toHaveBeenCalledWith(ref.current, { embedFonts: false });
    expect(parseJourney(json!)).toEqual(journey);
    // A byte-order mark first (which reading it as text drops), for spreadsheet programs.
    expect(await head(files[4]!.blob, 3)).toEqual([0xef, 0xbb, 0xbf]);
    expect(fromJourneyCsv(csv!).stages.map((s) => s.name)).toEqual(journey.stages.map((s) => s.name));
    expect(fromMermaidJourney(mermaid!).title).toBe(journey.title);
  });

  it('is busy while an export runs, then resolves false and keeps the error when it fails', async () => {
    const { exportJourneyPng } = await mocked();
    let fail!: (error: Error) => void;
    exportJourneyPng.mockImplementationOnce(() => new Promise<Blob>((_, reject) => (fail = reject)));
    const save = vi.fn();
    const { result } = renderHook(() => useJourneyExport(mapRef(), { save }));
    let download!: Promise<boolean>;
    act(() => {
      download = result.current.download('png');
    });
    expect(result.current.busy).toBe(true);
    await waitFor(() => expect(exportJourneyPng).toHaveBeenCalledTimes(1));
    await act(async () => {
      fail(new RangeError('too large'));
      expect(await download).toBe(false);
    });
    expect(result.current.busy).toBe(false);
    expect(result.current.error).toBeInstanceOf(RangeError);
    expect(save).not.toHaveBeenCalled();
  });

  it('exportSvg and exportPng load the writers too, and reject without a map', async () => {
    const ref = mapRef();
    const { result } = renderHook(() => useJourneyExport(ref, { picture: { embedFonts: false } }));
    let svg = '';
    await act(async () => {
      svg = await result.current.exportSvg({ title: 'Mine' });
    });
    expect(svg).toContain('<title>Mine</title>');
    await act(async () => {
      expect((await result.current.exportPng({ scale: 1 })).type).toBe('image/png');
    });
    const empty = renderHook(() => useJourneyExport(createRef<HTMLElement>()));
    await act(async () => {
      await expect(empty.result.current.exportSvg()).rejects.toThrow(/no rendered map/);
    });
    expect(empty.result.current.error?.message).toMatch(/no rendered map/);
  });
});
