import { useCallback, useEffect, useState } from 'react';
import { builtinTemplates, findTemplate } from '../../core/templates/builtin';
import type { Template } from '../../core/templates/schema';
import type { HostClient } from './host-client';

/**
 * The templates this window offers: the built-in ones, then the analyst's own from the
 * host's templates folder (reloaded after one is saved or imported). Files in that
 * folder that failed to load are listed by name with their problem.
 */
export function useTemplates(host: HostClient) {
  const [own, setOwn] = useState<Template[]>([]);
  const [problems, setProblems] = useState<{ file: string; message: string }[]>([]);

  const show = useCallback((result: Awaited<ReturnType<HostClient['listTemplates']>>) => {
    if (!result.ok) return setProblems([{ file: 'templates folder', message: result.error.message }]);
    setOwn(result.value.templates);
    setProblems(result.value.problems);
  }, []);

  const reload = useCallback(async () => show(await host.listTemplates({})), [host, show]);

  useEffect(() => {
    let current = true;
    void host.listTemplates({}).then((result) => current && show(result));
    return () => {
      current = false;
    };
  }, [host, show]);

  const resolve = useCallback((id: string): Template | undefined => findTemplate(id) ?? own.find((template) => template.id === id), [own]);

  return { all: [...builtinTemplates, ...own], own, problems, reload, resolve };
}

export type Templates = ReturnType<typeof useTemplates>;
