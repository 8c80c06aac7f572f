import { createContext, useContext } from "react";
import type { SchoolStage } from "../../ipc/bindings/SchoolStage";

/**
 * The school stage of the casus's pupil, as the core sent it (`pupil.stage`): decides whether
 * the stappenplan says leerkracht / intern begeleider or docent / mentor /
 * ondersteuningscoördinator. The UI never derives it from the onderwijstype itself.
 */
const StageContext = createContext<SchoolStage>("primary");

export const StageProvider = StageContext.Provider;

export function useStage(): SchoolStage {
  return useContext(StageContext);
}
