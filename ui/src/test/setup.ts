import "@testing-library/jest-dom/vitest";
import { afterEach, beforeEach } from "vitest";
import { cleanup, configure } from "@testing-library/react";
import { clearMocks } from "@tauri-apps/api/mocks";
import { forgetViews } from "../features/stepplan/viewMemory";
import { checkNoUnrecordedRequests } from "./replay";

// Generous waits: CI shares two cores with the Rust build. Nothing here waits on real time
// unless an assertion is still failing.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  window.location.hash = "";
});

afterEach(() => {
  cleanup();
  clearMocks();
  forgetViews();
  window.location.hash = "";
  checkNoUnrecordedRequests();
});
