import type { AxNode, MediaFeatures } from './commands';

declare module 'vitest/browser' {
  interface BrowserCommands {
    accessibilityTree: () => Promise<AxNode[]>;
    ariaSnapshot: (selector: string) => Promise<string>;
    emulateMedia: (media: MediaFeatures) => Promise<void>;
    rasterizeSvg: (svg: string) => Promise<string>;
    screenshotElement: (selector: string) => Promise<string>;
  }
}
