// The "Landelijk" template as `template_get` returns it (mirrors assets/templates/landelijk.toml).
// Tests may clone and change it, e.g. rename a step, to prove the UI is template-driven.
import type { Template } from "../ipc/bindings/Template";

export const LANDELIJK: Template = {
  id: "landelijk",
  version: 1,
  name: "Landelijk",
  description: "Standaardsjabloon van Ibis, gebaseerd op ‘Basisondersteuning in 6 stappen’ (OCW, 2021).",
  evaluationCounts: "school_weeks",
  steps: [
    {
      key: "signaleren",
      label: "Signaleren",
      explanation:
        "Beschrijf wat er concreet is waargenomen, door wie en sinds wanneer, en op welke gegevens dat berust. Informeer ouders en leerling.",
      prompts: [
        "Wat zie je precies (gedrag, resultaten)?",
        "Sinds wanneer speelt dit?",
        "Welke gegevens heb je (toetsen, observaties)?",
        "Zijn ouders geïnformeerd? Zo niet: waarom nog niet?",
      ],
      required: ["signal", "signal.parents_informed"],
      waitingWeeks: 4,
      waitingCounts: "school_weeks",
    },
    {
      key: "begrijpen",
      label: "Begrijpen",
      explanation:
        "Breng de onderwijsbehoeften in kaart en de belemmerende en bevorderende factoren bij leerling, onderwijs en thuis.",
      prompts: [
        "Wat heeft deze leerling nodig om verder te komen?",
        "Wat helpt al, wat belemmert?",
        "Wat zegt de leerling zelf? Wat zeggen de ouders?",
        "Past dit binnen de basisondersteuning, of is extra ondersteuning nodig?",
      ],
      required: ["need", "factor.helping"],
      waitingWeeks: 4,
      waitingCounts: "school_weeks",
    },
    {
      key: "plannen",
      label: "Plannen",
      explanation: "Formuleer concrete doelen met een datum en kies de aanpak: wie doet wat, vanaf wanneer, hoe vaak.",
      prompts: [
        "Wat wil je bereikt hebben, en wanneer?",
        "Welke aanpak past bij de onderwijsbehoeften?",
        "Wie voert het uit en wanneer evalueer je?",
      ],
      required: ["goal.evaluation_date"],
      waitingWeeks: 3,
      waitingCounts: "school_weeks",
    },
    {
      key: "realiseren",
      label: "Realiseren",
      explanation: "Voer de aanpak uit en houd bij wat er is gedaan en wat anders liep dan gepland.",
      prompts: ["Wat is er gedaan, en wanneer?", "Wat liep anders dan gepland?"],
      required: [],
      waitingWeeks: 10,
      waitingCounts: "school_weeks",
    },
    {
      key: "vastleggen",
      label: "Vastleggen",
      explanation: "Leg het plan vast zoals het is afgesproken en deel het met de ouders.",
      prompts: ["Wanneer en hoe is het plan met ouders gedeeld?"],
      required: ["plan_shared"],
      waitingWeeks: 2,
      waitingCounts: "school_weeks",
    },
    {
      key: "evalueren",
      label: "Evalueren",
      explanation: "Beoordeel per doel of het is behaald en neem een besluit over het vervolg.",
      prompts: [
        "Is elk doel behaald, deels behaald of niet behaald? Waaruit blijkt dat?",
        "Wat is het besluit: afsluiten, een nieuwe cyclus, bijstellen, overleg, extra ondersteuning of een TLV?",
      ],
      required: ["evaluation.decision", "evaluation.all_goals"],
      waitingWeeks: 2,
      waitingCounts: "school_weeks",
    },
  ],
  factorDomains: [
    { key: "leerling", label: "Leerling" },
    { key: "onderwijs", label: "Onderwijs" },
    { key: "thuis", label: "Thuis/opvoeding" },
  ],
  interventionLevels: [
    { key: "basis", label: "Basisondersteuning" },
    { key: "extra", label: "Extra ondersteuning" },
    { key: "onduidelijk", label: "Onduidelijk (toelichting nodig)" },
  ],
  evaluationOutcomes: [
    { key: "behaald", label: "Behaald" },
    { key: "deels", label: "Deels behaald" },
    { key: "niet_behaald", label: "Niet behaald" },
  ],
  decisions: [
    { key: "afsluiten", label: "Afsluiten" },
    { key: "nieuwe_cyclus", label: "Nieuwe cyclus" },
    { key: "bijstellen", label: "Bijstellen" },
    { key: "overleg_ot_swv", label: "Overleg OT/SWV" },
    { key: "extra_ondersteuning", label: "Extra ondersteuning aanvragen" },
    { key: "tlv_overwegen", label: "TLV overwegen" },
  ],
};
