import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import { renderApp } from "./render";

// Recorded on 2025-03-05, a Wednesday: "this week" runs to Sunday 2025-03-09.

describe("Vandaag", () => {
  it("groups te laat, deze week and binnenkort, each item with its kind, rule, source and a link", async () => {
    const { ids, user } = renderApp("dashboard", "#/vandaag");
    expect(await screen.findByText("woensdag 5 maart 2025")).toBeInTheDocument();
    const overdue = screen.getByRole("region", { name: "Te laat (2)" });
    const week = screen.getByRole("region", { name: "Deze week (1)" });
    const coming = screen.getByRole("region", { name: "Binnenkort (2)" });
    // The groups in their order, as the core grouped them.
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf("Te laat (2)")).toBeLessThan(headings.indexOf("Deze week (1)"));
    expect(headings.indexOf("Deze week (1)")).toBeLessThan(headings.indexOf("Binnenkort (2)"));
    expect(coming).toHaveTextContent("Termijnen na deze week, tot en met 16-04-2025.");

    const [slow, late] = within(overdue).getAllByTestId("dashboard-item");
    expect(late).toHaveTextContent("Evaluatie te laat");
    expect(late).toHaveTextContent("Lotte Meijer");
    expect(late).toHaveTextContent("Leesproblemen");
    expect(late).toHaveTextContent("Doel: Leest AVI M4 vlot.");
    expect(late).toHaveTextContent("Evaluatiedatum 03-03-2025");
    expect(late).toHaveTextContent("2 dagen te laat");
    // The rule and its source are told apart (issue 7, item 1).
    expect(late).toHaveTextContent("Waarom: Evaluatiedatum van het doel, vastgelegd in stap ‘Plannen’ (schoolweken;");
    expect(late).toHaveTextContent("Bron: Ibis-ontwerp, sjabloon ‘Landelijk’ versie 1");
    expect(within(late!).getByRole("link")).toHaveAttribute("href", `#/casussen/${ids.case}`);
    expect(slow).toHaveTextContent("Stap staat te lang open");
    expect(slow).toHaveTextContent("Daan Visser");
    expect(slow).toHaveTextContent("Stap: Signaleren");
    expect(slow).toHaveTextContent("wacht al 58 dagen");
    expect(slow).toHaveTextContent("Stap ‘Signaleren’ staat langer open dan 4 weken (schoolweken;");

    const [thisWeek] = within(week).getAllByTestId("dashboard-item");
    expect(thisWeek).toHaveTextContent("Doel: Leest hardop voor in de kring.");
    expect(thisWeek).toHaveTextContent("nog 2 dagen");

    const [planned, stepDue] = within(coming).getAllByTestId("dashboard-item");
    expect(planned).toHaveTextContent("Evaluatie gepland");
    expect(planned).toHaveTextContent("Doel: Leest een boek uit.");
    expect(planned).toHaveTextContent("nog 15 dagen");
    expect(stepDue).toHaveTextContent("Wachttijd van een stap loopt af");
    expect(stepDue).toHaveTextContent("Stap: Begrijpen");

    const rows = screen.getAllByTestId("per-step-row").map((r) => r.textContent);
    expect(rows).toEqual(["Signaleren1", "Begrijpen1", "Plannen0", "Realiseren0", "Vastleggen0", "Evalueren0"]);
    expect(screen.getByText("2 open casussen in totaal.")).toBeInTheDocument();
    // No holidays entered: the notice says school weeks are counted as calendar weeks.
    expect(document.getElementById("today-week-counting")).toHaveTextContent(
      "Voor dit schooljaar zijn geen schoolvakanties ingevoerd. Ibis telt daarom in kalenderweken",
    );

    await user.click(within(late!).getByRole("link"));
    expect(await screen.findByRole("heading", { level: 1, name: "Leesproblemen" })).toBeInTheDocument();
  });

  it("filters by school and by kind with the keyboard; an emptied group says so", async () => {
    const { user } = renderApp("dashboard", "#/vandaag");
    const school = await screen.findByLabelText("School");
    const kind = screen.getByLabelText("Soort termijn");
    // The options come from the listed items, with the core's names.
    expect(within(school).getAllByRole("option").map((o) => o.textContent)).toEqual(["Alle scholen", "De Regenboog", "SBO De Brug"]);
    expect(within(kind).getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Alle soorten",
      "Evaluatie deze week",
      "Evaluatie gepland",
      "Evaluatie te laat",
      "Stap staat te lang open",
      "Wachttijd van een stap loopt af",
    ]);

    // From the school filter on, by keyboard: choose, then Tab to the kind filter.
    school.focus();
    expect(school).toHaveFocus();
    await user.selectOptions(school, "SBO De Brug");
    expect(screen.getByRole("region", { name: "Te laat (1)" })).toHaveTextContent("Daan Visser");
    expect(screen.getByRole("region", { name: "Deze week (0)" })).toHaveTextContent("Deze week loopt er geen termijn af.");
    expect(screen.getByRole("region", { name: "Binnenkort (0)" })).toHaveTextContent("Tot en met 16-04-2025 komt er geen termijn aan.");
    expect(document.getElementById("today-shown")).toHaveTextContent("1 van 5 punten getoond.");

    await user.selectOptions(school, "");
    await user.tab();
    expect(kind).toHaveFocus();
    await user.selectOptions(kind, "evaluation_planned");
    expect(screen.getAllByTestId("dashboard-item")).toHaveLength(1);
    expect(screen.getByRole("region", { name: "Binnenkort (1)" })).toHaveTextContent("Leest een boek uit.");
    expect(screen.getByRole("region", { name: "Te laat (0)" })).toHaveTextContent("Er is niets te laat.");
  });

  it("says so when nothing needs attention", async () => {
    renderApp("shell_today", "#/vandaag");
    expect(await screen.findByText(/Er is vandaag niets dat aandacht vraagt/)).toBeInTheDocument();
    expect(screen.queryAllByTestId("dashboard-item")).toHaveLength(0);
    expect(screen.getByRole("link", { name: "Vandaag" })).toHaveAttribute("id", "nav-today");
  });

  it("lists a pupil with extra support who was not heard since the decision, with the law as source", async () => {
    const { ids } = renderApp("dashboard_hearing", "#/vandaag");
    const section = await screen.findByRole("region", { name: /Te laat/ });
    const [item] = within(section).getAllByTestId("dashboard-item");
    expect(item).toHaveTextContent("Hoorgesprek met de leerling");
    expect(item).toHaveTextContent("Noor Bakker");
    expect(item).toHaveTextContent("Nog niet gehoord sinds 03-03-2025");
    expect(item).toHaveTextContent("nodig sinds 2 dagen");
    expect(item).toHaveTextContent("Waarom: Een leerling met extra ondersteuning wordt gehoord na het besluit");
    expect(item).toHaveTextContent("Bron: Kamerstuk 36443");
    expect(item).not.toHaveTextContent("Doel:");
    // The item leads straight to a new hoorgesprek for this pupil.
    expect(within(item!).getByRole("link")).toHaveAttribute("href", `#/leerlingen/${ids.noor}/hoorgesprekken/nieuw`);
  });
});

describe("Termijnen in je agenda", () => {
  it("writes the coming deadlines as an agenda file and says how many, with initials only", async () => {
    const { fake, user } = renderApp("dashboard_calendar", "#/vandaag");
    const card = await screen.findByRole("region", { name: "Termijnen in je agenda" });
    expect(card).toHaveTextContent("alleen met hun initialen");
    await user.click(within(card).getByRole("button", { name: "Agendabestand maken (.ics)" }));
    expect(await within(card).findByText("Opgeslagen als ibis-termijnen-2025-03-05.ics (1 termijn).")).toBeInTheDocument();
    expect(fake.callsOf("export_calendar")).toHaveLength(1);
  });
});
