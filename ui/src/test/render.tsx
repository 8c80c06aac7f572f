import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../app/App";
import { installFakeBackend, type FakeOptions } from "./fakeBackend";

/** Renders the whole app against a fresh fake backend. */
export function renderApp(opts: FakeOptions = {}, userOpts: Parameters<typeof userEvent.setup>[0] = {}) {
  const fake = installFakeBackend(opts);
  const user = userEvent.setup(userOpts);
  const utils = render(<App />);
  return { fake, user, ...utils };
}
