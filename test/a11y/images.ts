// Comparing two pictures of one map the way a person glancing at them would: both scaled
// down, so that the anti-aliasing and hinting of single glyphs (which differ between any
// two renderers) average out, while a missing card, a shifted row or a wrong colour does not.

/** A decoded picture's pixels. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** A base64 PNG decoded. */
export function decodePng(base64: string): Promise<ImageBitmap> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return createImageBitmap(new Blob([bytes], { type: 'image/png' }));
}

/** The top-left `size` of a picture drawn `1 / factor` as large, on white. */
export function downscaled(bitmap: ImageBitmap, size: { width: number; height: number }, factor: number): Pixels {
  const width = Math.max(1, Math.round(size.width / factor));
  const height = Math.max(1, Math.round(size.height / factor));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, size.width, size.height, 0, 0, width, height);
  return { width, height, data: context.getImageData(0, 0, width, height).data };
}

/** The mean absolute difference of the red, green and blue channels of two pictures of one size, from 0 (same) to 1. */
export function meanDifference(a: Pixels, b: Pixels): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  let sum = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    sum += Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!);
  }
  return sum / ((a.data.length / 4) * 3 * 255);
}

/** The largest difference of one colour channel of one pixel between two pictures of one size, from 0 (same) to 255. */
export function largestDifference(a: Pixels, b: Pixels): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  let largest = 0;
  for (let i = 0; i < a.data.length; i++) if (i % 4 !== 3) largest = Math.max(largest, Math.abs(a.data[i]! - b.data[i]!));
  return largest;
}

/**
 * {@link largestDifference} of two pictures at their full size, which must be one: the
 * rasteriser's rounding gives 1 or 2 (an anti-aliased corner a level lighter or darker).
 */
export function picturesApart(a: ImageBitmap, b: ImageBitmap): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  const size = { width: a.width, height: a.height };
  return largestDifference(downscaled(a, size, 1), downscaled(b, size, 1));
}

/** A picture of one colour (an empty frame), of the size {@link downscaled} gives for `size`. */
export function solid(size: { width: number; height: number }, factor: number, colour: string): Pixels {
  const width = Math.max(1, Math.round(size.width / factor));
  const height = Math.max(1, Math.round(size.height / factor));
  const context = new OffscreenCanvas(width, height).getContext('2d')!;
  context.fillStyle = colour;
  context.fillRect(0, 0, width, height);
  return { width, height, data: context.getImageData(0, 0, width, height).data };
}
