import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../app/App";
import { installReplay } from "./replay";

/** Renders the whole app against the recorded answers of `scenario`, starting at `hash`. */
export function renderApp(
  scenario: string,
  hash: string | ((ids: Record<string, string>) => string) = "",
  userOpts: Parameters<typeof userEvent.setup>[0] = {}) {
  const fake = installReplay(scenario);
  window.location.hash = typeof hash === "string" ? hash : hash(fake.ids);
  const user = userEvent.setup(userOpts);
  const utils = render(<App />);
  return { fake, ids: fake.ids, user, ...utils };
}
