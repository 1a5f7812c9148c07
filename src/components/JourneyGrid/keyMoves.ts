// What the map's keyboard model loads on demand (see `useGridKeyboard`): where focus goes
// when a key is pressed, in the grid and in the stacked layout.
export { nextShownTarget } from '../../layout/navigationMoves';
export { nextStackKey } from '../../layout/stackedMoves';
