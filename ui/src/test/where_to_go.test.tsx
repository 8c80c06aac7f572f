import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "./render";

describe("Waar kunt u terecht? on the pupil page", () => {
  it("exports the parents' sheet through the save dialog, says it is one page and opens it", async () => {
    const { user, fake, ids } = renderApp("where_to_go", (i) => `#/leerlingen/${i.pupil}`);
    const card = await screen.findByRole("region", { name: "Waar kunt u terecht? (ouderblad)" });
    expect(card).toHaveTextContent("niet versleuteld");
    await user.click(within(card).getByRole("button", { name: "Maak het blad ‘Waar kunt u terecht?’ (PDF)" }));
    expect(await within(card).findByText("Opgeslagen als waar-kunt-u-terecht-SdV-2026-11-23.pdf (1 pagina).")).toBeInTheDocument();
    expect(fake.callsOf("export_where_to_go")).toEqual([{ pupilId: ids.pupil }]);
    const open = within(card).getByRole("button", { name: "Openen" });
    await waitFor(() => expect(open).toHaveFocus());
    await user.click(open);
    expect(fake.callsOf("export_open_last")).toHaveLength(1);
  });
});
