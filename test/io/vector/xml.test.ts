import { describe, expect, it } from 'vitest';
import { attributes, escapeXml, num, tag } from '../../../src/io/vector/xml';

describe('writing SVG markup', () => {
  it('escapes the five XML characters and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;');
    expect(escapeXml('bell\u0007 and \uFFFF gone')).toBe('bell and  gone');
  });

  it('writes numbers with at most two decimals, never -0 or NaN', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(10)).toBe('10');
    expect(num(-0.001)).toBe('0');
    expect(num(Number.NaN)).toBe('0');
  });

  it('writes defined attributes only, and no attribute whose name could break out of the tag', () => {
    expect(attributes({ x: 1.005, fill: '#fff', stroke: undefined })).toBe(' x="1" fill="#fff"');
    expect(attributes({ 'onload="alert(1)" x': '1', 'xml:space': 'preserve' })).toBe(' xml:space="preserve"');
  });

  it('writes elements self-closing when empty', () => {
    expect(tag('rect', { width: 2 })).toBe('<rect width="2"/>');
    expect(tag('text', { x: 0 }, 'Hi &amp; bye')).toBe('<text x="0">Hi &amp; bye</text>');
  });
});
