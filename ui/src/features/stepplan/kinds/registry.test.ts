import { describe, expect, it } from "vitest";
import type { RecordData } from "../../../ipc/bindings/RecordData";
import { addText, KIND_ORDER, kindText, recordStep, STEP_KINDS } from "./registry";

describe("record kind registry", () => {
  it("offers each step its own kinds, then a conversation", () => {
    expect(STEP_KINDS).toEqual({
      signaleren: ["signal", "conversation"],
      begrijpen: ["need", "factor", "conversation"],
      plannen: ["goal", "intervention", "conversation"],
      realiseren: ["execution", "conversation"],
      vastleggen: ["plan_share", "conversation"],
      evalueren: ["evaluation", "conversation"],
    });
  });

  it("lists records of a step in the order of the registry, conversations last", () => {
    expect(KIND_ORDER).toEqual(["signal", "need", "factor", "goal", "intervention", "execution", "plan_share", "evaluation", "conversation"]);
  });

  it("puts a record in its kind's step; a conversation in the step it was held in", () => {
    const execution: RecordData = { kind: "execution", date: "2025-03-03", what: "Geoefend", deviations: null };
    expect(recordStep(execution)).toBe("realiseren");
    const conversation: RecordData = {
      kind: "conversation",
      step: "plannen",
      date: "2025-03-03",
      conversationKind: "parents",
      participants: "Ouders",
      summary: "Plan besproken",
      agreements: null,
      parents: null,
    };
    expect(recordStep(conversation)).toBe("plannen");
  });

  it("names every kind and its add button in Dutch", () => {
    for (const kind of KIND_ORDER) {
      expect(kindText(kind)).not.toMatch(/^stepplan\./);
      expect(addText(kind)).not.toMatch(/^stepplan\./);
    }
    expect(kindText("execution")).toBe("Uitvoering");
    expect(addText("execution")).toBe("Uitvoering vastleggen");
  });
});
