import {
  type FieldError,
  type Profile,
  type ProfileContent,
  profileDraftContentSchema,
} from '@kraftsamling/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../lib/api-error';
import { getProfileQueryOptions } from '../api/get-profile';
import { useSaveDraft } from '../api/save-draft';
import { clearStoredDraft, readStoredDraft, writeStoredDraft } from '../lib/draft-storage';
import type { EditableProfile } from '../types';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'invalid' | 'conflict';

export const autosaveDelayMs = 800;

/** Compares content the way the server will store it (trimmed), so whitespace alone is not "unsaved work". */
function normalised(content: ProfileContent): string {
  const parsed = profileDraftContentSchema.safeParse(content);
  return JSON.stringify(parsed.success ? parsed.data : content);
}

/** The draft of a profile returned by a save or a reload; the editor cannot go on without one. */
function draftOf(profile: Profile): NonNullable<Profile['draft']> {
  if (!profile.draft) throw new Error('The server no longer shows this profile’s draft.');
  return profile.draft;
}

type Options = {
  profile: EditableProfile;
  /** Whether the content may be sent at all; content the draft rules refuse stays local until corrected. */
  canSave: (content: ProfileContent) => boolean;
  delayMs?: number;
};

/**
 * The draft editor's memory. Every change goes to localStorage at once (so a reload restores it) and to the
 * server after a pause, carrying the version it was edited from; saves run one at a time so the editor never
 * races itself into a conflict. A 409 stops autosaving until the person chooses whose version wins.
 */
export function useDraftAutosave({ profile, canSave, delayMs = autosaveDelayMs }: Options) {
  const profileId = profile.id;
  const queryClient = useQueryClient();
  const { mutateAsync: saveDraft } = useSaveDraft(profileId);

  const [initial] = useState(() => {
    const stored = readStoredDraft(profileId);
    if (stored && normalised(stored.content) !== normalised(profile.draft.content)) {
      return { content: stored.content, version: stored.baseVersion, restored: true };
    }
    return { content: profile.draft.content, version: profile.draft.version, restored: false };
  });

  const [content, setContent] = useState<ProfileContent>(initial.content);
  const [saveState, setSaveState] = useState<SaveState>(initial.restored ? 'pending' : 'idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [conflict, setConflict] = useState<{ currentVersion: number | undefined } | null>(null);
  const [rejectedFields, setRejectedFields] = useState<FieldError[]>([]);

  const contentRef = useRef(initial.content);
  const versionRef = useRef(initial.version);
  // What the server holds, as this editor last sent or loaded it; '' forces the next save to go out.
  const serverJsonRef = useRef(initial.restored ? '' : JSON.stringify(initial.content));
  const conflictRef = useRef(false);
  const timerRef = useRef<number | null>(null);
  const inFlightRef = useRef<Promise<unknown> | null>(null);
  const canSaveRef = useRef(canSave);
  canSaveRef.current = canSave;

  const storeLocally = (next: ProfileContent) =>
    writeStoredDraft(profileId, { content: next, baseVersion: versionRef.current });

  const cancelTimer = () => {
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    timerRef.current = null;
  };

  const enterConflict = (currentVersion: number | undefined) => {
    cancelTimer();
    conflictRef.current = true;
    setConflict({ currentVersion });
    setSaveState('conflict');
  };

  const saveNow = async (): Promise<boolean> => {
    cancelTimer();
    while (inFlightRef.current) await inFlightRef.current;
    if (conflictRef.current) return false;
    const sending = contentRef.current;
    const json = JSON.stringify(sending);
    if (json === serverJsonRef.current) {
      clearStoredDraft(profileId);
      setSaveState((state) => (state === 'idle' ? 'idle' : 'saved'));
      return true;
    }
    if (!canSaveRef.current(sending)) {
      setSaveState('invalid');
      return false;
    }
    setSaveState('saving');
    const request = saveDraft({ version: versionRef.current, content: sending });
    inFlightRef.current = request.catch(() => undefined);
    try {
      const saved = draftOf(await request);
      versionRef.current = saved.version;
      serverJsonRef.current = json;
      setRejectedFields([]);
      setSavedAt(new Date());
      if (JSON.stringify(contentRef.current) === json) {
        clearStoredDraft(profileId);
        setSaveState('saved');
      } else {
        // More was typed while this save travelled: keep the local copy (now based on the new version) and go again.
        storeLocally(contentRef.current);
        schedule();
      }
      return true;
    } catch (error) {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        enterConflict(error.currentVersion);
      } else if (isApiError(error) && error.code === 'VALIDATION_FAILED') {
        setRejectedFields(error.fields ?? []);
        setSaveState('invalid');
      } else {
        setSaveState('error');
      }
      return false;
    } finally {
      inFlightRef.current = null;
    }
  };

  // The timer fires after later renders; it must call the newest closure, not the one that set it.
  const saveNowRef = useRef(saveNow);
  saveNowRef.current = saveNow;

  function schedule() {
    if (conflictRef.current) return;
    cancelTimer();
    setSaveState('pending');
    timerRef.current = window.setTimeout(() => {
      timerRef.current = null;
      void saveNowRef.current();
    }, delayMs);
  }

  const update = (updater: (current: ProfileContent) => ProfileContent) => {
    const next = updater(contentRef.current);
    contentRef.current = next;
    setContent(next);
    storeLocally(next);
    schedule();
  };

  const fetchLatest = () => queryClient.fetchQuery({ ...getProfileQueryOptions(profileId), staleTime: 0 });

  /** Conflict choice 1: drop this editor's changes and continue from what the server has now. */
  const reloadLatest = async (): Promise<boolean> => {
    try {
      const latest = draftOf(await fetchLatest());
      cancelTimer();
      conflictRef.current = false;
      setConflict(null);
      versionRef.current = latest.version;
      contentRef.current = latest.content;
      serverJsonRef.current = JSON.stringify(latest.content);
      setContent(latest.content);
      clearStoredDraft(profileId);
      setSavedAt(null);
      setSaveState('idle');
      return true;
    } catch {
      setSaveState('error');
      return false;
    }
  };

  /** Conflict choice 2: save this editor's content over the newer version. */
  const overwrite = async (): Promise<boolean> => {
    let version = conflict?.currentVersion;
    if (version === undefined) {
      try {
        version = draftOf(await fetchLatest()).version;
      } catch {
        setSaveState('error');
        return false;
      }
    }
    versionRef.current = version;
    conflictRef.current = false;
    setConflict(null);
    serverJsonRef.current = '';
    storeLocally(contentRef.current);
    return saveNow();
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: once on mount, and a last save on the way out
  useEffect(() => {
    if (initial.restored) void saveNowRef.current();
    else clearStoredDraft(profileId);
    return () => {
      // Leaving the page with a save still waiting for its pause: send it now (the local copy stays regardless).
      if (timerRef.current !== null) {
        cancelTimer();
        void saveNowRef.current();
      }
    };
  }, []);

  return {
    content,
    update,
    saveState,
    savedAt,
    conflict,
    rejectedFields,
    restored: initial.restored,
    saveNow,
    reloadLatest,
    overwrite,
    enterConflict,
    currentVersion: () => versionRef.current,
  };
}

export type DraftAutosave = ReturnType<typeof useDraftAutosave>;
