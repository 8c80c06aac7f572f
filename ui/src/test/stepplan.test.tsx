import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { formatDate, todayIso } from "../lib/dates";
import { renderApp } from "./render";
import type { Template } from "../ipc/bindings/Template";

const CASE = (ids: Record<string, string>) => `#/casussen/${ids.case}`;

const LABELS = ["Signaleren", "Begrijpen", "Plannen", "Realiseren", "Vastleggen", "Evalueren"];

const stepButton = (key: string) => document.getElementById(`step-${key}`)!;
const stepState = (key: string) => within(stepButton(key)).getByTestId("step-state").textContent;

describe("stepper", () => {
  it("shows the six steps of the template with Signaleren current", async () => {
    const { fake } = renderApp("stepplan_signal", CASE);
    await screen.findByRole("heading", { level: 2, name: "Stap 1: Signaleren" });
    expect(screen.getAllByTestId("step-label").map((e) => e.textContent)).toEqual(LABELS);
    expect(stepButton("signaleren")).toHaveAttribute("aria-current", "step");
    expect(stepButton("begrijpen")).not.toHaveAttribute("aria-current");
    expect(LABELS.map((_, i) => stepState(["signaleren", "begrijpen", "plannen", "realiseren", "vastleggen", "evalueren"][i]!))).toEqual(
      Array(6).fill("open"),
    );
    // Explanation and prompts come from the template.
    const template = fake.fixture.calls.find((c) => c.command === "template_get")!.response as Template;
    expect(screen.getByText(template.steps[0]!.explanation)).toBeInTheDocument();
    expect(screen.getByText("Sinds wanneer speelt dit?")).toBeInTheDocument();
    expect(document.querySelector(".case-actions")).not.toBeNull();
  });

  it("takes its labels from the template: a renamed step shows the new name", async () => {
    const { user } = renderApp("stepplan_renamed_template", CASE);
    await screen.findByRole("heading", { level: 2, name: "Stap 1: Signaleren" });
    expect(screen.getAllByTestId("step-label").map((e) => e.textContent)).toEqual([
      "Signaleren", "Analyseren", "Plannen", "Realiseren", "Vastleggen", "Evalueren",
    ]);
    await user.click(stepButton("begrijpen"));
    expect(screen.getByRole("heading", { level: 2, name: "Stap 2: Analyseren" })).toBeInTheDocument();
    expect(screen.getByText("Wat zegt de leerling zelf?")).toBeInTheDocument();
  });

  it("refuses to complete Signaleren without a signal, in Dutch, and changes nothing", async () => {
    const { fake, user } = renderApp("stepplan_signal", CASE);
    await user.click(await screen.findByRole("button", { name: "Stap afronden" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveAttribute("id", "step-error");
    expect(alert).toHaveTextContent("‘Signaleren’ kan nog niet worden afgerond. Leg minstens één signaal vast.");
    expect(stepState("signaleren")).toBe("open");
    expect(stepButton("signaleren")).toHaveAttribute("aria-current", "step");
    expect(fake.callsOf("step_action")).toHaveLength(1);
  });

  it("saves a signal (step becomes bezig), then completes the step and moves on", async () => {
    const { fake, ids, user } = renderApp("stepplan_signal", CASE);
    await user.click(await screen.findByRole("button", { name: "Signaal toevoegen" }));
    // The date defaults to the real today; this fake lives on 01-03-2025.
    expect(screen.getByLabelText("Datum")).toHaveValue(formatDate(todayIso()));
    await waitFor(() => expect(screen.getByLabelText("Datum")).toHaveFocus());
    await user.clear(screen.getByLabelText("Datum"));
    await user.type(screen.getByLabelText("Datum"), "1-3-2025");
    await user.selectOptions(screen.getByLabelText("Door wie is het gesignaleerd?"), "parent");
    await user.type(screen.getByLabelText(/Wat is er waargenomen/), "Huilt bij het lezen.");
    await user.type(screen.getByLabelText(/Waarom \(nog\) niet/), "Gesprek staat gepland.");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));

    const item = await screen.findByTestId("record-item");
    expect(item).toHaveTextContent("Signaal van 01-03-2025");
    expect(item).toHaveTextContent("Huilt bij het lezen.");
    expect(item).toHaveTextContent("(nog) niet geïnformeerd: Gesprek staat gepland.");
    expect(stepState("signaleren")).toBe("bezig");
    expect(fake.callsOf("record_save")).toEqual([
      {
        caseId: ids.case, recordId: null, correctionNote: null,
        data: {
          kind: "signal", date: "2025-03-01", source: "parent", sourceOther: null, observation: "Huilt bij het lezen.",
          since: null, data: null, parents: { informed: false, date: null, reason: "Gesprek staat gepland." },
          pupilInformed: { informed: false, date: null, reason: null },
        },
      },
    ]);

    await user.click(screen.getByRole("button", { name: "Stap afronden" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Stap 2: Begrijpen" })).toBeInTheDocument();
    expect(stepState("signaleren")).toBe("afgerond");
    expect(stepButton("begrijpen")).toHaveAttribute("aria-current", "step");
  });

  it("shows a record's field error under the field and keeps what was typed", async () => {
    const { user } = renderApp("stepplan_record_error", CASE);
    await user.click(await screen.findByRole("button", { name: "Signaal toevoegen" }));
    await user.clear(screen.getByLabelText("Datum"));
    await user.type(screen.getByLabelText("Datum"), "5-3-2025");
    await user.type(screen.getByLabelText(/Wat is er waargenomen/), "Stil in de klas.");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("Deze datum ligt in de toekomst.")).toHaveAttribute("id", "rec-date-error");
    await waitFor(() => expect(screen.getByLabelText("Datum")).toHaveFocus());
    expect(screen.getByLabelText(/Wat is er waargenomen/)).toHaveValue("Stil in de klas.");
  });

  it("asks a reason to skip a step and shows it on the timeline", async () => {
    const { user } = renderApp("stepplan_skip", CASE);
    await user.click(await screen.findByRole("button", { name: "Overslaan" }));
    await waitFor(() => expect(screen.getByLabelText("Waarom sla je deze stap over?")).toHaveFocus());
    await user.click(screen.getByRole("button", { name: "Stap overslaan" }));
    expect(await screen.findByText("Dit veld is verplicht.")).toHaveAttribute("id", "skip-reason-error");
    expect(stepState("signaleren")).toBe("open");

    await user.type(screen.getByLabelText("Waarom sla je deze stap over?"), "Signaal kwam via de vorige school.");
    await user.click(screen.getByRole("button", { name: "Stap overslaan" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Stap 2: Begrijpen" })).toBeInTheDocument();
    expect(stepState("signaleren")).toBe("overgeslagen");

    await user.click(screen.getByRole("tab", { name: "Tijdlijn" }));
    const entries = screen.getAllByTestId("timeline-entry");
    expect(entries.map((e) => e.textContent)).toEqual([
      "03-02-2025Casus geopend",
      "01-03-2025Stap overgeslagencyclus 1 · SignalerenReden: Signaal kwam via de vorige school.",
    ]);

    // The entry opens the step it belongs to; reopening makes it bezig again.
    await user.click(within(entries[1]!).getByRole("button"));
    expect(await screen.findByRole("heading", { level: 2, name: "Stap 1: Signaleren" })).toBeInTheDocument();
    expect(screen.getByText(/Reden: Signaal kwam via de vorige school\./)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Heropenen" }));
    await waitFor(() => expect(stepState("signaleren")).toBe("bezig"));
  });

  it("records factors per template domain in a table, and requires a note for an unclear level", async () => {
    const { user } = renderApp("stepplan_factors", CASE);
    await user.click(await screen.findByRole("button", { name: /Begrijpen/ }));
    await user.click(screen.getByRole("button", { name: "Factor toevoegen" }));
    expect(within(screen.getByLabelText("Domein")).getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Leerling", "Onderwijs", "Thuis/opvoeding",
    ]);
    await user.selectOptions(screen.getByLabelText("Soort factor"), "helping");
    await user.selectOptions(screen.getByLabelText("Domein"), "thuis");
    await user.type(screen.getByLabelText("Omschrijving"), "Oma leest voor.");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    const table = await screen.findByRole("table", { name: "Factoren per domein" });
    const row = within(table).getByRole("row", { name: /Thuis\/opvoeding/ });
    expect(within(row).getAllByRole("cell").map((c) => c.textContent)).toEqual(["—", "Oma leest voor."]);

    await user.click(screen.getByRole("button", { name: /Plannen/ }));
    await user.click(screen.getByRole("button", { name: "Interventie toevoegen" }));
    await user.type(screen.getByLabelText("Aanpak"), "Extra leesinstructie");
    await user.selectOptions(screen.getByLabelText("Niveau"), "onduidelijk");
    await user.type(screen.getByLabelText(/Startdatum/), "10-03-2025");
    await user.type(screen.getByLabelText(/Einddatum/), "01-03-2025");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("Dit veld is verplicht.")).toHaveAttribute("id", "rec-levelNote-error");
    await user.type(screen.getByLabelText("Toelichting op het niveau"), "Nog in overleg met het SWV.");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("Deze datum ligt vóór de startdatum.")).toHaveAttribute("id", "rec-endDate-error");
  });
});

describe("cycles", () => {
  it("starts a new cycle pre-filled with the needs and goals, marked as carried over", async () => {
    const { fake, ids, user } = renderApp("cycle_carry_over", CASE);
    expect(await screen.findByText("Cyclus 1 is afgerond op 01-03-2025. Wijzigen kan alleen nog via ‘Corrigeren’.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Signaal toevoegen" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Nieuwe cyclus starten" }));
    // The IB'er is asked for new evaluation dates; the old one is not carried (issue 7, item 2).
    const newDate = await screen.findByLabelText(/Nieuwe evaluatiedatum: Leest AVI M4 vlot/);
    expect(newDate).toHaveValue("");
    await user.type(newDate, "1-4-2025");
    await user.click(screen.getByRole("button", { name: "Cyclus starten" }));

    expect(await screen.findByText(/Cyclus 2 is gestart/)).toBeInTheDocument();
    expect(screen.getByLabelText("Cyclus")).toHaveDisplayValue("Cyclus 2");
    expect(stepButton("signaleren")).toHaveAttribute("aria-current", "step");
    expect(fake.callsOf("cycle_new")).toEqual([
      { caseId: ids.case, evaluationDates: [{ goalId: ids.goal, evaluationDate: "2025-04-01" }] },
    ]);

    await user.click(stepButton("begrijpen"));
    const need = (await screen.findAllByTestId("record-item")).find((li) => li.textContent?.includes("kleine stappen"))!;
    expect(need).toHaveTextContent("overgenomen uit cyclus 1");
    await user.click(stepButton("plannen"));
    const items = await screen.findAllByTestId("record-item");
    expect(items.map((i) => i.textContent?.includes("overgenomen uit cyclus 1"))).toEqual([true, true]);
    expect(items[0]).toHaveTextContent("Leest AVI M4 vlot.");
    expect(items[0]).toHaveTextContent("01-04-2025");
    // Editable: the copies belong to the new, unfinished cycle.
    await user.click(within(items[0]!).getByRole("button", { name: "Leest AVI M4 vlot. bewerken" }));
    expect(screen.getByLabelText("Doel")).toHaveValue("Leest AVI M4 vlot.");
    expect(screen.queryByLabelText("Wat is er gecorrigeerd en waarom?")).not.toBeInTheDocument();

    // The old cycle is still there, read-only.
    await user.selectOptions(screen.getByLabelText("Cyclus"), "Cyclus 1");
    expect(screen.queryByRole("button", { name: "Stap afronden" })).not.toBeInTheDocument();
  });

  it("corrigeren in a finished cycle needs a note, which lands on the timeline", async () => {
    const { fake, user } = renderApp("cycle_revision", CASE);
    await user.click(await screen.findByRole("button", { name: /Plannen/ }));
    const goal = screen.getAllByTestId("record-item")[0]!;
    await user.click(within(goal).getByRole("button", { name: "Leest AVI M4 vlot. corrigeren" }));
    await user.clear(screen.getByLabelText("Doel"));
    await user.type(screen.getByLabelText("Doel"), "Leest AVI M4 vlot, met voorlezen thuis.");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("Dit veld is verplicht.")).toHaveAttribute("id", "rec-revisionNote-error");
    await user.type(screen.getByLabelText("Wat is er gecorrigeerd en waarom?"), "Afspraak met ouders toegevoegd.");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect((await screen.findAllByText("Leest AVI M4 vlot, met voorlezen thuis."))[0]).toHaveClass("record-title");
    expect(fake.callsOf("record_save")).toMatchObject([{ correctionNote: "" }, { correctionNote: "Afspraak met ouders toegevoegd." }]);

    await user.click(screen.getByRole("tab", { name: "Tijdlijn" }));
    await user.selectOptions(screen.getByLabelText("Toon"), "correction");
    const entries = screen.getAllByTestId("timeline-entry");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toHaveTextContent("01-03-2025Gecorrigeerdcyclus 1Toelichting: Afspraak met ouders toegevoegd.");
  });
});

describe("timeline", () => {
  it("filters by kind and opens a record in its step, highlighted", async () => {
    const { user } = renderApp("timeline", CASE);
    await user.click(await screen.findByRole("tab", { name: "Tijdlijn" }));
    expect(screen.getAllByTestId("timeline-entry")).toHaveLength(4);
    await user.selectOptions(screen.getByLabelText("Toon"), "need");
    const entries = screen.getAllByTestId("timeline-entry");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toHaveTextContent("Onderwijsbehoefte");
    expect(entries[0]).toHaveTextContent("cyclus 1 · Begrijpen");
    expect(entries[0]).toHaveTextContent("Heeft rust nodig.");
    await user.selectOptions(screen.getByLabelText("Toon"), "evaluation");
    expect(screen.getByText("Geen items van deze soort.")).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText("Toon"), "all");
    const goal = screen.getAllByTestId("timeline-entry").find((e) => e.textContent?.includes("Werkt 10 minuten"))!;
    await user.click(within(goal).getByRole("button"));
    expect(await screen.findByRole("heading", { level: 2, name: "Stap 3: Plannen" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Stappenplan" })).toHaveAttribute("aria-selected", "true");
    const item = screen.getByTestId("record-item");
    expect(item).toHaveClass("record-highlight");
    await waitFor(() => expect(item).toHaveFocus());
  });
});

describe("Vastleggen and Evalueren", () => {
  it("freezes the plan when shared, evaluates every goal, and offers a new cycle after the decision", async () => {
    const { fake, user } = renderApp("record_and_evaluate", CASE);
    // A conversation belongs to the step it was held in.
    await user.click(await screen.findByRole("button", { name: /Realiseren/ }));
    await user.click(screen.getByRole("button", { name: "Gesprek toevoegen" }));
    await user.selectOptions(screen.getByLabelText("Soort gesprek"), "teacher");
    await user.clear(screen.getByLabelText("Datum"));
    await user.type(screen.getByLabelText("Datum"), "20-02-2025");
    await user.type(screen.getByLabelText("Deelnemers"), "Juf Anne, IB'er");
    await user.type(screen.getByLabelText("Samenvatting"), "Timer werkt goed.");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("Gesprek met de leerkracht, 20-02-2025")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Gesprek toevoegen" })).toHaveFocus());
    expect(fake.callsOf("record_save")).toMatchObject([{ data: { kind: "conversation", step: "realiseren", conversationKind: "teacher" } }]);
    await user.click(screen.getByRole("button", { name: "Stap afronden" }));

    expect(await screen.findByRole("heading", { level: 2, name: "Stap 5: Vastleggen" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Delen met ouders vastleggen" }));
    await user.clear(screen.getByLabelText("Datum"));
    await user.type(screen.getByLabelText("Datum"), "21-02-2025");
    await user.type(screen.getByLabelText("Hoe is het plan gedeeld?"), "In een gesprek met beide ouders");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    const snapshot = await screen.findByTestId("plan-snapshot");
    expect(snapshot).toHaveTextContent("Heeft rust nodig.");
    expect(snapshot).toHaveTextContent("bevorderend · Leerling: Is gemotiveerd.");
    expect(snapshot).toHaveTextContent("Werkt 10 minuten zelfstandig.");
    await user.click(screen.getByRole("button", { name: "Stap afronden" }));

    expect(await screen.findByRole("heading", { level: 2, name: "Stap 6: Evalueren" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Evaluatie vastleggen" }));
    const results = screen.getAllByTestId("goal-result");
    expect(results.map((r) => r.querySelector(".goal-result-goal")?.textContent)).toEqual([
      "Werkt 10 minuten zelfstandig.", "Vraagt hulp met het stoplicht.",
    ]);
    await user.clear(screen.getByLabelText("Datum"));
    await user.type(screen.getByLabelText("Datum"), "28-02-2025");
    await user.selectOptions(within(results[0]!).getByLabelText("Resultaat"), "behaald");
    await user.type(within(results[0]!).getByLabelText("Waaruit blijkt dat?"), "Drie weken achter elkaar.");
    await user.selectOptions(within(results[1]!).getByLabelText("Resultaat"), "deels");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    const rationale = within(results[1]!).getByLabelText("Waaruit blijkt dat?");
    // The core names the row (`results[1].rationale`): the error sits under the second goal.
    const error = await within(results[1]!).findByText("Dit veld is verplicht.");
    expect(rationale.getAttribute("aria-describedby")).toContain(error.id);
    expect(within(results[0]!).queryByText("Dit veld is verplicht.")).not.toBeInTheDocument();
    await waitFor(() => expect(rationale).toHaveFocus());
    // Typed key by key: the error stays with its row while the user types (issue 7, item 11).
    await user.type(rationale, "Alleen bij rekenen.");
    expect(rationale).toHaveValue("Alleen bij rekenen.");
    expect(within(results[0]!).getByLabelText("Waaruit blijkt dat?")).toHaveValue("Drie weken achter elkaar.");
    await user.selectOptions(screen.getByLabelText("Besluit"), "nieuwe_cyclus");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    const evaluation = (await screen.findAllByTestId("record-item")).find((i) => i.textContent?.includes("Evaluatie van 28-02-2025"))!;
    expect(evaluation).toHaveTextContent("Behaald: Drie weken achter elkaar.");
    expect(evaluation).toHaveTextContent("Nieuwe cyclus");

    await user.click(screen.getByRole("button", { name: "Stap afronden" }));
    const next = await screen.findByRole("button", { name: "Nieuwe cyclus starten" });
    expect(next).toHaveAttribute("id", "cycle-new");
    expect(next).toHaveClass("button-primary");
    expect(screen.getByText(/Cyclus 1 is afgerond op 01-03-2025/)).toBeInTheDocument();
  });
});
