import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportJourneyVectorSvg } from '../../src/io/exportVector';

// jsdom lays nothing out: each element of the map is given its box by id, and its styles by a style sheet.
const proto = HTMLImageElement.prototype as { decode?: () => Promise<void> };
beforeEach(() => {
  proto.decode = () => Promise.resolve();
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  delete proto.decode;
  vi.restoreAllMocks();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

/** The vector picture of a map holding `html`, its elements placed at `boxes` (x, y, width, height by id; the map at 0, 0). */
async function vector(html: string, css: string, boxes: Record<string, [number, number, number, number]>, options = {}) {
  // jsdom computes only what a sheet sets: the initial values the writer reads are set here.
  document.head.innerHTML = `<style>div { opacity: 1; visibility: visible; overflow-x: visible; overflow-y: visible; position: static; } ${css}</style>`;
  document.body.innerHTML = `<div id="map">${html}</div>`;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [x, y, width, height] = boxes[this.id] ?? [0, 0, 0, 0];
    return { left: x, top: y, x, y, width, height, right: x + width, bottom: y + height } as DOMRect;
  });
  return exportJourneyVectorSvg(document.getElementById('map')!, { background: null, ...options });
}

const rect = (x: number, y: number, w: number, h: number, fill: string) =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}"/>`;

describe('exportJourneyVectorSvg: boxes', () => {
  it('is an SVG of the map’s size with its title, each box a rect where the page put it', async () => {
    const svg = await vector(
      '<div id="a"></div>',
      '#a { background-color: rgb(255, 0, 0); }',
      { map: [0, 0, 200.4, 100], a: [10, 20, 30, 40] },
      {
        title: 'Kettle <journey>',
      },
    );
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="201" height="100" viewBox="0 0 201 100">' +
        `<title>Kettle &lt;journey&gt;</title>${rect(10, 20, 30, 40, '#ff0000')}</svg>`,
    );
  });

  it('groups a box that paints itself with what it holds, and leaves out what is not displayed, transparent or hidden for sight only', async () => {
    const svg = await vector(
      '<div id="card"><div id="chip"></div></div><div id="gone"></div><div id="clear"></div><div id="sr"></div>',
      '#card { background-color: rgb(0, 0, 255); } #chip, #gone, #clear, #sr { background-color: rgb(0, 255, 0); }' +
        ' #gone { display: none; } #clear { opacity: 0; } #sr { overflow-x: hidden; overflow-y: hidden; }',
      {
        map: [0, 0, 100, 100],
        card: [0, 0, 50, 50],
        chip: [5, 5, 10, 10],
        gone: [0, 60, 10, 10],
        clear: [0, 70, 10, 10],
        sr: [0, 80, 1, 1],
      },
    );
    expect(svg).toContain(`<g>${rect(0, 0, 50, 50, '#0000ff')}${rect(5, 5, 10, 10, '#00ff00')}</g>`);
    expect(svg.match(/<rect /g)).toHaveLength(2);
  });

  it('draws a half-transparent box in a group of its opacity', async () => {
    const svg = await vector('<div id="a"></div>', '#a { background-color: rgb(255, 0, 0); opacity: 0.5; }', {
      map: [0, 0, 100, 100],
      a: [0, 0, 10, 10],
    });
    expect(svg).toContain(`<g opacity="0.5">${rect(0, 0, 10, 10, '#ff0000')}</g>`);
  });

  it('clips what a box holds to its padding box when it hides its overflow', async () => {
    const svg = await vector(
      '<div id="box"><div id="wide"></div></div>',
      '#box { overflow-x: hidden; overflow-y: hidden; } #wide { background-color: rgb(255, 0, 0); }',
      { map: [0, 0, 100, 100], box: [0, 0, 20, 20], wide: [0, 0, 80, 10] },
    );
    expect(svg).toContain(`<defs><clipPath id="jmv0"><rect x="0" y="0" width="20" height="20"/></clipPath></defs>`);
    expect(svg).toContain(`<g clip-path="url(#jmv0)">${rect(0, 0, 80, 10, '#ff0000')}</g>`);
  });
});

describe('exportJourneyVectorSvg: the background', () => {
  it('paints a colour or a linear gradient behind the map, and nothing for null', async () => {
    const boxes = { map: [0, 0, 100, 50] } as Record<string, [number, number, number, number]>;
    expect(await vector('', '', boxes, { background: 'rgb(1, 2, 3)' })).toContain('<rect width="100" height="50" fill="#010203"/>');
    expect(await vector('', '', boxes, { background: 'rgba(1, 2, 3, 0.5)' })).toContain(
      '<rect width="100" height="50" fill="#010203" fill-opacity="0.5"/>',
    );
    const gradient = await vector('', '', boxes, { background: 'linear-gradient(rgb(255, 0, 0), transparent)' });
    expect(gradient).toContain(
      '<linearGradient id="jmv0" gradientUnits="userSpaceOnUse" x1="50" y1="0" x2="50" y2="50"><stop offset="0" stop-color="#ff0000"/><stop offset="1" stop-color="#000000" stop-opacity="0"/></linearGradient>',
    );
    expect(gradient).toContain('<rect width="100" height="50" fill="url(#jmv0)"/>');
    expect(await vector('', '', boxes)).not.toContain('<rect');
    expect(await vector('', '', boxes, { background: 'radial-gradient(red, blue)' })).not.toContain('<rect');
  });
});
