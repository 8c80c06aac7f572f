import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { call, toIpcError, type IpcError } from "../../ipc/client";
import type { Template } from "../../ipc/bindings/Template";

interface TemplateState {
  template: Template | null;
  error: IpcError | null;
}

interface TemplateContextValue extends TemplateState {
  /** Fetches the active template again (after Instellingen → Sjabloon made another active). */
  reload: () => void;
}

const TemplateContext = createContext<TemplateContextValue>({ template: null, error: null, reload: () => {} });

/**
 * Fetches the vault's active template once per unlock (the provider lives inside the unlocked
 * shell) and shares it: step labels, explanations, prompts and choice labels all come from
 * the template, never from nl.json, so a samenwerkingsverband can rename them. A casus page
 * uses the casus's own template instead (`useCaseTemplate`).
 */
export function TemplateProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<TemplateState>({ template: null, error: null });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    call("template_get", null).then(
      (template) => {
        if (current) setState({ template, error: null });
      },
      (e: unknown) => {
        if (current) setState({ template: null, error: toIpcError(e) });
      },
    );
    return () => {
      current = false;
    };
  }, [generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return <TemplateContext.Provider value={{ ...state, reload }}>{children}</TemplateContext.Provider>;
}

/** The active template, or null while it loads (then `error` may say why it failed). */
export function useTemplate(): TemplateContextValue {
  return useContext(TemplateContext);
}

/**
 * The template a casus was made with: the active one when it is that one (no extra call),
 * else the casus's own, fetched once per casus (an older or another SWV's template).
 */
export function useCaseTemplate(
  caseId: string,
  made: { templateId: string; templateVersion: number } | null,
): TemplateState {
  const active = useTemplate();
  const [own, setOwn] = useState<TemplateState & { caseId: string | null }>({ template: null, error: null, caseId: null });
  const isActive =
    made !== null && active.template !== null && active.template.id === made.templateId && active.template.version === made.templateVersion;
  const needsOwn = made !== null && active.template !== null && !isActive;
  useEffect(() => {
    if (!needsOwn) return;
    let current = true;
    call("case_template_get", { id: caseId }).then(
      (template) => {
        if (current) setOwn({ template, error: null, caseId });
      },
      (e: unknown) => {
        if (current) setOwn({ template: null, error: toIpcError(e), caseId });
      },
    );
    return () => {
      current = false;
    };
  }, [needsOwn, caseId]);
  if (active.error) return { template: null, error: active.error };
  if (!needsOwn) return { template: isActive ? active.template : null, error: null };
  return own.caseId === caseId ? { template: own.template, error: own.error } : { template: null, error: null };
}
