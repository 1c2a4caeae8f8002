// The shape every server action answers with; safe to import from client components.
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: string;
      message: string;
      // Catalogue keys (namespace `validation`) per field, rendered by the form.
      fieldErrors?: Record<string, string[]>;
    };
