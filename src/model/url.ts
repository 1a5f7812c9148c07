/** The address checks, re-exported from the one sanitising policy in `./sanitize`; import from there. */
export { isSafeUrl, safeUrl } from './sanitize';
