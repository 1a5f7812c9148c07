import { useCallback, useMemo, useRef, useState } from 'react';
import type { Journey } from '../../model/types';
import { parseJourney, serializeJourney } from '../../model/validate';
import type { ExportPngOptions, ExportSvgOptions } from '../../io/export';
import { exportFileName } from './fileName';

/**
 * The format writers, loaded when the first export runs (and cached by the module
 * loader after that): a host that renders the menu but never exports does not load
 * papaparse or the Mermaid writer. Bundlers emit them as a lazy chunk. (The SVG/PNG
 * exporter comes through the same door, though the `react-journey-map/export` entry
 * already carries it for its own `exportJourneySvg`.)
 */
const loadWriters = () => import('./writers');

/**
 * A file format {@link useJourneyExport} can produce. `'vector'` is an SVG for design
 * tools: shapes and text, no `foreignObject` (see `exportJourneyVectorSvg`).
 */
export type JourneyExportFormat = 'svg' | 'vector' | 'png' | 'json' | 'csv' | 'mermaid';

/** A file made by {@link JourneyExport.download}, handed to `save`. */
export interface ExportedFile {
  /** Which format it is in. */
  format: JourneyExportFormat;
  /** The file's contents, typed (`image/svg+xml` for both SVGs, `image/png`, `application/json`, `text/csv`, `text/plain`). */
  blob: Blob;
  /** Its suggested name, with extension. */
  filename: string;
}

/** Options of {@link useJourneyExport}. */
export interface UseJourneyExportOptions {
  /** The journey the map draws, any value (such as a `.json` file's): needed for JSON, CSV and Mermaid, and names the files. Validated when a data file is made: an invalid one fails that export with a `JourneyValidationError`. */
  journey?: unknown;
  /** File name without extension. Default: the journey's title, else `journey`. */
  filename?: string;
  /** Options for the pictures (SVG, SVG for design tools, PNG). */
  picture?: ExportSvgOptions;
  /** PNG pixels per CSS pixel. Default 2. */
  scale?: number;
  /** Receives each file instead of the browser downloading it (to upload it, say). Default: download. */
  save?: (file: ExportedFile) => void | Promise<void>;
}

/** What {@link useJourneyExport} returns. */
export interface JourneyExport {
  /** The map as a standalone SVG document; rejects when it cannot be made. */
  exportSvg(options?: ExportSvgOptions): Promise<string>;
  /** The map as a PNG; rejects when it cannot be made. */
  exportPng(options?: ExportPngOptions): Promise<Blob>;
  /**
   * Makes a file and downloads it (or hands it to `save`). Resolves `true` when saved,
   * `false` when it failed — the reason is then in `error` — so it can be called from
   * a click handler without a catch.
   */
  download(format: JourneyExportFormat, filename?: string): Promise<boolean>;
  /** Opens the browser's print dialog; with the print stylesheet the map prints landscape, one page wide. */
  print(): void;
  /** Whether an export is running. */
  busy: boolean;
  /** The last export's error, cleared when the next one starts. */
  error: Error | null;
}

const EXTENSIONS: Record<JourneyExportFormat, string> = { svg: 'svg', vector: 'svg', png: 'png', json: 'json', csv: 'csv', mermaid: 'mmd' };

/** Saves a blob through a temporary link, as the browser's own downloads do. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Export and print for a rendered map: pass the map's `ref` (a `JourneyMap` or
 * `JourneyGrid`) and, for the data formats, the journey.
 *
 * ```tsx
 * const ref = useRef<HTMLDivElement>(null);
 * const { download, busy } = useJourneyExport(ref, { journey });
 * <JourneyMap ref={ref} journey={journey} />
 * <button disabled={busy} onClick={() => download('png')}>PNG</button>
 * ```
 */
export function useJourneyExport(ref: { readonly current: HTMLElement | null }, options: UseJourneyExportOptions = {}): JourneyExport {
  const [running, setRunning] = useState(0);
  const [error, setError] = useState<Error | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const track = useCallback(async <T>(work: () => Promise<T>): Promise<T> => {
    setRunning((n) => n + 1);
    setError(null);
    try {
      return await work();
    } catch (caught) {
      const failure = caught instanceof Error ? caught : new Error(String(caught));
      setError(failure);
      throw failure;
    } finally {
      setRunning((n) => n - 1);
    }
  }, []);

  const element = useCallback(() => {
    const el = ref.current;
    if (!el) throw new Error('There is no rendered map to export yet: pass the ref of a mounted JourneyMap or JourneyGrid.');
    return el;
  }, [ref]);

  const exportSvg = useCallback(
    (svgOptions?: ExportSvgOptions) =>
      track(async () => {
        const el = element();
        const { exportJourneySvg } = await loadWriters();
        return exportJourneySvg(el, { ...optionsRef.current.picture, ...svgOptions });
      }),
    [track, element],
  );
  const exportPng = useCallback(
    (pngOptions?: ExportPngOptions) =>
      track(async () => {
        const el = element();
        const { exportJourneyPng } = await loadWriters();
        return exportJourneyPng(el, { ...optionsRef.current.picture, scale: optionsRef.current.scale, ...pngOptions });
      }),
    [track, element],
  );

  const download = useCallback(
    async (format: JourneyExportFormat, filename?: string): Promise<boolean> => {
      const {
        journey,
        filename: base,
        picture,
        scale,
        save = (file: ExportedFile) => downloadBlob(file.blob, file.filename),
      } = optionsRef.current;
      try {
        await track(async () => {
          const data = (): Journey => {
            if (!journey) throw new Error(`Exporting ${format.toUpperCase()} needs the journey: pass it to useJourneyExport.`);
            return parseJourney(journey);
          };
          let blob: Blob;
          // Each case checks its input before loading the writers, so a missing map or
          // journey fails at once; JSON needs no writer.
          switch (format) {
            case 'svg': {
              const el = element();
              const { exportJourneySvg } = await loadWriters();
              blob = new Blob([await exportJourneySvg(el, picture)], { type: 'image/svg+xml' });
              break;
            }
            case 'vector': {
              const el = element();
              const { exportJourneyVectorSvg } = await loadWriters();
              blob = new Blob([await exportJourneyVectorSvg(el, picture)], { type: 'image/svg+xml' });
              break;
            }
            case 'png': {
              const el = element();
              const { exportJourneyPng } = await loadWriters();
              blob = await exportJourneyPng(el, { ...picture, scale });
              break;
            }
            case 'json':
              blob = new Blob([serializeJourney(data())], { type: 'application/json' });
              break;
            case 'csv': {
              const journeyData = data();
              const { toJourneyCsv } = await loadWriters();
              // The byte-order mark makes spreadsheet programs read non-Latin text correctly.
              blob = new Blob(['\uFEFF', toJourneyCsv(journeyData)], { type: 'text/csv;charset=utf-8' });
              break;
            }
            case 'mermaid': {
              const journeyData = data();
              const { toMermaidJourney } = await loadWriters();
              blob = new Blob([toMermaidJourney(journeyData)], { type: 'text/plain;charset=utf-8' });
              break;
            }
            default:
              throw new Error(`Unknown export format "${String(format)}".`);
          }
          const title = (journey as { title?: unknown } | null | undefined)?.title;
          const name = filename ?? exportFileName(base ?? (typeof title === 'string' ? title : undefined), EXTENSIONS[format]);
          await save({ format, blob, filename: name });
        });
        return true;
      } catch {
        return false;
      }
    },
    [track, element],
  );

  const print = useCallback(() => window.print(), []);

  return useMemo(
    () => ({ exportSvg, exportPng, download, print, busy: running > 0, error }),
    [exportSvg, exportPng, download, print, running, error],
  );
}
