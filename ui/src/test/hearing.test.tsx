import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "./render";

/** The child's words of the save scenario: emoji, a line break and non-Latin text. */
const WORDS = "Ik vind rekenen leuk 😀\nmaar lezen is moeilijk — ĳs, Ελληνικά";
const GROUP_5_8 = [
  "Hoe gaat het op school?",
  "Wat gaat goed?",
  "Wat vind je moeilijk?",
  "Wat helpt jou bij het leren?",
  "Wat wil je leren?",
  "Wie helpt je, en hoe?",
  "Wat wil je dat de juf of meester weet?",
];
const pupilPage = (name: string) => (ids: Record<string, string>) => `#/leerlingen/${ids[name]}`;

describe("hoorrecht on the pupil page", () => {
  it.each([
    ["groep6", "Groep 5–8", "Wat helpt jou bij het leren?", "Met de leerkracht erbij"],
    ["groep2", "Groep 1–4", "Wie helpt je?", "Met de leerkracht erbij"],
    ["vo", "Voortgezet onderwijs", "Waar loop je tegenaan?", "Met de mentor erbij"],
  ])("offers the question set that fits the pupil (%s: %s)", async (pupil, band, question, setting) => {
    const { user } = renderApp("hearing_bands", pupilPage(pupil));
    const section = await screen.findByTestId("hearing-section");
    expect(within(section).getByRole("heading", { level: 2, name: "Hoorrecht" })).toBeInTheDocument();
    expect(await within(section).findByText("Nog geen hoorgesprekken.")).toBeInTheDocument();
    expect(within(section).getByText("Nog geen zienswijzen van ouders.")).toBeInTheDocument();
    expect(screen.queryByTestId("hearing-due")).not.toBeInTheDocument();

    await user.click(within(section).getByRole("link", { name: "Nieuw hoorgesprek" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Nieuw hoorgesprek" })).toBeInTheDocument();
    expect(screen.getByLabelText("Vragenset")).toHaveDisplayValue(band);
    expect(screen.getByLabelText(question)).toHaveValue("");
    expect(within(screen.getByLabelText("Wie was erbij")).getByRole("option", { name: setting })).toBeInTheDocument();
  });

  it("switches the question set by hand and keeps the answer to a question both sets ask", async () => {
    const { user } = renderApp("hearing_bands", (ids) => `#/leerlingen/${ids.groep6}/hoorgesprekken/nieuw`);
    await user.type(await screen.findByLabelText("Wat gaat goed?"), "Gym en rekenen");
    await user.type(screen.getByLabelText("Wat helpt jou bij het leren?"), "Een koptelefoon");
    await user.selectOptions(screen.getByLabelText("Vragenset"), "Groep 1–4");
    expect(screen.getByLabelText("Vragenset")).toHaveDisplayValue("Groep 1–4");
    expect(screen.getByLabelText("Hoe vind je het op school?")).toHaveValue("");
    expect(screen.getByLabelText("Wat gaat goed?")).toHaveValue("Gym en rekenen");
    expect(screen.queryByLabelText("Wat helpt jou bij het leren?")).not.toBeInTheDocument();
    expect(screen.getAllByTestId("hearing-answer")).toHaveLength(6);
  });

  it("says since when a hoorgesprek is needed after the decision extra ondersteuning", async () => {
    renderApp("hearing_due", pupilPage("pupil"));
    expect(await screen.findByTestId("hearing-due")).toHaveTextContent(/^Hoorgesprek nodig sinds 28-02-2025\./);
  });
});

describe("gespreksmodus", () => {
  it("is driven with the keyboard alone, shows nothing of the pupil, and keeps every word", async () => {
    const { user } = renderApp("hearing_save", (ids) => `#/leerlingen/${ids.pupil}/hoorgesprekken/nieuw`);
    expect(await screen.findByText("Leerling: Sem Visser")).toBeInTheDocument();
    const open = screen.getByTestId("conversation-open");
    for (let i = 0; i < 40 && document.activeElement !== open; i++) await user.tab();
    expect(open).toHaveFocus();
    await user.keyboard("{Enter}");

    const answer = await screen.findByTestId("conversation-answer");
    expect(answer).toHaveFocus();
    expect(screen.getByLabelText(GROUP_5_8[0]!)).toBe(answer);
    expect(screen.getByTestId("conversation-progress")).toHaveTextContent("Vraag 1 van 7");
    // A child may look along: no name, no navigation, no dossier.
    expect(document.body).not.toHaveTextContent(/Sem|Visser/);
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Vergrendelen" })).not.toBeInTheDocument();

    // Plain Enter is a new line in the answer.
    await user.keyboard("Ik vind rekenen leuk 😀{Enter}maar lezen is moeilijk — ĳs, Ελληνικά");
    expect(answer).toHaveValue(WORDS);
    await user.tab();
    expect(screen.getByRole("radio", { name: "Geen smiley" })).toHaveFocus();
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}");
    expect(screen.getByRole("radio", { name: "Blij" })).toBeChecked();

    await user.keyboard("{Control>}{Enter}{/Control}");
    expect(screen.getByTestId("conversation-progress")).toHaveTextContent("Vraag 2 van 7");
    const second = screen.getByLabelText(GROUP_5_8[1]!);
    expect(second).toHaveFocus();
    await user.keyboard("Samen werken met Daan.");

    await user.keyboard("{Control>}{Shift>}{Enter}{/Shift}{/Control}");
    expect(screen.getByTestId("conversation-progress")).toHaveTextContent("Vraag 1 van 7");
    expect(screen.getByLabelText(GROUP_5_8[0]!)).toHaveValue(WORDS);
    expect(screen.getByLabelText(GROUP_5_8[0]!)).toHaveFocus();
    expect(screen.getByRole("radio", { name: "Blij" })).toBeChecked();

    await user.keyboard("{Escape}");
    expect(await screen.findByRole("heading", { level: 1, name: "Nieuw hoorgesprek" })).toBeInTheDocument();
    expect(screen.getByRole("navigation")).toBeInTheDocument();
    expect(screen.getByLabelText(GROUP_5_8[0]!)).toHaveValue(WORDS);
    expect(screen.getByLabelText(GROUP_5_8[1]!)).toHaveValue("Samen werken met Daan.");
    expect(within(screen.getAllByTestId("smiley-scale")[0]!).getByRole("radio", { name: "Blij" })).toBeChecked();
    await waitFor(() => expect(screen.getByTestId("conversation-open")).toHaveFocus());
  });

  it("writes what was typed as a draft before locking and brings it back after unlocking", async () => {
    const { fake, user } = renderApp("hearing_draft_lock", (ids) => `#/leerlingen/${ids.pupil}/hoorgesprekken/nieuw`);
    await user.click(await screen.findByTestId("conversation-open"));
    await user.keyboard("Ik mag zelf kiezen{Escape}");
    await user.click(await screen.findByRole("button", { name: "Vergrendelen" }));
    await screen.findByRole("heading", { level: 1, name: "Kluis ontgrendelen" });
    const order = fake.calls.map((c) => c.cmd).filter((c) => c === "draft_save" || c === "vault_lock");
    expect(order.at(-1)).toBe("vault_lock");
    expect(order).toContain("draft_save");
    const saves = fake.callsOf("draft_save") as Array<{ payload: string }>;
    const draft = JSON.parse(saves.at(-1)!.payload) as { state: { answers: Array<{ words: string }> } };
    expect(draft.state.answers[0]!.words).toBe("Ik mag zelf kiezen");

    await user.type(screen.getByLabelText("Wachtwoord"), "juiste wachtwoordzin{Enter}");
    expect(await screen.findByText(/Concept hersteld van/)).toBeInTheDocument();
    expect(screen.getByLabelText(GROUP_5_8[0]!)).toHaveValue("Ik mag zelf kiezen");
  });

  it("takes wishes and kinddoelen on its last screen, and Klaar returns to the form", async () => {
    const { user } = renderApp("hearing_save", (ids) => `#/leerlingen/${ids.pupil}/hoorgesprekken/nieuw`);
    await user.click(await screen.findByTestId("conversation-open"));
    for (let i = 0; i < GROUP_5_8.length; i++) await user.click(screen.getByTestId("conversation-next"));
    expect(screen.getByTestId("conversation-progress")).toHaveTextContent("Wensen en doelen");
    expect(screen.queryByTestId("conversation-next")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("conversation-wish-add"));
    await user.keyboard("Een rustig plekje om te lezen");
    await user.click(screen.getByTestId("conversation-goal-add"));
    await user.keyboard("Ik ken de tafels van 1 tot 10");
    await user.click(screen.getByTestId("conversation-done"));

    expect(await screen.findByLabelText("Wens 1, in eigen woorden")).toHaveValue("Een rustig plekje om te lezen");
    expect(screen.getByLabelText("Kinddoel 1")).toHaveValue("Ik ken de tafels van 1 tot 10");
  });
});

describe("hoorgesprek form", () => {
  it("sends the child's words exactly as typed and lists the saved hoorgesprek", async () => {
    const { fake, ids, user } = renderApp("hearing_save", pupilPage("pupil"));
    await user.click(await screen.findByRole("link", { name: "Nieuw hoorgesprek" }));
    await user.type(await screen.findByLabelText("Datum van het gesprek"), "27-02-2025");
    await user.type(screen.getByLabelText("Wie sprak met de leerling"), "Anouk Jansen, intern begeleider");
    await user.type(screen.getByLabelText(GROUP_5_8[0]!), "Ik vind rekenen leuk 😀{Enter}maar lezen is moeilijk — ĳs, Ελληνικά");
    await user.click(screen.getByRole("radio", { name: "Blij" }));
    await user.type(screen.getByLabelText(GROUP_5_8[1]!), "Samen werken met Daan.");
    await user.click(screen.getByRole("button", { name: "Wens toevoegen" }));
    await user.type(screen.getByLabelText("Wens 1, in eigen woorden"), "Een rustig plekje om te lezen");
    await user.selectOptions(screen.getByLabelText("Wat doet de school met wens 1"), "Overnemen");
    await user.click(screen.getByRole("button", { name: "Kinddoel toevoegen" }));
    await user.type(screen.getByLabelText("Kinddoel 1"), "Ik ken de tafels van 1 tot 10");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));

    expect(await screen.findByText("Hoorgesprek opgeslagen.")).toBeInTheDocument();
    const row = await screen.findByTestId("hearing-row");
    expect(row).toHaveTextContent("27-02-2025");
    expect(row).toHaveTextContent("Opstellen OPP");
    expect(row).toHaveTextContent("Groep 5–8");
    const [request] = fake.callsOf("hearing_save") as Array<{ hearing: { answers: Array<{ words: string }> } }>;
    expect(request!.hearing.answers[0]!.words).toBe(WORDS);
    expect(request).toEqual({
      id: null,
      pupilId: ids.pupil,
      caseId: null,
      hearing: {
        heldOn: "2025-02-27", moment: "opstellen", spokeWith: "Anouk Jansen, intern begeleider", setting: "alone",
        method: "gesprek", methodNote: null, ageBand: "groep_5_8",
        answers: GROUP_5_8.map((question, index) => ({
          question,
          words: index === 0 ? WORDS : index === 1 ? "Samen werken met Daan." : "",
          scale: index === 0 ? 4 : null,
        })),
        wishes: [{ words: "Een rustig plekje om te lezen", response: "overnemen", reason: null }],
        childGoals: ["Ik ken de tafels van 1 tot 10"],
        feedbackOn: null, feedbackHow: null,
      },
    });
    expect(fake.callsOf("draft_delete")).toEqual([{ key: `pupil/${ids.pupil}/hearing/new` }]);
  });

  it("shows every refused field in Dutch at its own field", async () => {
    const { user } = renderApp("hearing_refused", (ids) => `#/leerlingen/${ids.pupil}/hoorgesprekken/nieuw`);
    await user.type(await screen.findByLabelText("Datum van het gesprek"), "05-03-2025");
    await user.selectOptions(screen.getByLabelText("Moment"), "Algemeen (geen OPP-moment)");
    await user.click(screen.getByRole("button", { name: "Wens toevoegen" }));
    await user.type(screen.getByLabelText("Wens 1, in eigen woorden"), "Geen huiswerk meer");
    await user.selectOptions(screen.getByLabelText("Wat doet de school met wens 1"), "Niet overnemen");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));

    const heldOn = screen.getByLabelText("Datum van het gesprek");
    expect(await screen.findByText("Deze datum ligt in de toekomst.")).toHaveAttribute("id", "hearing-heldOn-error");
    await waitFor(() => expect(heldOn).toHaveFocus());
    expect(heldOn).toHaveAttribute("aria-invalid", "true");
    expect(document.getElementById("hearing-spokeWith-error")).toHaveTextContent("Dit veld is verplicht.");
    const reason = document.getElementById("hearing-wish-0-reason");
    expect(reason).toHaveAttribute("aria-invalid", "true");
    expect(document.getElementById("hearing-wish-0-reason-error")).toHaveTextContent("Dit veld is verplicht.");
    // Nothing typed is lost.
    expect(heldOn).toHaveValue("05-03-2025");
    expect(screen.getByLabelText("Wens 1, in eigen woorden")).toHaveValue("Geen huiswerk meer");
  });
});

describe("zienswijze ouders", () => {
  it("refuses an empty zienswijze field by field, then saves the parents' words with the chosen guardian", async () => {
    const { fake, ids, user } = renderApp("parent_view_save", pupilPage("pupil"));
    await user.click(await screen.findByRole("link", { name: "Zienswijze ouders vastleggen" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Zienswijze ouders vastleggen" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByTestId("pv-guardians")).toHaveAttribute("aria-describedby", "pv-guardians-hint pv-guardians-error");
    expect(document.getElementById("pv-guardians-error")).toHaveTextContent("Dit veld is verplicht.");
    expect(document.getElementById("pv-words-error")).toHaveTextContent("Dit veld is verplicht.");
    expect(document.getElementById("pv-givenOn-error")).toHaveTextContent("Dit veld is verplicht.");
    await waitFor(() => expect(screen.getByLabelText("Datum")).toHaveFocus());

    await user.type(screen.getByLabelText("Datum"), "27-02-2025");
    await user.click(screen.getByRole("checkbox", { name: "Johan Visser (vader)" }));
    expect(screen.getByRole("checkbox", { name: "Eva Visser (moeder)" })).not.toBeChecked();
    await user.type(screen.getByLabelText("Zienswijze, in hun eigen woorden"), "Thuis leest hij graag strips.{Enter}Huiswerk geeft veel ruzie.");
    await user.click(screen.getByRole("button", { name: "Wens toevoegen" }));
    await user.type(screen.getByLabelText("Wens 1, in eigen woorden"), "Elke week een kort bericht");
    await user.selectOptions(screen.getByLabelText("Wat doet de school met wens 1"), "Deels overnemen");
    await user.type(screen.getByLabelText(/^Waarom/), "Eens per twee weken past beter bij de groep.");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));

    expect(await screen.findByText("Zienswijze ouders opgeslagen.")).toBeInTheDocument();
    expect(await screen.findByTestId("parent-view-row")).toHaveTextContent("Johan Visser (vader)");
    expect(fake.callsOf("parent_view_save")).toHaveLength(2);
    expect(fake.callsOf("parent_view_save")[1]).toEqual(
      {
        id: null, pupilId: ids.pupil, caseId: null,
        view: {
          givenOn: "2025-02-27", moment: "opstellen", guardianIds: [ids.johan],
          words: "Thuis leest hij graag strips.\nHuiswerk geeft veel ruzie.",
          wishes: [{ words: "Elke week een kort bericht", response: "deels", reason: "Eens per twee weken past beter bij de groep." }],
        },
      },
    );
  });
});

describe("casus timeline", () => {
  it("opens the zienswijze and the hoorgesprek in their forms; a hoorgesprek is deleted after confirming", async () => {
    const { fake, ids, user } = renderApp("hearing_timeline", (ids) => `#/casussen/${ids.case}`);
    await user.click(await screen.findByRole("tab", { name: "Tijdlijn" }));
    await user.click(screen.getByTestId("timeline-open-parent_view"));
    expect(await screen.findByRole("heading", { level: 1, name: "Zienswijze ouders van 21-02-2025" })).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Eva Visser (moeder)" })).toBeChecked();
    expect(screen.getByLabelText("Zienswijze, in hun eigen woorden")).toHaveValue("Wij zien dat lezen thuis moeite kost.");

    window.location.hash = `#/casussen/${ids.case}`;
    await user.click(await screen.findByRole("tab", { name: "Tijdlijn" }));
    await user.click(screen.getByTestId("timeline-open-hearing"));
    expect(await screen.findByRole("heading", { level: 1, name: "Hoorgesprek van 20-02-2025" })).toBeInTheDocument();
    expect(screen.getByLabelText("Vragenset")).toHaveDisplayValue("Groep 1–4");
    expect(screen.getByLabelText("Hoe vind je het op school?")).toHaveValue("Leuk!");
    expect(screen.getByLabelText("Wie was erbij")).toHaveDisplayValue("Met een ouder erbij");
    expect(screen.getByLabelText("Hoort bij casus")).toHaveDisplayValue("Leesproblemen (03-02-2025)");

    await user.click(screen.getByRole("button", { name: "Hoorgesprek verwijderen" }));
    expect(fake.callsOf("hearing_delete")).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Hoorgesprek verwijderen" }));
    expect(await screen.findByText("Hoorgesprek verwijderd.")).toBeInTheDocument();
    expect(fake.callsOf("hearing_delete")).toEqual([{ id: ids.hearing }]);
    expect(await screen.findByTestId("parent-view-row")).toBeInTheDocument();
    expect(screen.queryByTestId("hearing-row")).not.toBeInTheDocument();
  });
});
