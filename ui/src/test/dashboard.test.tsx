import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import { renderApp } from "./render";

// Recorded on 2025-03-05, a Wednesday: "this week" runs to Sunday 2025-03-09.

describe("Vandaag", () => {
  it("lists overdue and this-week evaluations and long-waiting steps, each with its rule and a link", async () => {
    const { ids, user } = renderApp("dashboard", "#/vandaag");
    expect(await screen.findByText("woensdag 5 maart 2025")).toBeInTheDocument();
    const overdue = screen.getByRole("region", { name: /Te laat/ });
    const week = screen.getByRole("region", { name: /Deze week/ });
    const waiting = screen.getByRole("region", { name: /Wacht lang/ });

    const [late] = within(overdue).getAllByTestId("dashboard-item");
    expect(late).toHaveTextContent("Lotte Meijer");
    expect(late).toHaveTextContent("Leesproblemen");
    expect(late).toHaveTextContent("Doel: Leest AVI M4 vlot.");
    expect(late).toHaveTextContent("Evaluatiedatum 03-03-2025");
    expect(late).toHaveTextContent("2 dagen te laat");
    // The rule and its source are told apart (issue 7, item 1).
    expect(late).toHaveTextContent("Waarom: Evaluatiedatum van het doel, vastgelegd in stap ‘Plannen’ (schoolweken;");
    expect(late).toHaveTextContent("Bron: Ibis-ontwerp, sjabloon ‘Landelijk’ versie 1");
    expect(within(late!).getByRole("link")).toHaveAttribute("href", `#/casussen/${ids.case}`);

    const soon = within(week).getAllByTestId("dashboard-item");
    expect(soon).toHaveLength(1);
    expect(soon[0]).toHaveTextContent("Doel: Leest hardop voor in de kring.");
    expect(soon[0]).toHaveTextContent("nog 2 dagen");

    const slow = within(waiting).getAllByTestId("dashboard-item");
    expect(slow).toHaveLength(1);
    expect(slow[0]).toHaveTextContent("Daan Visser");
    expect(slow[0]).toHaveTextContent("Stap: Signaleren");
    expect(slow[0]).toHaveTextContent("wacht al 58 dagen");
    expect(slow[0]).toHaveTextContent("Stap ‘Signaleren’ staat langer open dan 4 weken (schoolweken;");
    expect(slow[0]).toHaveTextContent("Bron: Ibis-ontwerp, sjabloon ‘Landelijk’ versie 1");
    expect(screen.queryByText(/Leest een boek uit/)).not.toBeInTheDocument();

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

  it("says so when nothing needs attention", async () => {
    renderApp("shell_today", "#/vandaag");
    expect(await screen.findByText(/Er is vandaag niets dat aandacht vraagt/)).toBeInTheDocument();
    expect(screen.queryAllByTestId("dashboard-item")).toHaveLength(0);
    expect(screen.getByRole("link", { name: "Vandaag" })).toHaveAttribute("id", "nav-today");
  });

  it("lists a pupil with extra support who was not heard since the decision, with the law as source", async () => {
    const { ids } = renderApp("dashboard_hearing", "#/vandaag");
    const section = await screen.findByRole("region", { name: /Leerling horen/ });
    const [item] = within(section).getAllByTestId("dashboard-item");
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
