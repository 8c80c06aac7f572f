import { useEffect, useRef, type ReactNode } from "react";

/**
 * The page's h1. It takes focus when the page mounts (each route mounts its page afresh), so
 * keyboard and screen-reader users start at the top of the new page.
 */
export function PageHeading({ children, focus = true, id }: { children: ReactNode; focus?: boolean; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
