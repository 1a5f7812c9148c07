import { afterEach, describe, expect, it } from 'vitest';
import { exportJourneyVectorSvg } from '../../src/io/exportVector';
import { CSS_PAYLOADS } from '../../stories/data/payloads';

// The drawing itself needs a browser's layout: see test/a11y/export-vector.test.tsx.
afterEach(() => {
  document.body.innerHTML = '';
});

describe('exportJourneyVectorSvg refuses what it cannot draw safely', () => {
  it('needs a map element that is in the document', async () => {
    await expect(exportJourneyVectorSvg(document.createElement('div'))).rejects.toThrow(TypeError);
    await expect(exportJourneyVectorSvg(null as unknown as HTMLElement)).rejects.toThrow(/in the document/);
  });

  it('takes only a background that loads nothing, as exportJourneySvg does', async () => {
    const map = document.body.appendChild(document.createElement('div'));
    for (const background of CSS_PAYLOADS.filter((p) => /url\(|[;{}<]/.test(p))) {
      await expect(exportJourneyVectorSvg(map, { background })).rejects.toThrow(/background option/);
    }
  });
});
