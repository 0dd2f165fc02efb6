import { randomUUID } from 'node:crypto';
import type { PublishOutcome } from './publish';

// One publication at a time, each form used once: the « Publier » page gives every form it shows a
// token; a POST spends it and starts the publication, a second POST with the same token (a double
// click, a reload of the POST) is sent to the same result instead of publishing again.
// Note: kept on globalThis, so that the dev server reloading a module does not forget a running publication.

interface Jobs {
  tokens: Set<string>;
  results: Map<string, Promise<PublishOutcome | { status: 'busy' }>>;
  running: boolean;
  /** The publication whose result no page has shown yet. */
  unseen: string | undefined;
}

const jobs: Jobs = ((globalThis as { __tiessPublishJobs?: Jobs }).__tiessPublishJobs ??= {
  tokens: new Set(),
  results: new Map(),
  running: false,
  unseen: undefined,
});

/** A new token for a form the page shows. */
export function formToken(): string {
  const token = randomUUID();
  jobs.tokens.add(token);
  // Note: a page reloaded often leaves tokens behind; the oldest go first.
  if (jobs.tokens.size > 200) jobs.tokens.delete(jobs.tokens.values().next().value!);
  return token;
}

export type SubmitAnswer = 'started' | 'again' | 'stale';

/**
 * Starts a publication for a form's token, once: « started » the first time, « again » when that
 * token already started one (the same result will be shown), « stale » for an unknown token.
 * Only one publication runs at a time; another one started meanwhile ends as « busy ».
 */
export function submit(token: string, run: () => Promise<PublishOutcome>): SubmitAnswer {
  if (jobs.results.has(token)) return 'again';
  if (!jobs.tokens.delete(token)) return 'stale';
  if (jobs.running) {
    jobs.results.set(token, Promise.resolve({ status: 'busy' }));
    return 'started';
  }
  jobs.running = true;
  jobs.unseen = token;
  const result = run().finally(() => {
    jobs.running = false;
  });
  jobs.results.set(token, result);
  if (jobs.results.size > 50) jobs.results.delete(jobs.results.keys().next().value!);
  return 'started';
}

/** The result of the publication a token started (waits for it to end), or undefined. */
export function resultOf(token: string): Promise<PublishOutcome | { status: 'busy' }> | undefined {
  return jobs.results.get(token);
}

/**
 * The publication running, or ended with its result never shown. A publication that brings in others'
 * work changes files, and the dev server then reloads the open page: the page that was waiting for
 * the POST's answer comes back as a plain GET, which shows that result instead of a new form.
 */
export function unseenResult(): string | undefined {
  return jobs.unseen;
}

/** Marks a publication's result as shown. */
export function seen(token: string): void {
  if (jobs.unseen === token) jobs.unseen = undefined;
}
