import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { call, toIpcError, type IpcError } from "../../ipc/client";
import type { Template } from "../../ipc/bindings/Template";

interface TemplateState {
  template: Template | null;
  error: IpcError | null;
}

const TemplateContext = createContext<TemplateState>({ template: null, error: null });

/**
 * Fetches the stappenplan template once per unlock (the provider lives inside the unlocked
 * shell) and shares it: step labels, explanations, prompts and choice labels all come from
 * the template, never from nl.json, so a samenwerkingsverband can rename them.
 */
export function TemplateProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<TemplateState>({ template: null, error: null });
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
  }, []);
  return <TemplateContext.Provider value={state}>{children}</TemplateContext.Provider>;
}

/** The template, or null while it loads (then `error` may say why it failed). */
export function useTemplate(): TemplateState {
  return useContext(TemplateContext);
}
