import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentLocks } from '../../../electron/services/document-locks';
import { createHostHandlers, type HostShell } from '../../../electron/services/host-handlers';
import { LiveSessions } from '../../../electron/services/live-sessions';
import { PersonalDictionary } from '../../../electron/services/personal-dictionary';
import { PreferencesStore } from '../../../electron/services/preferences';
import { RecoveryStore } from '../../../electron/services/recovery-store';
import { UserTemplates } from '../../../electron/services/user-templates';

/** The host's handlers as a shell makes them, with every store in a fresh data folder; `shell` gives the rest. */
export async function testHostHandlers(shell: Pick<HostShell, 'appInfo' | 'paths'> & Partial<HostShell>): Promise<{ handlers: ReturnType<typeof createHostHandlers>; recovery: RecoveryStore }> {
  const data = await mkdtemp(join(tmpdir(), 'bw-host-data-'));
  const recovery = new RecoveryStore(join(data, 'recovery'));
  const handlers = createHostHandlers({
    locks: new DocumentLocks(),
    recovery,
    templates: new UserTemplates(join(data, 'templates')),
    personalDictionary: new PersonalDictionary(join(data, 'dictionary')),
    preferences: new PreferencesStore(data),
    sessions: new LiveSessions(),
    ...shell,
  });
  return { handlers, recovery };
}
