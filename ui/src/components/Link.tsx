import type { ReactNode } from "react";
import { href, type Route } from "../app/router";

/** An in-app link: a real `<a>` with a hash href, so it works with keyboard and middle-click. */
export function Link({ to, children, className, id }: { to: Route; children: ReactNode; className?: string; id?: string }) {
  return (
    <a href={href(to)} className={className} id={id}>
      {children}
    </a>
  );
}
