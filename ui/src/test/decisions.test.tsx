// Stappenplan corrections of issue 7, replayed from the core: completing a step with a reason
// (item 6) and what each evaluation decision leads to (item 3).
import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "./render";

const CASE = (ids: Record<string, string>) => `#/casussen/${ids.case}`;
const stepButton = (key: string) => document.getElementById(`step-${key}`)!;
const stepState = (key: string) => within(stepButton(key)).getByTestId("step-state").textContent;

describe("completing a step", () => {
  it("completes a step without a requirement when the reason is given, unlike skipping", async () => {
    const { fake, user } = renderApp("step_complete_reason", CASE);
    await user.click(await screen.findByRole("button", { name: "Stap afronden" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Kies dan ‘Overslaan’.");
    expect(stepState("signaleren")).not.toBe("afgerond");
    await user.click(screen.getByRole("button", { name: "Toch afronden" }));
    await user.type(screen.getByLabelText("Waarom rond je deze stap af zonder dit?"), "Signaal staat in het groepsplan.");
    await user.click(screen.getByRole("button", { name: "Afronden met deze reden" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Stap 2: Begrijpen" })).toBeInTheDocument();
    expect(stepState("signaleren")).toBe("afgerond");
    expect(fake.callsOf("step_action")).toMatchObject([
      { step: "signaleren", action: "complete", reason: null },
      { step: "signaleren", action: "complete", reason: "Signaal staat in het groepsplan." },
    ]);
    await user.click(stepButton("signaleren"));
    expect(await screen.findByText(/zonder alles wat het sjabloon vraagt\. Reden: Signaal staat in het groepsplan\./)).toHaveAttribute(
      "id",
      "step-completion-reason",
    );
  });
});

describe("evaluation decisions", () => {
  it("afsluiten asks to close the casus, with the evaluation's date and a reason", async () => {
    const { fake, ids, user } = renderApp("decision_close", CASE);
    expect(await screen.findByText("Besluit: afsluiten. Sluit de casus af met een datum en een reden.")).toBeInTheDocument();
    const followUp = document.getElementById("follow-up-close")!;
    await user.click(within(followUp).getByRole("button", { name: "Casus afsluiten" }));
    expect(screen.getByLabelText("Afgesloten op")).toHaveValue("28-02-2025");
    await user.type(screen.getByLabelText("Reden van afsluiten"), "Doelen behaald.");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("De casus is afgesloten.")).toBeInTheDocument();
    expect(fake.callsOf("case_close")).toEqual([{ id: ids.case, closedOn: "2025-02-28", reason: "Doelen behaald." }]);
    // Done: the follow-up is gone, the casus shows as closed.
    await waitFor(() => expect(screen.queryByText(/Besluit: afsluiten/)).not.toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Casus heropenen" })).toBeInTheDocument();
  });

  it("an overleg decision asks for the meeting record, also once the cycle is finished", async () => {
    const { fake, user } = renderApp("decision_meeting", CASE);
    await user.click(await screen.findByRole("button", { name: /Evalueren/ }));
    expect(await screen.findByText(/Leg het overleg vast/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Overleg vastleggen" }));
    expect(screen.getByLabelText("Soort gesprek")).toHaveDisplayValue("Overleg / ondersteuningsteam");
    await user.clear(screen.getByLabelText("Datum"));
    await user.type(screen.getByLabelText("Datum"), "1-3-2025");
    await user.type(screen.getByLabelText("Deelnemers"), "IB'er, orthopedagoog SWV, moeder");
    await user.type(screen.getByLabelText("Samenvatting"), "Onderzoek aanvragen.");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    await waitFor(() => expect(screen.queryByText(/Leg het overleg vast/)).not.toBeInTheDocument());
    expect(fake.callsOf("record_save")).toMatchObject([
      { data: { kind: "conversation", conversationKind: "meeting", step: "evalueren", date: "2025-03-01" } },
    ]);
  });

  it("does not offer a TLV before extra support, and says why", async () => {
    const { user } = renderApp("decision_tlv", CASE);
    await user.click(await screen.findByRole("button", { name: /Evalueren/ }));
    await user.click(screen.getByRole("button", { name: "Evaluatie vastleggen" }));
    const options = [...screen.getByLabelText<HTMLSelectElement>("Besluit").options].map((o) => o.textContent);
    expect(options).toContain("Aanpak aanpassen");
    expect(options).toContain("Extra ondersteuning inzetten (OPP)");
    expect(options).not.toContain("TLV overwegen");
    expect(screen.getByTestId("decision-unavailable")).toHaveTextContent("Niet beschikbaar: TLV overwegen. Een TLV komt pas in beeld");
  });
});
