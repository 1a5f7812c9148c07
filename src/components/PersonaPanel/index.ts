export { PersonaPanel, personaInitials } from './PersonaPanel';
export type { PersonaPanelProps } from './PersonaPanel';
