import type { AxNode, MediaFeatures, PointerPlace } from './commands';

declare module 'vitest/browser' {
  interface BrowserCommands {
    accessibilityTree: () => Promise<AxNode[]>;
    focusedAccessibilityNode: () => Promise<AxNode | undefined>;
    mouseDrag: (from: PointerPlace | null, through: PointerPlace[], hold?: boolean) => Promise<void>;
    ariaSnapshot: (selector: string) => Promise<string>;
    emulateMedia: (media: MediaFeatures) => Promise<void>;
    platformFonts: (selector: string) => Promise<Array<{ familyName: string; glyphCount: number }>>;
    rasterizeSvg: (svg: string) => Promise<string>;
    screenshotElement: (selector: string) => Promise<string>;
  }
}
