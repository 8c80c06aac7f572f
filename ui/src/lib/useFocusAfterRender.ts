import { useEffect, useState } from "react";

type Finder = () => HTMLElement | null | undefined;

/**
 * Moves focus once the next render is on screen (e.g. back to the button that opened a form
 * after the form closes). An effect, not a timer: after an `await`, React may render later
 * than a zero-delay timeout fires, and the element would not exist yet.
 */
export function useFocusAfterRender(): (find: Finder) => void {
  const [finder, setFinder] = useState<{ find: Finder } | null>(null);
  useEffect(() => {
    if (finder) {
      finder.find()?.focus();
      setFinder(null);
    }
  }, [finder]);
  return (find: Finder) => setFinder({ find });
}
