import { describe, expect, it } from "vitest";
import { conversationKindText, sourceText } from "./labels";

// Item 7: the stappenplan speaks the words of the pupil's school. The stage comes from the core
// (`pupil.stage`); these are the words for each stage, the same as `Wording` on the Rust side.
describe("people words follow the pupil's school stage", () => {
  it("primary schools say leerkracht and intern begeleider", () => {
    expect(sourceText("teacher", "primary")).toBe("leerkracht");
    expect(sourceText("coordinator", "primary")).toBe("intern begeleider");
    expect(conversationKindText("teacher", "primary")).toBe("Gesprek met de leerkracht");
  });

  it("secondary schools (vo, vso, pro) say docent, ondersteuningscoördinator and mentor", () => {
    expect(sourceText("teacher", "secondary")).toBe("docent");
    expect(sourceText("coordinator", "secondary")).toBe("ondersteuningscoördinator");
    expect(conversationKindText("teacher", "secondary")).toBe("Gesprek met de mentor");
  });

  it("words that do not depend on the school stay the same", () => {
    expect(sourceText("parent", "secondary")).toBe(sourceText("parent", "primary"));
    expect(conversationKindText("meeting", "secondary")).toBe("Overleg / ondersteuningsteam");
  });
});
