import { memo, useEffect, useRef, useState } from 'react';

/**
 * A polite live region that says what the map shows when its filter changes (a persona
 * chosen, lanes or channels picked). It is there, empty, from the first render, as a live
 * region must be before it speaks; it speaks only when `filterKey` changes, never on
 * mount, nor when the journey or the parts drawn change under the same filter.
 */
export const FilterStatus = /* @__PURE__ */ memo(function FilterStatus({ filterKey, text }: { filterKey: string; text: string }) {
  const [message, setMessage] = useState('');
  const last = useRef(filterKey);
  useEffect(() => {
    if (filterKey === last.current) return;
    last.current = filterKey;
    setMessage(text);
  }, [filterKey, text]);
  return (
    <div role="status" aria-live="polite" className="jm-visually-hidden">
      {message}
    </div>
  );
});
