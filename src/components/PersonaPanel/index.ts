export { PersonaPanel } from './PersonaPanel';
export { personaInitials } from './Avatar';
export type { PersonaPanelProps } from './PersonaPanel';
