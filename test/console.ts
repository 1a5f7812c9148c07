import { version } from 'react';

// React 18 warns about useLayoutEffect whenever it renders to a string while a DOM
// exists, which only happens in tests that server-render inside jsdom. On a real
// server the library picks useEffect (no `document`), and React 19 dropped the warning.
const jsdomServerArtefact = (message: string) =>
  version.startsWith('18.') && message.includes('useLayoutEffect does nothing on the server');

/** The console messages of a spy that point to a real problem (React warnings and the like). */
export function realMessages(calls: readonly unknown[][]): string[] {
  return calls.map((call) => call.map(String).join(' ')).filter((message) => !jsdomServerArtefact(message));
}
