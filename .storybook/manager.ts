import { addons } from 'storybook/manager-api';

/** Story ids of the designers' pages that bring their own controls and need no addon panel. */
const OWN_CONTROLS = /^designers-/;

// The addon panel (Controls, Accessibility, …) opens at the side rather than over the
// bottom third of the map, and the designers' pages, which carry their own controls,
// open without it.
addons.setConfig({
  layout: { panelPosition: 'right', rightPanelWidth: 340 },
  layoutCustomisations: {
    showPanel: (state, shown) => (typeof state.storyId === 'string' && OWN_CONTROLS.test(state.storyId) ? false : shown),
  },
});
