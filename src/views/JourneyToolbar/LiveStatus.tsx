import { memo, useEffect, useRef, useState } from 'react';

/**
 * A polite live region, there and empty from the first render, that speaks `text` only
 * when `changeKey` changes: never on mount. The map's grid has its own (`FilterStatus`);
 * sharing one module would split it into a chunk of its own on every page that draws a map.
 */
export const LiveStatus = /* @__PURE__ */ memo(function LiveStatus({ changeKey, text }: { changeKey: string; text: string }) {
  const [message, setMessage] = useState('');
  const last = useRef(changeKey);
  useEffect(() => {
    if (changeKey === last.current) return;
    last.current = changeKey;
    setMessage(text);
  }, [changeKey, text]);
  return (
    <div role="status" aria-live="polite" className="jm-visually-hidden">
      {message}
    </div>
  );
});
