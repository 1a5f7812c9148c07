import { lazyPart } from '../components/lazy';

/*
 * The editor's dialogs, loaded on demand (see `lazyPart`): each opens only when asked for,
 * so its code comes in a chunk of its own, fetched once the browser is idle after the editor
 * mounts (or at once when the user reaches for it). A dialog asked for before its chunk has
 * arrived opens when it does, and takes focus then, as it would have at once.
 */

/** The card details form (E, or the toolbar's Details). */
export const CardDetailsPanel = /* @__PURE__ */ lazyPart(() => import('./CardDetailsPanel').then((m) => m.CardDetailsPanel));

/** The dialog that removes a stage, asking where its cards go. */
export const RemoveStageDialog = /* @__PURE__ */ lazyPart(() => import('./RemoveStageDialog').then((m) => m.RemoveStageDialog));

/** The persona form (edit or add a persona). */
export const PersonaFormDialog = /* @__PURE__ */ lazyPart(() => import('./PersonaDialogs').then((m) => m.PersonaFormDialog));

/** The dialog that removes a persona, saying what goes with it. */
export const RemovePersonaDialog = /* @__PURE__ */ lazyPart(() => import('./PersonaDialogs').then((m) => m.RemovePersonaDialog));

/** The dialog that adds a stage beside another. */
export const AddStageDialog = /* @__PURE__ */ lazyPart(() => import('./StructureDialogs').then((m) => m.AddStageDialog));

/** The dialog that puts a stage in a phase. */
export const StagePhaseDialog = /* @__PURE__ */ lazyPart(() => import('./StructureDialogs').then((m) => m.StagePhaseDialog));

/** The dialog that adds a lane. */
export const AddLaneDialog = /* @__PURE__ */ lazyPart(() => import('./StructureDialogs').then((m) => m.AddLaneDialog));

/** The dialog that removes a lane, asking where its cards go. */
export const RemoveLaneDialog = /* @__PURE__ */ lazyPart(() => import('./StructureDialogs').then((m) => m.RemoveLaneDialog));

/** The list of a card's links, each with a Remove button. */
export const LinkList = /* @__PURE__ */ lazyPart(() => import('./LinkList').then((m) => m.LinkList));
